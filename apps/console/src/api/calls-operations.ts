import { graphql } from '../generated';

/**
 * The console's call operations (the calls context's GraphQL module, with the customers' lookup
 * of a caller by number): the Calls page's lists, one call for the live panel, one mutation per
 * command, the callback queue, follow-up lists, the admin's telephony settings and the live push.
 */

graphql(`
  fragment CallRowFields on Call {
    id
    source
    direction
    state
    from { raw e164 }
    to { raw e164 }
    counterpart { raw e164 }
    queue
    ringing { id name }
    answeredBy { id name }
    takenBy { id name }
    startedAt
    answeredAt
    endedAt
    durationSeconds
    outcome
    cause
    wrapUp { topic outcome requesterType at by { id name } }
    callback { callId state }
  }
`);

/** The panel of one call: the row, its notes and its tickets. */
graphql(`
  fragment CallFields on Call {
    ...CallRowFields
    notes { id text at author { id name } }
    tickets { ticketId mode at }
  }
`);

/** Who is calling, as the customer records know them. */
graphql(`
  fragment CallerFields on Customer {
    id
    kind
    name
    organisation { id name }
    openTickets { id number subject status }
    registrations { id version deviceSerial product { key name } }
  }
`);

graphql(`
  fragment CallbackAttemptFields on CallbackAttempt {
    id
    outcome
    note
    at
    by { id name }
  }
`);

graphql(`
  fragment CallbackFields on Callback {
    callId
    state
    number { raw e164 }
    reason
    queuedAt
    completedAt
    assignee { id name }
    attempts { ...CallbackAttemptFields }
    call { id direction startedAt to { raw e164 } }
  }
`);

graphql(`
  fragment CallListFields on CallList {
    id
    name
    description
    createdAt
    createdBy { id name }
    doneCount
    entries { id label reference done number { raw e164 } attempts { ...CallbackAttemptFields } }
  }
`);

export const CallsQuery = graphql(`
  query Calls($filter: CallFilter) {
    calls(filter: $filter) {
      nodes { ...CallRowFields }
      pageInfo { endCursor hasNextPage }
      totalCount
    }
  }
`);

export const CallQuery = graphql(`
  query Call($id: ID!) { call(id: $id) { ...CallFields } }
`);

export const CallerByPhoneQuery = graphql(`
  query CallerByPhone($number: String!) { customerByPhone(number: $number) { ...CallerFields } }
`);

export const CallsChangedSubscription = graphql(`
  subscription CallsChanged { callsChanged { ...CallFields } }
`);

export const TakeCallMutation = graphql(`
  mutation TakeCall($callId: ID!, $commandId: ID!) { takeCall(callId: $callId, commandId: $commandId) { ...CallFields } }
`);

export const NoteCallMutation = graphql(`
  mutation NoteCall($callId: ID!, $text: String!, $commandId: ID!) {
    noteCall(callId: $callId, text: $text, commandId: $commandId) { ...CallFields }
  }
`);

export const WrapUpCallMutation = graphql(`
  mutation WrapUpCall($input: WrapUpCallInput!, $commandId: ID!) {
    wrapUpCall(input: $input, commandId: $commandId) { ...CallFields }
  }
`);

export const LogCallMutation = graphql(`
  mutation LogCall($input: LogCallInput!, $commandId: ID!) { logCall(input: $input, commandId: $commandId) { ...CallFields } }
`);

/** A ticket the call is linked to (by id) or is to be attached to (by number). */
export const CallTicketRefQuery = graphql(`
  query CallTicketRef($id: ID, $number: Int) { ticket(id: $id, number: $number) { id number subject status } }
`);

export const CallbackQueueQuery = graphql(`
  query CallbackQueue { callbackQueue { ...CallbackFields } }
`);

export const AssignCallbackMutation = graphql(`
  mutation AssignCallback($callId: ID!, $staffId: ID!, $commandId: ID!) {
    assignCallback(callId: $callId, staffId: $staffId, commandId: $commandId) { ...CallbackFields }
  }
`);

export const RecordCallbackAttemptMutation = graphql(`
  mutation RecordCallbackAttempt($callId: ID!, $outcome: CallbackAttemptOutcome!, $note: String, $commandId: ID!) {
    recordCallbackAttempt(callId: $callId, outcome: $outcome, note: $note, commandId: $commandId) { ...CallbackFields }
  }
`);

export const CompleteCallbackMutation = graphql(`
  mutation CompleteCallback($callId: ID!, $commandId: ID!) {
    completeCallback(callId: $callId, commandId: $commandId) { ...CallbackFields }
  }
`);

export const CallListsQuery = graphql(`
  query CallLists { callLists { ...CallListFields } }
`);

export const CreateCallListMutation = graphql(`
  mutation CreateCallList($input: CreateCallListInput!, $commandId: ID!) {
    createCallList(input: $input, commandId: $commandId) { ...CallListFields }
  }
`);

export const RecordCallListAttemptMutation = graphql(`
  mutation RecordCallListAttempt(
    $listId: ID!
    $entryId: ID!
    $outcome: CallbackAttemptOutcome!
    $note: String
    $done: Boolean
    $commandId: ID!
  ) {
    recordCallListAttempt(
      listId: $listId
      entryId: $entryId
      outcome: $outcome
      note: $note
      done: $done
      commandId: $commandId
    ) { ...CallListFields }
  }
`);

export const CtiSettingsQuery = graphql(`
  query CtiSettings { ctiSettings { webhookUrl token fromEnvironment } }
`);

export const RotateCtiTokenMutation = graphql(`
  mutation RotateCtiToken($commandId: ID!) { rotateCtiToken(commandId: $commandId) { webhookUrl token fromEnvironment } }
`);
