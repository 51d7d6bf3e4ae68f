/**
 * The patron's side of Book a Librarian, as GraphQL operations against the bookings schema
 * (`libs/bookings/api/src/schema.graphql`). No account: a booking is reached again only through
 * its secret link token, which the patron's browser draws. Types are generated (`npm run codegen`).
 */
import { graphql } from '../generated';
import type {
  BookingBranchChoiceFragment,
  BookingSlotChoiceFragment,
  BookingTopicChoiceFragment,
  PatronBookingFieldsFragment,
} from '../generated/graphql';

export type BranchChoice = BookingBranchChoiceFragment;
export type TopicChoice = BookingTopicChoiceFragment;
export type SlotChoice = BookingSlotChoiceFragment;
export type PatronBooking = PatronBookingFieldsFragment;
export type SessionMode = BranchChoice['modes'][number];

graphql(`
  fragment BookingBranchChoice on BookingBranch {
    id
    name { fa en ja vi }
    timeZone
    modes
    address
  }
`);

graphql(`
  fragment BookingTopicChoice on BookingTopic {
    id
    name { fa en ja vi }
    expertCount
  }
`);

graphql(`
  fragment BookingSlotChoice on BookingSlot {
    startsAt
    endsAt
    branchId
    timeZone
    routedReason
  }
`);

graphql(`
  fragment PatronBookingFields on PatronBooking {
    status
    topic { ...BookingTopicChoice }
    preferredBranch { ...BookingBranchChoice }
    branch { ...BookingBranchChoice }
    mode
    startsAt
    endsAt
    timeZone
    expertName
    routedReason
    waitingReason
    videoLink
    details
    name
    email
    phone
    locale
    changeableUntil
  }
`);

export const BookingChoicesQuery = graphql(`
  query BookingChoices {
    bookingBranches { ...BookingBranchChoice }
    bookingTopics { ...BookingTopicChoice }
  }
`);

export const BookingSlotsQuery = graphql(`
  query BookingSlots($topicId: ID!, $preferredBranchId: ID!, $mode: BookingMode!, $from: String, $days: Int) {
    bookingSlots(topicId: $topicId, preferredBranchId: $preferredBranchId, mode: $mode, from: $from, days: $days) {
      topicId
      preferredBranchId
      mode
      nobodyForTopic
      slots { ...BookingSlotChoice }
    }
  }
`);

export const BookSessionMutation = graphql(`
  mutation BookSession($input: BookSessionInput!) { bookSession(input: $input) { ...PatronBookingFields } }
`);

export const PatronBookingQuery = graphql(`
  query PatronBooking($linkToken: String!) { patronBooking(linkToken: $linkToken) { ...PatronBookingFields } }
`);

export const ReschedulePatronBookingMutation = graphql(`
  mutation ReschedulePatronBooking($linkToken: String!, $startsAt: String!, $commandId: ID!) {
    reschedulePatronBooking(linkToken: $linkToken, startsAt: $startsAt, commandId: $commandId) { ...PatronBookingFields }
  }
`);

export const CancelPatronBookingMutation = graphql(`
  mutation CancelPatronBooking($linkToken: String!, $commandId: ID!) {
    cancelPatronBooking(linkToken: $linkToken, commandId: $commandId) { ...PatronBookingFields }
  }
`);
