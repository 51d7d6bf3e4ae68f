import { graphql } from '../generated';

/**
 * Book a Librarian in the console (the bookings context's GraphQL module): the sessions calendar
 * per expert and branch, the requests waiting for pick-up, a session's actions, the figures and
 * the configuration. Types are generated from these documents (`npm run codegen`).
 */

graphql(`
  fragment BookingBranchFields on BookingBranch {
    id
    name { fa en ja vi }
    timeZone
    modes
    address
  }
`);

graphql(`
  fragment BookingTopicFields on BookingTopic {
    id
    name { fa en ja vi }
    expertCount
  }
`);

graphql(`
  fragment BookingSessionFields on BookingSession {
    id
    status
    topic { ...BookingTopicFields }
    branch { ...BookingBranchFields }
    preferredBranch { ...BookingBranchFields }
    routedReason
    expertId
    expertName
    mode
    startsAt
    endsAt
    timeZone
    day
    details
    patronName
    email
    phone
    locale
    videoLink
    requestId
    bookedAt
    cancelledAt
    moves
  }
`);

graphql(`
  fragment BookingExpertFields on BookingExpert {
    id
    displayName
    branch { id }
    topics { id }
    weekly { weekday start end }
    absences { id kind from to note }
    active
  }
`);

graphql(`
  fragment BookingRequestFields on BookingRequest {
    id
    status
    reason
    topic { ...BookingTopicFields }
    preferredBranch { ...BookingBranchFields }
    mode
    details
    preferredTimes
    patronName
    email
    phone
    locale
    at
    pickedUpBy
    pickedUpAt
    bookingId
  }
`);

graphql(`
  fragment BookingFigureRowFields on BookingFigureRow {
    key
    name { fa en ja vi }
    sessions
    attended
    noShows
    routedElsewhere
    cancelled
  }
`);

export const BookingBoardQuery = graphql(`
  query BookingBoard {
    bookingBranches { ...BookingBranchFields }
    bookingTopics { ...BookingTopicFields }
    bookingExperts { ...BookingExpertFields }
  }
`);

export const BookingSessionsQuery = graphql(`
  query BookingSessions($from: String!, $to: String!, $branchId: ID, $expertId: ID) {
    bookingSessions(from: $from, to: $to, branchId: $branchId, expertId: $expertId) { ...BookingSessionFields }
  }
`);

export const BookingBoardChangedSubscription = graphql(`
  subscription BookingBoardChanged { bookingBoardChanged { version } }
`);

export const BookingRequestsQuery = graphql(`
  query BookingRequests($status: BookingRequestStatus) { bookingRequests(status: $status) { ...BookingRequestFields } }
`);

export const BookingExpertSlotsQuery = graphql(`
  query BookingExpertSlots($expertId: ID!, $topicId: ID!, $mode: BookingMode!, $days: Int) {
    bookingExpertSlots(expertId: $expertId, topicId: $topicId, mode: $mode, days: $days) { startsAt endsAt branchId timeZone }
  }
`);

export const PickUpBookingRequestMutation = graphql(`
  mutation PickUpBookingRequest($id: ID!, $commandId: ID!) {
    pickUpBookingRequest(id: $id, commandId: $commandId) { ...BookingRequestFields }
  }
`);

export const AssignBookingRequestMutation = graphql(`
  mutation AssignBookingRequest($id: ID!, $expertId: ID!, $startsAt: String!, $commandId: ID!) {
    assignBookingRequest(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }
  }
`);

export const ReassignBookingSessionMutation = graphql(`
  mutation ReassignBookingSession($id: ID!, $expertId: ID!, $startsAt: String, $commandId: ID!) {
    reassignBookingSession(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }
  }
`);

export const RecordBookingAttendanceMutation = graphql(`
  mutation RecordBookingAttendance($id: ID!, $attended: Boolean!, $commandId: ID!) {
    recordBookingAttendance(id: $id, attended: $attended, commandId: $commandId) { ...BookingSessionFields }
  }
`);

export const SetBookingVideoLinkMutation = graphql(`
  mutation SetBookingVideoLink($id: ID!, $videoLink: String!, $commandId: ID!) {
    setBookingVideoLink(id: $id, videoLink: $videoLink, commandId: $commandId) { ...BookingSessionFields }
  }
`);

export const BookingFiguresQuery = graphql(`
  query BookingFigures($from: String!, $to: String!) {
    bookingFigures(from: $from, to: $to) {
      from
      to
      sessions
      attended
      noShows
      routedElsewhere
      cancelled
      requestsWaiting
      byTopic { ...BookingFigureRowFields }
      byBranch { ...BookingFigureRowFields }
      byMode { ...BookingFigureRowFields }
      byDay { day sessions noShows routedElsewhere }
    }
  }
`);

export const BookingStaffCandidatesQuery = graphql(`
  query BookingStaffCandidates { bookingStaffCandidates { id displayName enrolled } }
`);

export const EnrolBookingExpertMutation = graphql(`
  mutation EnrolBookingExpert($staffId: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {
    enrolBookingExpert(staffId: $staffId, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }
  }
`);

export const UpdateBookingExpertMutation = graphql(`
  mutation UpdateBookingExpert($id: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {
    updateBookingExpert(id: $id, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }
  }
`);

export const SetBookingExpertAvailabilityMutation = graphql(`
  mutation SetBookingExpertAvailability($id: ID!, $weekly: [BookingWeeklyHoursInput!]!, $commandId: ID!) {
    setBookingExpertAvailability(id: $id, weekly: $weekly, commandId: $commandId) { ...BookingExpertFields }
  }
`);

export const AddBookingExpertAbsenceMutation = graphql(`
  mutation AddBookingExpertAbsence($id: ID!, $kind: BookingAbsenceKind!, $from: String!, $to: String!, $note: String, $commandId: ID!) {
    addBookingExpertAbsence(id: $id, kind: $kind, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingExpertFields }
  }
`);

export const RemoveBookingExpertAbsenceMutation = graphql(`
  mutation RemoveBookingExpertAbsence($id: ID!, $absenceId: ID!, $commandId: ID!) {
    removeBookingExpertAbsence(id: $id, absenceId: $absenceId, commandId: $commandId) { ...BookingExpertFields }
  }
`);

export const OpenBookingBranchMutation = graphql(`
  mutation OpenBookingBranch($id: ID, $input: BookingBranchInput!, $commandId: ID!) {
    openBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }
  }
`);

export const UpdateBookingBranchMutation = graphql(`
  mutation UpdateBookingBranch($id: ID!, $input: BookingBranchInput!, $commandId: ID!) {
    updateBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }
  }
`);

export const AddBookingBranchClosureMutation = graphql(`
  mutation AddBookingBranchClosure($id: ID!, $from: String!, $to: String!, $note: String, $commandId: ID!) {
    addBookingBranchClosure(id: $id, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingBranchFields }
  }
`);

export const BookingRulesQuery = graphql(`
  query BookingRules {
    bookingBranches {
      id
      rules { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }
      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }
      closures { id from to note }
    }
  }
`);

export const SetBookingBranchRulesMutation = graphql(`
  mutation SetBookingBranchRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {
    setBookingBranchRules(id: $id, rules: $rules, commandId: $commandId) { id }
  }
`);

export const BookingTopicRulesQuery = graphql(`
  query BookingTopicRules {
    bookingTopics {
      id
      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }
    }
  }
`);

export const DefineBookingTopicMutation = graphql(`
  mutation DefineBookingTopic($id: ID, $name: BookingNamesInput!, $commandId: ID!) {
    defineBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }
  }
`);

export const UpdateBookingTopicMutation = graphql(`
  mutation UpdateBookingTopic($id: ID!, $name: BookingNamesInput!, $commandId: ID!) {
    updateBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }
  }
`);

export const SetBookingTopicRulesMutation = graphql(`
  mutation SetBookingTopicRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {
    setBookingTopicRules(id: $id, rules: $rules, commandId: $commandId) { id }
  }
`);

export const CloseBookingRequestMutation = graphql(`
  mutation CloseBookingRequest($id: ID!, $note: String!, $commandId: ID!) {
    closeBookingRequest(id: $id, note: $note, commandId: $commandId) { ...BookingRequestFields }
  }
`);
