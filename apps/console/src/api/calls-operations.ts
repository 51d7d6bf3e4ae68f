import { graphql } from '../generated';

/**
 * The console's call operations (the calls context's GraphQL module; a call's caller comes from
 * the customers' module): the Calls page's lists, one call for the live panel, one mutation per
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
    caller { id name organisation { id name } }
  }
`);

/** Who is calling, as the customer records know them: organisation, open tickets, registrations. */
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

/** The panel of one call (and the live list, and the push): the row, the caller in full, notes and tickets. */
graphql(`
  fragment CallFields on Call {
    ...CallRowFields
    caller { ...CallerFields }
    notes { id text at author { id name } }
    tickets { ticketId mode at ticket { id number subject status } }
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
    call { id direction startedAt to { raw e164 } caller { ...CallerFields } }
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

/** The calls ringing or in progress, in full (few at a time): the live list and the ringing banner. */
export const LiveCallsQuery = graphql(`
  query LiveCalls {
    calls(filter: { view: LIVE, first: 200 }) { nodes { ...CallFields } }
  }
`);

export const CallQuery = graphql(`
  query Call($id: ID!) { call(id: $id) { ...CallFields } }
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

/** The ticket a call is to be attached to, by its number. */
export const CallTicketByNumberQuery = graphql(`
  query CallTicketByNumber($number: Int!) { ticket(number: $number) { id number subject status } }
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
