/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment BookingBranchFields on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n": typeof types.BookingBranchFieldsFragmentDoc,
    "\n  fragment BookingTopicFields on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n": typeof types.BookingTopicFieldsFragmentDoc,
    "\n  fragment BookingSessionFields on BookingSession {\n    id\n    status\n    topic { ...BookingTopicFields }\n    branch { ...BookingBranchFields }\n    preferredBranch { ...BookingBranchFields }\n    routedReason\n    expertId\n    expertName\n    mode\n    startsAt\n    endsAt\n    timeZone\n    day\n    details\n    patronName\n    email\n    phone\n    locale\n    videoLink\n    requestId\n    bookedAt\n    cancelledAt\n    moves\n  }\n": typeof types.BookingSessionFieldsFragmentDoc,
    "\n  fragment BookingExpertFields on BookingExpert {\n    id\n    displayName\n    branch { id }\n    topics { id }\n    weekly { weekday start end }\n    absences { id kind from to note }\n    active\n  }\n": typeof types.BookingExpertFieldsFragmentDoc,
    "\n  fragment BookingRequestFields on BookingRequest {\n    id\n    status\n    reason\n    topic { ...BookingTopicFields }\n    preferredBranch { ...BookingBranchFields }\n    mode\n    details\n    preferredTimes\n    patronName\n    email\n    phone\n    locale\n    at\n    pickedUpBy\n    pickedUpAt\n    bookingId\n  }\n": typeof types.BookingRequestFieldsFragmentDoc,
    "\n  fragment BookingFigureRowFields on BookingFigureRow {\n    key\n    name { fa en ja vi }\n    sessions\n    attended\n    noShows\n    routedElsewhere\n    cancelled\n  }\n": typeof types.BookingFigureRowFieldsFragmentDoc,
    "\n  query BookingBoard {\n    bookingBranches { ...BookingBranchFields }\n    bookingTopics { ...BookingTopicFields }\n    bookingExperts { ...BookingExpertFields }\n  }\n": typeof types.BookingBoardDocument,
    "\n  query BookingSessions($from: String!, $to: String!, $branchId: ID, $expertId: ID) {\n    bookingSessions(from: $from, to: $to, branchId: $branchId, expertId: $expertId) { ...BookingSessionFields }\n  }\n": typeof types.BookingSessionsDocument,
    "\n  subscription BookingBoardChanged { bookingBoardChanged { version } }\n": typeof types.BookingBoardChangedDocument,
    "\n  query BookingRequests($status: BookingRequestStatus) { bookingRequests(status: $status) { ...BookingRequestFields } }\n": typeof types.BookingRequestsDocument,
    "\n  query BookingExpertSlots($expertId: ID!, $topicId: ID!, $mode: BookingMode!, $days: Int) {\n    bookingExpertSlots(expertId: $expertId, topicId: $topicId, mode: $mode, days: $days) { startsAt endsAt branchId timeZone }\n  }\n": typeof types.BookingExpertSlotsDocument,
    "\n  mutation PickUpBookingRequest($id: ID!, $commandId: ID!) {\n    pickUpBookingRequest(id: $id, commandId: $commandId) { ...BookingRequestFields }\n  }\n": typeof types.PickUpBookingRequestDocument,
    "\n  mutation AssignBookingRequest($id: ID!, $expertId: ID!, $startsAt: String!, $commandId: ID!) {\n    assignBookingRequest(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n": typeof types.AssignBookingRequestDocument,
    "\n  mutation ReassignBookingSession($id: ID!, $expertId: ID!, $startsAt: String, $commandId: ID!) {\n    reassignBookingSession(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n": typeof types.ReassignBookingSessionDocument,
    "\n  mutation RecordBookingAttendance($id: ID!, $attended: Boolean!, $commandId: ID!) {\n    recordBookingAttendance(id: $id, attended: $attended, commandId: $commandId) { ...BookingSessionFields }\n  }\n": typeof types.RecordBookingAttendanceDocument,
    "\n  mutation SetBookingVideoLink($id: ID!, $videoLink: String!, $commandId: ID!) {\n    setBookingVideoLink(id: $id, videoLink: $videoLink, commandId: $commandId) { ...BookingSessionFields }\n  }\n": typeof types.SetBookingVideoLinkDocument,
    "\n  query BookingFigures($from: String!, $to: String!) {\n    bookingFigures(from: $from, to: $to) {\n      from\n      to\n      sessions\n      attended\n      noShows\n      routedElsewhere\n      cancelled\n      requestsWaiting\n      byTopic { ...BookingFigureRowFields }\n      byBranch { ...BookingFigureRowFields }\n      byMode { ...BookingFigureRowFields }\n      byDay { day sessions noShows routedElsewhere }\n    }\n  }\n": typeof types.BookingFiguresDocument,
    "\n  query BookingStaffCandidates { bookingStaffCandidates { id displayName enrolled } }\n": typeof types.BookingStaffCandidatesDocument,
    "\n  mutation EnrolBookingExpert($staffId: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    enrolBookingExpert(staffId: $staffId, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n": typeof types.EnrolBookingExpertDocument,
    "\n  mutation UpdateBookingExpert($id: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    updateBookingExpert(id: $id, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n": typeof types.UpdateBookingExpertDocument,
    "\n  mutation SetBookingExpertAvailability($id: ID!, $weekly: [BookingWeeklyHoursInput!]!, $commandId: ID!) {\n    setBookingExpertAvailability(id: $id, weekly: $weekly, commandId: $commandId) { ...BookingExpertFields }\n  }\n": typeof types.SetBookingExpertAvailabilityDocument,
    "\n  mutation AddBookingExpertAbsence($id: ID!, $kind: BookingAbsenceKind!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingExpertAbsence(id: $id, kind: $kind, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingExpertFields }\n  }\n": typeof types.AddBookingExpertAbsenceDocument,
    "\n  mutation RemoveBookingExpertAbsence($id: ID!, $absenceId: ID!, $commandId: ID!) {\n    removeBookingExpertAbsence(id: $id, absenceId: $absenceId, commandId: $commandId) { ...BookingExpertFields }\n  }\n": typeof types.RemoveBookingExpertAbsenceDocument,
    "\n  mutation OpenBookingBranch($id: ID, $input: BookingBranchInput!, $commandId: ID!) {\n    openBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n": typeof types.OpenBookingBranchDocument,
    "\n  mutation UpdateBookingBranch($id: ID!, $input: BookingBranchInput!, $commandId: ID!) {\n    updateBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n": typeof types.UpdateBookingBranchDocument,
    "\n  mutation AddBookingBranchClosure($id: ID!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingBranchClosure(id: $id, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingBranchFields }\n  }\n": typeof types.AddBookingBranchClosureDocument,
    "\n  query BookingRules {\n    bookingBranches {\n      id\n      rules { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      closures { id from to note }\n    }\n  }\n": typeof types.BookingRulesDocument,
    "\n  mutation SetBookingBranchRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingBranchRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n": typeof types.SetBookingBranchRulesDocument,
    "\n  query BookingTopicRules {\n    bookingTopics {\n      id\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n    }\n  }\n": typeof types.BookingTopicRulesDocument,
    "\n  mutation DefineBookingTopic($id: ID, $name: BookingNamesInput!, $commandId: ID!) {\n    defineBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n": typeof types.DefineBookingTopicDocument,
    "\n  mutation UpdateBookingTopic($id: ID!, $name: BookingNamesInput!, $commandId: ID!) {\n    updateBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n": typeof types.UpdateBookingTopicDocument,
    "\n  mutation SetBookingTopicRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingTopicRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n": typeof types.SetBookingTopicRulesDocument,
    "\n  mutation CloseBookingRequest($id: ID!, $note: String!, $commandId: ID!) {\n    closeBookingRequest(id: $id, note: $note, commandId: $commandId) { ...BookingRequestFields }\n  }\n": typeof types.CloseBookingRequestDocument,
    "\n  fragment CallRowFields on Call {\n    id\n    source\n    direction\n    state\n    from { raw e164 }\n    to { raw e164 }\n    counterpart { raw e164 }\n    queue\n    ringing { id name }\n    answeredBy { id name }\n    takenBy { id name }\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    outcome\n    cause\n    wrapUp { topic outcome requesterType at by { id name } }\n    callback { callId state }\n    caller { id name organisation { id name } }\n  }\n": typeof types.CallRowFieldsFragmentDoc,
    "\n  fragment CallerFields on Customer {\n    id\n    kind\n    name\n    organisation { id name }\n    openTickets { id number subject status }\n    registrations { id version deviceSerial product { key name } }\n  }\n": typeof types.CallerFieldsFragmentDoc,
    "\n  fragment CallFields on Call {\n    ...CallRowFields\n    caller { ...CallerFields }\n    notes { id text at author { id name } }\n    tickets { ticketId mode at ticket { id number subject status } }\n  }\n": typeof types.CallFieldsFragmentDoc,
    "\n  fragment CallbackAttemptFields on CallbackAttempt {\n    id\n    outcome\n    note\n    at\n    by { id name }\n  }\n": typeof types.CallbackAttemptFieldsFragmentDoc,
    "\n  fragment CallbackFields on Callback {\n    callId\n    state\n    number { raw e164 }\n    reason\n    queuedAt\n    completedAt\n    assignee { id name }\n    attempts { ...CallbackAttemptFields }\n    call { id direction startedAt to { raw e164 } caller { ...CallerFields } }\n  }\n": typeof types.CallbackFieldsFragmentDoc,
    "\n  fragment CallListFields on CallList {\n    id\n    name\n    description\n    createdAt\n    createdBy { id name }\n    doneCount\n    entries { id label reference done number { raw e164 } attempts { ...CallbackAttemptFields } }\n  }\n": typeof types.CallListFieldsFragmentDoc,
    "\n  query Calls($filter: CallFilter) {\n    calls(filter: $filter) {\n      nodes { ...CallRowFields }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n": typeof types.CallsDocument,
    "\n  query LiveCalls {\n    calls(filter: { view: LIVE, first: 200 }) { nodes { ...CallFields } }\n  }\n": typeof types.LiveCallsDocument,
    "\n  query Call($id: ID!) { call(id: $id) { ...CallFields } }\n": typeof types.CallDocument,
    "\n  subscription CallsChanged { callsChanged { ...CallFields } }\n": typeof types.CallsChangedDocument,
    "\n  mutation TakeCall($callId: ID!, $commandId: ID!) { takeCall(callId: $callId, commandId: $commandId) { ...CallFields } }\n": typeof types.TakeCallDocument,
    "\n  mutation NoteCall($callId: ID!, $text: String!, $commandId: ID!) {\n    noteCall(callId: $callId, text: $text, commandId: $commandId) { ...CallFields }\n  }\n": typeof types.NoteCallDocument,
    "\n  mutation WrapUpCall($input: WrapUpCallInput!, $commandId: ID!) {\n    wrapUpCall(input: $input, commandId: $commandId) { ...CallFields }\n  }\n": typeof types.WrapUpCallDocument,
    "\n  mutation LogCall($input: LogCallInput!, $commandId: ID!) { logCall(input: $input, commandId: $commandId) { ...CallFields } }\n": typeof types.LogCallDocument,
    "\n  query CallTicketByNumber($number: Int!) { ticket(number: $number) { id number subject status } }\n": typeof types.CallTicketByNumberDocument,
    "\n  query CallbackQueue { callbackQueue { ...CallbackFields } }\n": typeof types.CallbackQueueDocument,
    "\n  mutation AssignCallback($callId: ID!, $staffId: ID!, $commandId: ID!) {\n    assignCallback(callId: $callId, staffId: $staffId, commandId: $commandId) { ...CallbackFields }\n  }\n": typeof types.AssignCallbackDocument,
    "\n  mutation RecordCallbackAttempt($callId: ID!, $outcome: CallbackAttemptOutcome!, $note: String, $commandId: ID!) {\n    recordCallbackAttempt(callId: $callId, outcome: $outcome, note: $note, commandId: $commandId) { ...CallbackFields }\n  }\n": typeof types.RecordCallbackAttemptDocument,
    "\n  mutation CompleteCallback($callId: ID!, $commandId: ID!) {\n    completeCallback(callId: $callId, commandId: $commandId) { ...CallbackFields }\n  }\n": typeof types.CompleteCallbackDocument,
    "\n  query CallLists { callLists { ...CallListFields } }\n": typeof types.CallListsDocument,
    "\n  mutation CreateCallList($input: CreateCallListInput!, $commandId: ID!) {\n    createCallList(input: $input, commandId: $commandId) { ...CallListFields }\n  }\n": typeof types.CreateCallListDocument,
    "\n  mutation RecordCallListAttempt(\n    $listId: ID!\n    $entryId: ID!\n    $outcome: CallbackAttemptOutcome!\n    $note: String\n    $done: Boolean\n    $commandId: ID!\n  ) {\n    recordCallListAttempt(\n      listId: $listId\n      entryId: $entryId\n      outcome: $outcome\n      note: $note\n      done: $done\n      commandId: $commandId\n    ) { ...CallListFields }\n  }\n": typeof types.RecordCallListAttemptDocument,
    "\n  query CtiSettings { ctiSettings { webhookUrl token fromEnvironment } }\n": typeof types.CtiSettingsDocument,
    "\n  mutation RotateCtiToken($commandId: ID!) { rotateCtiToken(commandId: $commandId) { webhookUrl token fromEnvironment } }\n": typeof types.RotateCtiTokenDocument,
    "\n  fragment ChatSummaryFields on Chat {\n    id\n    status\n    departmentId\n    visitor { name email }\n    firstWords\n    requestedAt\n    waitingSince\n    acceptedAt\n    closedAt\n    closedBy\n    closeReason\n    agent { id name }\n    rating { score good comment ratedAt }\n  }\n": typeof types.ChatSummaryFieldsFragmentDoc,
    "\n  fragment TranscriptEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind id name }\n    text\n    at\n    notice\n    subject { kind id name }\n    staffNote\n    clientMessageId\n    mentions { id name }\n  }\n": typeof types.TranscriptEntryFieldsFragmentDoc,
    "\n  fragment ChatWithTranscriptFields on Chat {\n    ...ChatSummaryFields\n    transcript { ...TranscriptEntryFields }\n  }\n": typeof types.ChatWithTranscriptFieldsFragmentDoc,
    "\n  fragment OfflineQuestionFields on OfflineQuestion {\n    id\n    departmentId\n    visitor { name email }\n    question\n    firstWords\n    askedAt\n    status\n    answeredBy { id name }\n    answer\n    answeredAt\n    mailId\n  }\n": typeof types.OfflineQuestionFieldsFragmentDoc,
    "\n  fragment SavedReplyFields on SavedReply {\n    id\n    departmentId\n    title\n    text\n    updatedAt\n    updatedBy { id name }\n  }\n": typeof types.SavedReplyFieldsFragmentDoc,
    "\n  query ChatDepartments { departments { ...DepartmentFields } }\n": typeof types.ChatDepartmentsDocument,
    "\n  query PendingChats { pendingChats { ...ChatSummaryFields } }\n": typeof types.PendingChatsDocument,
    "\n  subscription ChatQueueChanged { chatQueueChanged { departmentId chats { ...ChatSummaryFields } } }\n": typeof types.ChatQueueChangedDocument,
    "\n  query MyChats { myChats { ...ChatWithTranscriptFields } }\n": typeof types.MyChatsDocument,
    "\n  query Chat($id: ID!) { chat(id: $id) { ...ChatWithTranscriptFields } }\n": typeof types.ChatDocument,
    "\n  mutation AcceptChat($chatId: ID!) { acceptChat(chatId: $chatId) { ...ChatWithTranscriptFields } }\n": typeof types.AcceptChatDocument,
    "\n  mutation SendMessage($chatId: ID!, $clientMessageId: ID!, $text: String!) {\n    sendMessage(chatId: $chatId, clientMessageId: $clientMessageId, text: $text) { ...TranscriptEntryFields }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation TransferChat($chatId: ID!, $to: TransferTargetInput!, $note: String, $commandId: ID!) {\n    transferChat(chatId: $chatId, to: $to, note: $note, commandId: $commandId) { ...ChatSummaryFields }\n  }\n": typeof types.TransferChatDocument,
    "\n  mutation CloseChat($chatId: ID!, $reason: String!, $commandId: ID!) {\n    closeChat(chatId: $chatId, reason: $reason, commandId: $commandId) { ...ChatSummaryFields }\n  }\n": typeof types.CloseChatDocument,
    "\n  mutation SetTyping($chatId: ID!, $typing: Boolean!) { setTyping(chatId: $chatId, typing: $typing) }\n": typeof types.SetTypingDocument,
    "\n  subscription ChatActivity($chatId: ID!) {\n    chatActivity(chatId: $chatId) { chat { ...ChatSummaryFields } entry { ...TranscriptEntryFields } }\n  }\n": typeof types.ChatActivityDocument,
    "\n  subscription ChatTyping($chatId: ID!) { chatTyping(chatId: $chatId) { chatId by name typing at } }\n": typeof types.ChatTypingDocument,
    "\n  query OfflineQuestions($status: OfflineQuestionStatus) { offlineQuestions(status: $status) { ...OfflineQuestionFields } }\n": typeof types.OfflineQuestionsDocument,
    "\n  mutation AnswerOfflineQuestion($questionId: ID!, $answer: String!, $commandId: ID!) {\n    answerOfflineQuestion(questionId: $questionId, answer: $answer, commandId: $commandId) { ...OfflineQuestionFields }\n  }\n": typeof types.AnswerOfflineQuestionDocument,
    "\n  query VisitorHistory($email: String!) {\n    visitorHistory(email: $email) { email chats { ...ChatSummaryFields } questions { ...OfflineQuestionFields } }\n  }\n": typeof types.VisitorHistoryDocument,
    "\n  query SavedReplies($departmentId: ID!) { savedReplies(departmentId: $departmentId) { ...SavedReplyFields } }\n": typeof types.SavedRepliesDocument,
    "\n  mutation SaveSavedReply($departmentId: ID!, $replyId: ID, $title: String!, $text: String!, $commandId: ID!) {\n    saveSavedReply(departmentId: $departmentId, replyId: $replyId, title: $title, text: $text, commandId: $commandId) {\n      ...SavedReplyFields\n    }\n  }\n": typeof types.SaveSavedReplyDocument,
    "\n  mutation RemoveSavedReply($departmentId: ID!, $replyId: ID!, $commandId: ID!) {\n    removeSavedReply(departmentId: $departmentId, replyId: $replyId, commandId: $commandId)\n  }\n": typeof types.RemoveSavedReplyDocument,
    "\n  subscription ChatHandedToMe { chatHandedToMe { chat { ...ChatSummaryFields } by { id name } note } }\n": typeof types.ChatHandedToMeDocument,
    "\n  subscription ChatMentions { chatMentions { chatId departmentId visitorName by { id name } note { ...TranscriptEntryFields } } }\n": typeof types.ChatMentionsDocument,
    "\n  subscription OfflineQuestionChanged { offlineQuestionChanged { question { ...OfflineQuestionFields } } }\n": typeof types.OfflineQuestionChangedDocument,
    "\n  mutation AddChatNote($chatId: ID!, $clientNoteId: ID!, $text: String!, $mentionIds: [ID!]) {\n    addChatNote(chatId: $chatId, clientNoteId: $clientNoteId, text: $text, mentionIds: $mentionIds) { ...TranscriptEntryFields }\n  }\n": typeof types.AddChatNoteDocument,
    "\n  query ChatMentionCandidates($chatId: ID!) { chatMentionCandidates(chatId: $chatId) { id name } }\n": typeof types.ChatMentionCandidatesDocument,
    "\n  query ChatArchive($filter: ChatArchiveFilter, $offset: Int, $limit: Int) {\n    chatArchive(filter: $filter, offset: $offset, limit: $limit) { total nextOffset hits { excerpt chat { ...ChatSummaryFields } } }\n  }\n": typeof types.ChatArchiveDocument,
    "\n  fragment CustomerRefFields on Customer {\n    id\n    kind\n    organisationType\n    name\n  }\n": typeof types.CustomerRefFieldsFragmentDoc,
    "\n  fragment CustomerHitFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    requesterType\n    mergedInto { id name }\n  }\n": typeof types.CustomerHitFieldsFragmentDoc,
    "\n  fragment ProductFields on Product {\n    key\n    name\n    versions { version releasedOn }\n    deviceSerialFormat\n    activationSerialFormat\n    deviceSerialExample\n    activationSerialExample\n    registrationCount\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  fragment RegistrationFields on ProductRegistration {\n    id\n    product { key name }\n    version\n    deviceSerial\n    activationSerial\n    registeredAt\n    withdrawnAt\n    withdrawnReason\n  }\n": typeof types.RegistrationFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    language\n    preferredContact\n    requesterType\n    organisation { ...CustomerRefFields }\n    members { ...CustomerRefFields }\n    mergedInto { ...CustomerRefFields }\n    mergedFrom { ...CustomerRefFields }\n    createdAt\n    updatedAt\n    revision\n    registrations(includeWithdrawn: true) { ...RegistrationFields }\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  fragment CustomerTimelineEntryFields on CustomerTimelineEntry {\n    id\n    kind\n    refId\n    ticketNumber\n    at\n    updatedAt\n    summary\n    state\n    via\n  }\n": typeof types.CustomerTimelineEntryFieldsFragmentDoc,
    "\n  query CustomerSearch($query: String, $kind: CustomerKind, $first: Int, $after: String) {\n    customers(query: $query, kind: $kind, first: $first, after: $after) {\n      edges { matchedBy node { ...CustomerHitFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n": typeof types.CustomerSearchDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": typeof types.CustomerDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        entries { ...CustomerTimelineEntryFields }\n        pageInfo { endCursor hasNextPage }\n        totalCount\n      }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) { fileName json }\n  }\n": typeof types.CustomerExportDocument,
    "\n  mutation RecordCustomer($input: CustomerInput!, $commandId: ID!) {\n    recordCustomer(input: $input, commandId: $commandId) { ...CustomerFields }\n  }\n": typeof types.RecordCustomerDocument,
    "\n  mutation ChangeCustomer($id: ID!, $input: CustomerDetailsInput!, $expectedRevision: Int, $commandId: ID!) {\n    changeCustomer(id: $id, input: $input, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": typeof types.ChangeCustomerDocument,
    "\n  mutation AddContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    addContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": typeof types.AddContactPointDocument,
    "\n  mutation RemoveContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    removeContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": typeof types.RemoveContactPointDocument,
    "\n  mutation MergeCustomers($survivorId: ID!, $duplicateId: ID!, $commandId: ID!) {\n    mergeCustomers(survivorId: $survivorId, duplicateId: $duplicateId, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  mutation RegisterProduct($input: RegisterProductInput!, $commandId: ID!) {\n    registerProduct(input: $input, commandId: $commandId) { ...RegistrationFields }\n  }\n": typeof types.RegisterProductDocument,
    "\n  mutation WithdrawRegistration($registrationId: ID!, $reason: String, $commandId: ID!) {\n    withdrawRegistration(registrationId: $registrationId, reason: $reason, commandId: $commandId) {\n      ...RegistrationFields\n    }\n  }\n": typeof types.WithdrawRegistrationDocument,
    "\n  query Products {\n    products { ...ProductFields }\n  }\n": typeof types.ProductsDocument,
    "\n  mutation DefineProduct($input: ProductInput!, $commandId: ID!) {\n    defineProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n": typeof types.DefineProductDocument,
    "\n  mutation ChangeProduct($input: ProductInput!, $commandId: ID!) {\n    changeProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n": typeof types.ChangeProductDocument,
    "\n  mutation AddProductVersion($productKey: ID!, $version: String!, $releasedOn: String, $commandId: ID!) {\n    addProductVersion(productKey: $productKey, version: $version, releasedOn: $releasedOn, commandId: $commandId) {\n      ...ProductFields\n    }\n  }\n": typeof types.AddProductVersionDocument,
    "\n  query TicketCustomer($id: ID!) {\n    ticket(id: $id) {\n      id\n      customer { ...CustomerHitFields }\n      registrations { ...RegistrationFields }\n    }\n  }\n": typeof types.TicketCustomerDocument,
    "\n  fragment ArticleEditorFields on ArticleEditor {\n    staffId\n    displayName\n  }\n": typeof types.ArticleEditorFieldsFragmentDoc,
    "\n  fragment ArticleContentFields on ArticleRevision {\n    slug\n    locale\n    translationGroup\n    title\n    body\n    products { product versions }\n    stage\n    errorCodes\n    symptoms\n    tags\n  }\n": typeof types.ArticleContentFieldsFragmentDoc,
    "\n  fragment ArticleRevisionFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    ...ArticleContentFields\n  }\n": typeof types.ArticleRevisionFieldsFragmentDoc,
    "\n  fragment ArticleHistoryEntryFields on ArticleHistoryEntry {\n    kind\n    revision\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n  }\n": typeof types.ArticleHistoryEntryFieldsFragmentDoc,
    "\n  fragment ArticleRevisionSummaryFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    title\n  }\n": typeof types.ArticleRevisionSummaryFieldsFragmentDoc,
    "\n  fragment EditableArticleFields on EditableArticle {\n    id\n    status\n    publishedRevision\n    reviewRevision\n    updatedAt\n    latest { ...ArticleRevisionFields }\n    history { ...ArticleHistoryEntryFields }\n    revisions { ...ArticleRevisionSummaryFields }\n  }\n": typeof types.EditableArticleFieldsFragmentDoc,
    "\n  fragment ArticleListEntryFields on EditableArticle {\n    id\n    status\n    updatedAt\n    publishedRevision\n    latest {\n      revision\n      locale\n      slug\n      title\n      translationGroup\n      errorCodes\n      stage\n      products { product versions }\n      by { ...ArticleEditorFields }\n    }\n  }\n": typeof types.ArticleListEntryFieldsFragmentDoc,
    "\n  fragment ArticleDiffFields on ArticleDiff {\n    fromRevision\n    toRevision\n    fields { field parts { kind text } }\n  }\n": typeof types.ArticleDiffFieldsFragmentDoc,
    "\n  fragment PublicArticleSnapshotFields on Article {\n    id\n    locale\n    slug\n    title\n    bodyHtml\n    revision\n    publishedAt\n    firstPublishedAt\n  }\n": typeof types.PublicArticleSnapshotFieldsFragmentDoc,
    "\n  fragment KnowledgeBaseQuestionFields on KnowledgeBaseQuestion {\n    id\n    question\n    locale\n    name\n    email\n    articleId\n    searchQuery\n    at\n    answer { text by at mailId }\n  }\n": typeof types.KnowledgeBaseQuestionFieldsFragmentDoc,
    "\n  fragment UnansweredSearchFields on UnansweredSearch {\n    query\n    normalizedQuery\n    locale\n    count\n    firstAt\n    lastAt\n  }\n": typeof types.UnansweredSearchFieldsFragmentDoc,
    "\n  query EditableArticles($first: Int!) {\n    editableArticles(first: $first) { ...ArticleListEntryFields }\n  }\n": typeof types.EditableArticlesDocument,
    "\n  query EditableArticle($id: ID!) { editableArticle(id: $id) { ...EditableArticleFields } }\n": typeof types.EditableArticleDocument,
    "\n  query ArticleDiff($id: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    articleDiff(id: $id, fromRevision: $fromRevision, toRevision: $toRevision) { ...ArticleDiffFields }\n  }\n": typeof types.ArticleDiffDocument,
    "\n  query ArticleAsPublishedAt($id: ID!, $at: String!) {\n    articleAsPublishedAt(id: $id, at: $at) { ...PublicArticleSnapshotFields }\n  }\n": typeof types.ArticleAsPublishedAtDocument,
    "\n  query VisitorInbox($first: Int!) {\n    knowledgeBaseQuestions(first: $first) { ...KnowledgeBaseQuestionFields }\n    unansweredSearches(first: $first) { ...UnansweredSearchFields }\n  }\n": typeof types.VisitorInboxDocument,
    "\n  mutation AnswerKnowledgeBaseQuestion($id: ID!, $answer: String!, $commandId: ID!) {\n    answerKnowledgeBaseQuestion(id: $id, answer: $answer, commandId: $commandId) { ...KnowledgeBaseQuestionFields }\n  }\n": typeof types.AnswerKnowledgeBaseQuestionDocument,
    "\n  mutation DraftArticle($input: ArticleInput!, $commandId: ID!) {\n    draftArticle(input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n": typeof types.DraftArticleDocument,
    "\n  mutation ReviseArticle($id: ID!, $baseRevision: Int!, $input: ArticleInput!, $commandId: ID!) {\n    reviseArticle(id: $id, baseRevision: $baseRevision, input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n": typeof types.ReviseArticleDocument,
    "\n  mutation SubmitArticleForReview($id: ID!, $revision: Int!, $commandId: ID!) {\n    submitArticleForReview(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n": typeof types.SubmitArticleForReviewDocument,
    "\n  mutation PublishArticle($id: ID!, $revision: Int!, $commandId: ID!) {\n    publishArticle(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation UnpublishArticle($id: ID!, $commandId: ID!) {\n    unpublishArticle(id: $id, commandId: $commandId) { ...EditableArticleFields }\n  }\n": typeof types.UnpublishArticleDocument,
    "\n  mutation RestoreArticleRevision($id: ID!, $baseRevision: Int!, $fromRevision: Int!, $commandId: ID!) {\n    restoreArticleRevision(id: $id, baseRevision: $baseRevision, fromRevision: $fromRevision, commandId: $commandId) {\n      ...EditableArticleFields\n    }\n  }\n": typeof types.RestoreArticleRevisionDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name { fa en ja vi }\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  fragment StaffMemberFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    departments { ...DepartmentFields }\n    presence\n    onlineSince\n  }\n": typeof types.StaffMemberFieldsFragmentDoc,
    "\n  fragment BoardDepartmentFields on DepartmentPresence {\n    department { ...DepartmentFields }\n    agents { id displayName presence onlineSince }\n  }\n": typeof types.BoardDepartmentFieldsFragmentDoc,
    "\n  query Me { me { ...StaffMemberFields } }\n": typeof types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      staff { ...StaffMemberFields }\n      secondStep { challenge expiresAt }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {\n    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }\n  }\n": typeof types.SetPresenceDocument,
    "\n  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }\n": typeof types.OnlineAgentsDocument,
    "\n  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }\n": typeof types.PresenceChangedDocument,
    "\n  fragment OutboxMailFields on OutboxMail {\n    id\n    to\n    subject\n    purpose { kind id }\n    state\n    queuedAt\n    attempts\n    maxAttempts\n    nextAttemptAt\n    lastError\n    sentAt\n    transport\n    deliveryDetail\n  }\n": typeof types.OutboxMailFieldsFragmentDoc,
    "\n  query OutboxMails($state: MailDeliveryState, $limit: Int) {\n    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }\n  }\n": typeof types.OutboxMailsDocument,
    "\n  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }\n": typeof types.OutboxMailChangedDocument,
    "\n  fragment PatronFoundFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    lockedUntil\n  }\n": typeof types.PatronFoundFieldsFragmentDoc,
    "\n  fragment PatronNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n    problem\n  }\n": typeof types.PatronNoticeFieldsFragmentDoc,
    "\n  fragment PatronAccountFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    phone\n    registeredAt\n    lockedUntil\n    failedSignInsInRow\n    hasPassword\n    preferences {\n      contact { kind method }\n      pickUpBranch { id name { fa en ja vi } }\n    }\n    notices { ...PatronNoticeFields }\n    reservations { id title itemKind status placedAt holdUntil pickUpBranch { id name { fa en ja vi } } }\n    loans { id title itemKind dueAt renewed overdue returnedAt }\n  }\n": typeof types.PatronAccountFieldsFragmentDoc,
    "\n  query FindAccounts($query: String!) { findAccounts(query: $query) { ...PatronFoundFields } }\n": typeof types.FindAccountsDocument,
    "\n  query PatronAccount($id: ID!) { account(id: $id) { ...PatronAccountFields } }\n": typeof types.PatronAccountDocument,
    "\n  mutation SetAccountPasswordAtDesk($accountId: ID!, $password: String!, $commandId: ID!) {\n    setAccountPasswordAtDesk(accountId: $accountId, password: $password, commandId: $commandId) {\n      ...PatronAccountFields\n    }\n  }\n": typeof types.SetAccountPasswordAtDeskDocument,
    "\n  mutation UnlockAccount($accountId: ID!, $commandId: ID!) {\n    unlockAccount(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n": typeof types.UnlockAccountDocument,
    "\n  mutation ErasePerson($accountId: ID!, $commandId: ID!) {\n    erasePerson(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n": typeof types.ErasePersonDocument,
    "\n  query AccountDataExport($id: ID!) { accountDataExport(id: $id) }\n": typeof types.AccountDataExportDocument,
    "\n  query StaffSignInOptions { staffSignInOptions { oidc oidcStartUrl } }\n": typeof types.StaffSignInOptionsDocument,
    "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) { token staff { ...StaffMemberFields } }\n  }\n": typeof types.CompleteSignInDocument,
    "\n  fragment StaffSessionFields on StaffSession {\n    id\n    startedAt\n    expiresAt\n    lastSeenAt\n    address\n    userAgent\n    method\n    current\n  }\n": typeof types.StaffSessionFieldsFragmentDoc,
    "\n  query MySecurity {\n    me { id twoFactor { enabled enabledAt recoveryCodesLeft } }\n    mySessions { ...StaffSessionFields }\n  }\n": typeof types.MySecurityDocument,
    "\n  mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCode } }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) { confirmTwoFactor(code: $code) }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) { disableTwoFactor(code: $code) { id } }\n": typeof types.DisableTwoFactorDocument,
    "\n  mutation RevokeSession($sessionId: ID!) { revokeSession(sessionId: $sessionId) }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!, $commandId: ID!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword, commandId: $commandId)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  fragment StaffAccessFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    twoFactor { enabled enabledAt recoveryCodesLeft }\n  }\n": typeof types.StaffAccessFieldsFragmentDoc,
    "\n  query StaffAccess { staffMembers { ...StaffAccessFields } }\n": typeof types.StaffAccessDocument,
    "\n  query StaffSessions($staffId: ID!) { staffSessions(staffId: $staffId) { ...StaffSessionFields } }\n": typeof types.StaffSessionsDocument,
    "\n  mutation DisableStaffTwoFactor($staffId: ID!) { disableStaffTwoFactor(staffId: $staffId) { ...StaffAccessFields } }\n": typeof types.DisableStaffTwoFactorDocument,
    "\n  fragment SecurityLogEntryFields on SecurityLogEntry {\n    id\n    at\n    day\n    kind\n    subject\n    person\n    address\n    userAgent\n    method\n    step\n    until\n    by\n    roles\n  }\n": typeof types.SecurityLogEntryFieldsFragmentDoc,
    "\n  query SecurityLog($filter: SecurityLogFilter, $offset: Int, $first: Int) {\n    securityLog(filter: $filter, offset: $offset, first: $first) { total entries { ...SecurityLogEntryFields } }\n  }\n": typeof types.SecurityLogDocument,
    "\n  fragment ChatOverviewFields on ChatOverview {\n    waiting { ...ChatSummaryFields }\n    active { ...ChatSummaryFields }\n    agents { agent { id name } online departmentIds activeChats }\n  }\n": typeof types.ChatOverviewFieldsFragmentDoc,
    "\n  fragment DailyChatFiguresFields on DailyChatFigures {\n    day\n    chatsStarted\n    chatsAnswered\n    chatsMissed\n    offlineQuestions\n    offlineQuestionsAnswered\n    medianWaitSeconds\n    medianFirstResponseSeconds\n    chatsAbandoned\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": typeof types.DailyChatFiguresFieldsFragmentDoc,
    "\n  query ChatOverview { chatOverview { ...ChatOverviewFields } }\n": typeof types.ChatOverviewDocument,
    "\n  query ChatDailyFigures($from: String!, $to: String!) {\n    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }\n  }\n": typeof types.ChatDailyFiguresDocument,
    "\n  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }\n": typeof types.ChatOverviewChangedDocument,
    "\n  subscription ChatFiguresChanged { chatFiguresChanged }\n": typeof types.ChatFiguresChangedDocument,
    "\n  fragment AgentChatFiguresFields on AgentChatFigures {\n    agent { id name }\n    chatsAnswered\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": typeof types.AgentChatFiguresFieldsFragmentDoc,
    "\n  query ChatAgentFigures($from: String!, $to: String!) {\n    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }\n  }\n": typeof types.ChatAgentFiguresDocument,
    "\n  query DeskCalendar { deskCalendar { timeZone today } }\n": typeof types.DeskCalendarDocument,
    "\n  fragment TicketRefFields on TicketRef {\n    id\n    number\n    subject\n    status\n  }\n": typeof types.TicketRefFieldsFragmentDoc,
    "\n  fragment TicketSlaFields on TicketSlaTarget {\n    metric\n    state\n    dueAt\n    settledAt\n    businessMinutesLeft\n  }\n": typeof types.TicketSlaFieldsFragmentDoc,
    "\n  fragment TicketRowFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    channel\n    requester { name email emailUndeliverable }\n    requesterType\n    department { ...DepartmentFields }\n    assignee { id name }\n    tags\n    openedAt\n    updatedAt\n    preview\n    messageCount\n    nextDueAt\n    revision\n    mergedInto { ...TicketRefFields }\n    sla { ...TicketSlaFields }\n  }\n": typeof types.TicketRowFieldsFragmentDoc,
    "\n  fragment TicketAttachmentFields on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n": typeof types.TicketAttachmentFieldsFragmentDoc,
    "\n  fragment TicketTimelineEntryFields on TicketTimelineEntry {\n    id\n    kind\n    at\n    actor { kind id name }\n    text\n    attachments { ...TicketAttachmentFields }\n    via\n    delivery { state to mailId detail }\n    mentions { id name }\n    status\n    previousStatus\n    priority\n    department { ...DepartmentFields }\n    assignee { id name }\n    automatic\n    tagsAdded\n    tagsRemoved\n    fields { key value }\n    otherTicket { ...TicketRefFields }\n    linkKind\n    slaMetric\n    fromTicket { ...TicketRefFields }\n    detail\n    articleId\n  }\n": typeof types.TicketTimelineEntryFieldsFragmentDoc,
    "\n  fragment TicketFields on Ticket {\n    ...TicketRowFields\n    requester { name email phone language contactMethod emailUndeliverable customerId }\n    product\n    version\n    fields { key value }\n    firstResponseAt\n    solvedAt\n    closedAt\n    links { kind ticket { ...TicketRefFields } }\n    timeline { ...TicketTimelineEntryFields }\n  }\n": typeof types.TicketFieldsFragmentDoc,
    "\n  fragment SavedTicketViewFields on SavedTicketView {\n    id\n    name\n    count\n    filter {\n      statuses\n      priorities\n      channels\n      departmentIds\n      assigneeId\n      unassigned\n      tags\n      requesterType\n      query\n    }\n  }\n": typeof types.SavedTicketViewFieldsFragmentDoc,
    "\n  query Tickets($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...TicketRowFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  query TicketViews {\n    ticketViewCounts { view count }\n    savedTicketViews { ...SavedTicketViewFields }\n  }\n": typeof types.TicketViewsDocument,
    "\n  query Ticket($id: ID, $number: Int) { ticket(id: $id, number: $number) { ...TicketFields } }\n": typeof types.TicketDocument,
    "\n  query TicketAgents($departmentId: ID!) { ticketAgents(departmentId: $departmentId) { id username displayName } }\n": typeof types.TicketAgentsDocument,
    "\n  subscription TicketsChanged { ticketsChanged { kind ticket { ...TicketRowFields } } }\n": typeof types.TicketsChangedDocument,
    "\n  subscription TicketChanged($id: ID!) { ticketChanged(id: $id) { ...TicketFields } }\n": typeof types.TicketChangedDocument,
    "\n  mutation SaveTicketView($viewId: ID, $view: SavedTicketViewInput!, $commandId: ID!) {\n    saveTicketView(viewId: $viewId, view: $view, commandId: $commandId) { ...SavedTicketViewFields }\n  }\n": typeof types.SaveTicketViewDocument,
    "\n  mutation DeleteTicketView($viewId: ID!, $commandId: ID!) { deleteTicketView(viewId: $viewId, commandId: $commandId) }\n": typeof types.DeleteTicketViewDocument,
    "\n  mutation BulkUpdateTickets($ticketIds: [ID!]!, $change: BulkTicketChange!, $commandId: ID!) {\n    bulkUpdateTickets(ticketIds: $ticketIds, change: $change, commandId: $commandId) {\n      updated { ...TicketRowFields }\n      failed { ticketId reason message }\n    }\n  }\n": typeof types.BulkUpdateTicketsDocument,
    "\n  mutation ReplyToTicket(\n    $ticketId: ID!\n    $text: String!\n    $attachments: [ID!]\n    $status: TicketStatus\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    replyToTicket(\n      ticketId: $ticketId\n      text: $text\n      attachments: $attachments\n      status: $status\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation AddTicketNote($ticketId: ID!, $text: String!, $commandId: ID!) {\n    addTicketNote(ticketId: $ticketId, text: $text, commandId: $commandId) { ...TicketFields }\n  }\n": typeof types.AddTicketNoteDocument,
    "\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n": typeof types.ChangeTicketStatusDocument,
    "\n  mutation ChangeTicketPriority($ticketId: ID!, $priority: TicketPriority!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketPriority(\n      ticketId: $ticketId\n      priority: $priority\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": typeof types.ChangeTicketPriorityDocument,
    "\n  mutation AssignTicket($ticketId: ID!, $departmentId: ID!, $agentId: ID, $expectedRevision: Int, $commandId: ID!) {\n    assignTicket(\n      ticketId: $ticketId\n      departmentId: $departmentId\n      agentId: $agentId\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation TagTicket($ticketId: ID!, $add: [String!], $remove: [String!], $commandId: ID!) {\n    tagTicket(ticketId: $ticketId, add: $add, remove: $remove, commandId: $commandId) { ...TicketFields }\n  }\n": typeof types.TagTicketDocument,
    "\n  mutation SetTicketFields($ticketId: ID!, $fields: [TicketFieldInput!]!, $expectedRevision: Int, $commandId: ID!) {\n    setTicketFields(ticketId: $ticketId, fields: $fields, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n": typeof types.SetTicketFieldsDocument,
    "\n  mutation MergeTicket($ticketId: ID!, $intoTicketId: ID!, $commandId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId, commandId: $commandId) { ...TicketFields }\n  }\n": typeof types.MergeTicketDocument,
    "\n  mutation LinkTickets($ticketId: ID!, $otherTicketId: ID!, $kind: TicketLinkKind!, $commandId: ID!) {\n    linkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, kind: $kind, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n": typeof types.LinkTicketsDocument,
    "\n  mutation UnlinkTickets($ticketId: ID!, $otherTicketId: ID!, $commandId: ID!) {\n    unlinkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, commandId: $commandId) { ...TicketFields }\n  }\n": typeof types.UnlinkTicketsDocument,
    "\n  fragment FeedbackReportCountFields on FeedbackReportCount {\n    key\n    count\n    product\n  }\n": typeof types.FeedbackReportCountFieldsFragmentDoc,
    "\n  fragment FeedbackReportFields on FeedbackReport {\n    total\n    reporters\n    byKind { ...FeedbackReportCountFields }\n    byChannel { ...FeedbackReportCountFields }\n    bySeverity { ...FeedbackReportCountFields }\n    byProduct { ...FeedbackReportCountFields }\n    byVersion { ...FeedbackReportCountFields }\n    trend { start count byKind { ...FeedbackReportCountFields } }\n    topTopics {\n      topic { id title product kind status answerVersion fixReleased }\n      reporters\n      items\n    }\n    notFound { query normalizedQuery language count lastAt }\n    satisfaction { answers average distribution trend { start answers average } }\n    from\n    to\n    today\n    bucket\n    timeZone\n    definitionVersion\n    rebuilding\n  }\n": typeof types.FeedbackReportFieldsFragmentDoc,
    "\n  fragment FeedbackReportDefinitionFields on FeedbackReportDefinition {\n    version\n    kinds { key labels { fa en ja vi } countsAs }\n    sources\n    dismissedCount\n    changedAt\n    appliedVersion\n    rebuilding\n  }\n": typeof types.FeedbackReportDefinitionFieldsFragmentDoc,
    "\n  fragment FeedbackReportItemFields on FeedbackReportItem {\n    id\n    at\n    text\n    channel\n    kind\n    reportKind\n    severity\n    product\n    version\n    build\n    language\n    topicId\n    source {\n      kind\n      chatId\n      ticketId\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n      invitationId\n    }\n    ticketNumber\n    reporter { kind customerId name email phone }\n  }\n": typeof types.FeedbackReportItemFieldsFragmentDoc,
    "\n  query FeedbackReport($filter: FeedbackReportFilter) {\n    feedbackReport(filter: $filter) { ...FeedbackReportFields }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n": typeof types.FeedbackReportDocument,
    "\n  query FeedbackReportItems($filter: FeedbackReportFilter, $first: Int, $after: String) {\n    feedbackReportItems(filter: $filter, first: $first, after: $after) {\n      items { ...FeedbackReportItemFields }\n      total\n      pageInfo { endCursor hasNextPage }\n    }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n": typeof types.FeedbackReportItemsDocument,
    "\n  query FeedbackReportDefinition {\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n  }\n": typeof types.FeedbackReportDefinitionDocument,
    "\n  mutation ChangeFeedbackReportDefinition($input: ChangeFeedbackReportDefinitionInput!) {\n    changeFeedbackReportDefinition(input: $input) { ...FeedbackReportDefinitionFields }\n  }\n": typeof types.ChangeFeedbackReportDefinitionDocument,
    "\n  fragment FeedbackDeliveryFields on FeedbackDelivery {\n    answerId\n    occasion\n    delivered\n    channel\n    mailId\n    ticketId\n    language\n    reason\n    at\n  }\n": typeof types.FeedbackDeliveryFieldsFragmentDoc,
    "\n  fragment FeedbackItemFields on FeedbackItem {\n    id\n    source {\n      kind\n      chatId\n      ticketId\n      ticketNumber\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n    }\n    channel\n    text\n    product\n    version\n    build\n    kind\n    severity\n    tags\n    reporter {\n      kind\n      customerId\n      ticketId\n      name\n      email\n      phone\n    }\n    language\n    capturedAt\n    state\n    dismissal {\n      reason\n      duplicateOf\n      at\n    }\n    topic {\n      id\n      title\n    }\n  }\n": typeof types.FeedbackItemFieldsFragmentDoc,
    "\n  fragment FeedbackAnswerFields on FeedbackAnswer {\n    id\n    status\n    version\n    reason\n    note\n    at\n    fixReleasedAt\n  }\n": typeof types.FeedbackAnswerFieldsFragmentDoc,
    "\n  fragment FeedbackTopicRowFields on FeedbackTopic {\n    id\n    title\n    product\n    kind\n    state\n    openedAt\n    forwardedAt\n    team {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswerFields\n    }\n    itemCount\n    reporterCount\n    deliveredCount\n    undeliverableCount\n  }\n": typeof types.FeedbackTopicRowFieldsFragmentDoc,
    "\n  fragment FeedbackTopicFields on FeedbackTopic {\n    ...FeedbackTopicRowFields\n    items {\n      ...FeedbackItemFields\n      deliveries {\n        ...FeedbackDeliveryFields\n      }\n    }\n  }\n": typeof types.FeedbackTopicFieldsFragmentDoc,
    "\n  query FeedbackQueue($filter: FeedbackQueueFilter) {\n    feedbackQueue(filter: $filter) {\n      nodes {\n        ...FeedbackItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.FeedbackQueueDocument,
    "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.FeedbackItemDocument,
    "\n  query FeedbackSuggestions($itemId: ID!) {\n    feedbackSuggestions(itemId: $itemId) {\n      topics {\n        topic {\n          id\n          title\n          product\n          kind\n          itemCount\n        }\n        score\n      }\n      items {\n        item {\n          id\n          text\n          language\n        }\n        score\n      }\n    }\n  }\n": typeof types.FeedbackSuggestionsDocument,
    "\n  query FeedbackTopics($filter: FeedbackTopicFilter) {\n    feedbackTopics(filter: $filter) {\n      nodes {\n        ...FeedbackTopicRowFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.FeedbackTopicsDocument,
    "\n  query FeedbackTopic($id: ID!) {\n    feedbackTopic(id: $id) {\n      ...FeedbackTopicFields\n    }\n  }\n": typeof types.FeedbackTopicDocument,
    "\n  subscription FeedbackChanged {\n    feedbackChanged {\n      itemId\n      topicId\n    }\n  }\n": typeof types.FeedbackChangedDocument,
    "\n  mutation CaptureFeedback($input: CaptureFeedbackInput!, $commandId: ID!) {\n    captureFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.CaptureFeedbackDocument,
    "\n  mutation ClassifyFeedback($itemId: ID!, $input: FeedbackClassificationInput!, $commandId: ID!) {\n    classifyFeedback(itemId: $itemId, input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.ClassifyFeedbackDocument,
    "\n  mutation DismissFeedback($itemId: ID!, $reason: FeedbackDismissReason!, $duplicateOf: ID, $commandId: ID!) {\n    dismissFeedback(itemId: $itemId, reason: $reason, duplicateOf: $duplicateOf, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.DismissFeedbackDocument,
    "\n  mutation RestoreFeedback($itemId: ID!, $commandId: ID!) {\n    restoreFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.RestoreFeedbackDocument,
    "\n  mutation GroupFeedback($input: GroupFeedbackInput!, $commandId: ID!) {\n    groupFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackTopicRowFields\n    }\n  }\n": typeof types.GroupFeedbackDocument,
    "\n  mutation UngroupFeedback($itemId: ID!, $commandId: ID!) {\n    ungroupFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.UngroupFeedbackDocument,
    "\n  mutation ForwardFeedbackTopic($topicId: ID!, $teamId: ID, $commandId: ID!) {\n    forwardFeedbackTopic(topicId: $topicId, teamId: $teamId, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n": typeof types.ForwardFeedbackTopicDocument,
    "\n  mutation AnswerFeedbackTopic($topicId: ID!, $input: AnswerFeedbackTopicInput!, $commandId: ID!) {\n    answerFeedbackTopic(topicId: $topicId, input: $input, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n": typeof types.AnswerFeedbackTopicDocument,
    "\n  mutation FileFeedback($input: FileFeedbackInput!, $commandId: ID!) {\n    fileFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": typeof types.FileFeedbackDocument,
    "\n  mutation RenameFeedbackTopic($topicId: ID!, $title: String!, $commandId: ID!) {\n    renameFeedbackTopic(topicId: $topicId, title: $title, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n": typeof types.RenameFeedbackTopicDocument,
    "\n  fragment ProductTeamFields on ProductTeam {\n    id\n    name\n    products\n    members {\n      staffId\n      name\n    }\n    personalDataGranted\n  }\n": typeof types.ProductTeamFieldsFragmentDoc,
    "\n  query ProductTeams {\n    productTeams {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.ProductTeamsDocument,
    "\n  mutation DefineProductTeam($input: ProductTeamInput!, $commandId: ID!) {\n    defineProductTeam(input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.DefineProductTeamDocument,
    "\n  mutation ChangeProductTeam($teamId: ID!, $input: ProductTeamInput!, $commandId: ID!) {\n    changeProductTeam(teamId: $teamId, input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.ChangeProductTeamDocument,
    "\n  mutation AddProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    addProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.AddProductTeamMemberDocument,
    "\n  mutation RemoveProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    removeProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.RemoveProductTeamMemberDocument,
    "\n  mutation GrantTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    grantTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.GrantTeamPersonalDataDocument,
    "\n  mutation RevokeTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    revokeTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": typeof types.RevokeTeamPersonalDataDocument,
    "\n  fragment OperationsVolumesFields on OperationsVolumes {\n    received\n    answered\n    byChannel { channel received answered }\n    byRequesterType { requesterType received answered }\n    matrix { channel requesterType received answered }\n  }\n": typeof types.OperationsVolumesFieldsFragmentDoc,
    "\n  fragment OperationsStaffingFields on OperationsStaffing {\n    agentsOnline\n    personHours\n    personDays\n    handlingHours\n    occupancy\n  }\n": typeof types.OperationsStaffingFieldsFragmentDoc,
    "\n  fragment OperationsSlaFields on OperationsSlaFigure {\n    count\n    averageMinutes\n    withTarget\n    met\n    breached\n    metRate\n  }\n": typeof types.OperationsSlaFieldsFragmentDoc,
    "\n  fragment OperationsServiceLevelsFields on OperationsServiceLevels {\n    callsOffered\n    callsAnswered\n    callsAbandoned\n    answerRate\n    serviceLevelSeconds\n    answeredWithinTarget\n    serviceLevel\n    averageWaitSeconds\n    p90WaitSeconds\n    chatsRequested\n    chatsAccepted\n    chatsAbandoned\n    averageChatWaitSeconds\n    firstResponse { ...OperationsSlaFields }\n    resolution { ...OperationsSlaFields }\n  }\n": typeof types.OperationsServiceLevelsFieldsFragmentDoc,
    "\n  fragment OperationsShiftFields on OperationsShift {\n    key\n    name { fa en ja vi }\n    start\n    end\n  }\n": typeof types.OperationsShiftFieldsFragmentDoc,
    "\n  fragment OperationsDashboardFields on OperationsDashboard {\n    from\n    to\n    granularity\n    timeZone\n    settingsVersion\n    rebuilding\n    volumes { ...OperationsVolumesFields }\n    staffing { ...OperationsStaffingFields }\n    serviceLevels { ...OperationsServiceLevelsFields }\n    buckets {\n      key\n      day\n      hour\n      shift\n      start\n      end\n      backlog\n      queuePeak\n      volumes { received answered byChannel { channel received answered } }\n      staffing { ...OperationsStaffingFields }\n      serviceLevels { callsOffered callsAnswered callsAbandoned answerRate serviceLevel averageWaitSeconds }\n    }\n    backlog { key at open }\n    peak { at waiting agentsOnline { id name } }\n    shifts { ...OperationsShiftFields }\n  }\n": typeof types.OperationsDashboardFieldsFragmentDoc,
    "\n  query OperationsDashboard($filter: OperationsFilter!) {\n    operationsDashboard(filter: $filter) { ...OperationsDashboardFields }\n  }\n": typeof types.OperationsDashboardDocument,
    "\n  fragment OperationsSettingsFields on OperationsSettings {\n    version\n    shifts { ...OperationsShiftFields }\n    answeredMinTalkSeconds\n    serviceLevelSeconds\n    requesterTypes { key group }\n    knownRequesterTypes\n    updatedAt\n    rebuild { state version finishedAt durationMs eventsReplayed }\n  }\n": typeof types.OperationsSettingsFieldsFragmentDoc,
    "\n  query OperationsSettings { operationsSettings { ...OperationsSettingsFields } }\n": typeof types.OperationsSettingsDocument,
    "\n  mutation DefineOperationsShifts($input: DefineShiftsInput!) {\n    defineShifts(input: $input) { ...OperationsSettingsFields }\n  }\n": typeof types.DefineOperationsShiftsDocument,
    "\n  mutation ChangeOperationsDefinitions($input: ChangeOperationsDefinitionsInput!) {\n    changeOperationsDefinitions(input: $input) { ...OperationsSettingsFields }\n  }\n": typeof types.ChangeOperationsDefinitionsDocument,
    "\n  query OperationsRequesterTypes { ticketSettings { requesterTypes { key name { fa en ja vi } } } }\n": typeof types.OperationsRequesterTypesDocument,
    "\n  fragment BusinessCalendarFields on BusinessCalendar {\n    id\n    name\n    timeZone\n    hours { day start end }\n    holidays\n  }\n": typeof types.BusinessCalendarFieldsFragmentDoc,
    "\n  fragment TicketSettingsFields on TicketSettings {\n    requesterTypes { key name { fa en ja vi } }\n    inboundAddresses { address department { ...DepartmentFields } }\n    defaultDepartment { ...DepartmentFields }\n    departments {\n      department { ...DepartmentFields }\n      fields { key label { fa en ja vi } kind options required public }\n      autoAssignment\n      capPerAgent\n    }\n    calendars { ...BusinessCalendarFields }\n    slaPolicies {\n      department { ...DepartmentFields }\n      priority\n      calendar { id name }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n    }\n    smtpListener\n  }\n": typeof types.TicketSettingsFieldsFragmentDoc,
    "\n  query TicketSettings { ticketSettings { ...TicketSettingsFields } }\n": typeof types.TicketSettingsDocument,
    "\n  mutation SetRequesterTypes($types: [RequesterTypeInput!]!, $commandId: ID!) {\n    setRequesterTypes(types: $types, commandId: $commandId) { ...TicketSettingsFields }\n  }\n": typeof types.SetRequesterTypesDocument,
    "\n  mutation SetInboundAddresses($addresses: [InboundAddressInput!]!, $defaultDepartmentId: ID!, $commandId: ID!) {\n    setInboundAddresses(addresses: $addresses, defaultDepartmentId: $defaultDepartmentId, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n": typeof types.SetInboundAddressesDocument,
    "\n  mutation DefineTicketFields($departmentId: ID!, $fields: [TicketFieldDefinitionInput!]!, $commandId: ID!) {\n    defineTicketFields(departmentId: $departmentId, fields: $fields, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n": typeof types.DefineTicketFieldsDocument,
    "\n  mutation SetAutoAssignment($departmentId: ID!, $enabled: Boolean!, $capPerAgent: Int!, $commandId: ID!) {\n    setAutoAssignment(departmentId: $departmentId, enabled: $enabled, capPerAgent: $capPerAgent, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n": typeof types.SetAutoAssignmentDocument,
    "\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!, $commandId: ID!) {\n    setBusinessCalendar(calendar: $calendar, commandId: $commandId) { ...TicketSettingsFields }\n  }\n": typeof types.SetBusinessCalendarDocument,
    "\n  mutation SetSlaPolicy($policy: SlaPolicyInput!, $commandId: ID!) {\n    setSlaPolicy(policy: $policy, commandId: $commandId) { ...TicketSettingsFields }\n  }\n": typeof types.SetSlaPolicyDocument,
    "\n  mutation TicketFromChat($chatId: ID!, $commandId: ID!) {\n    ticketFromChat(chatId: $chatId, commandId: $commandId) { id number }\n  }\n": typeof types.TicketFromChatDocument,
    "\n  mutation TicketFromOfflineQuestion($questionId: ID!, $commandId: ID!) {\n    ticketFromOfflineQuestion(questionId: $questionId, commandId: $commandId) { id number }\n  }\n": typeof types.TicketFromOfflineQuestionDocument,
    "\n  mutation DraftArticleFromTicket($ticketId: ID!, $commandId: ID!) {\n    draftArticleFromTicket(ticketId: $ticketId, commandId: $commandId)\n  }\n": typeof types.DraftArticleFromTicketDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!, $commandId: ID!) {\n    openTicket(input: $input, commandId: $commandId) { id number }\n  }\n": typeof types.OpenTicketDocument,
    "\n  mutation EditTicketDetails(\n    $ticketId: ID!\n    $subject: String\n    $product: String\n    $version: String\n    $requesterType: String\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    editTicketDetails(\n      ticketId: $ticketId\n      subject: $subject\n      product: $product\n      version: $version\n      requesterType: $requesterType\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": typeof types.EditTicketDetailsDocument,
    "\n  query NewTicketChoices {\n    publicTicketForm {\n      requesterTypes { key name { fa en ja vi } }\n      departments {\n        department { ...DepartmentFields }\n        fields { key label { fa en ja vi } kind options required public }\n      }\n    }\n  }\n": typeof types.NewTicketChoicesDocument,
    "\n  subscription TicketNotices {\n    ticketsChanged {\n      ticket {\n        id\n        number\n        subject\n        timeline { id kind at actor { id } assignee { id } mentions { id } }\n      }\n    }\n  }\n": typeof types.TicketNoticesDocument,
};
const documents: Documents = {
    "\n  fragment BookingBranchFields on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n": types.BookingBranchFieldsFragmentDoc,
    "\n  fragment BookingTopicFields on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n": types.BookingTopicFieldsFragmentDoc,
    "\n  fragment BookingSessionFields on BookingSession {\n    id\n    status\n    topic { ...BookingTopicFields }\n    branch { ...BookingBranchFields }\n    preferredBranch { ...BookingBranchFields }\n    routedReason\n    expertId\n    expertName\n    mode\n    startsAt\n    endsAt\n    timeZone\n    day\n    details\n    patronName\n    email\n    phone\n    locale\n    videoLink\n    requestId\n    bookedAt\n    cancelledAt\n    moves\n  }\n": types.BookingSessionFieldsFragmentDoc,
    "\n  fragment BookingExpertFields on BookingExpert {\n    id\n    displayName\n    branch { id }\n    topics { id }\n    weekly { weekday start end }\n    absences { id kind from to note }\n    active\n  }\n": types.BookingExpertFieldsFragmentDoc,
    "\n  fragment BookingRequestFields on BookingRequest {\n    id\n    status\n    reason\n    topic { ...BookingTopicFields }\n    preferredBranch { ...BookingBranchFields }\n    mode\n    details\n    preferredTimes\n    patronName\n    email\n    phone\n    locale\n    at\n    pickedUpBy\n    pickedUpAt\n    bookingId\n  }\n": types.BookingRequestFieldsFragmentDoc,
    "\n  fragment BookingFigureRowFields on BookingFigureRow {\n    key\n    name { fa en ja vi }\n    sessions\n    attended\n    noShows\n    routedElsewhere\n    cancelled\n  }\n": types.BookingFigureRowFieldsFragmentDoc,
    "\n  query BookingBoard {\n    bookingBranches { ...BookingBranchFields }\n    bookingTopics { ...BookingTopicFields }\n    bookingExperts { ...BookingExpertFields }\n  }\n": types.BookingBoardDocument,
    "\n  query BookingSessions($from: String!, $to: String!, $branchId: ID, $expertId: ID) {\n    bookingSessions(from: $from, to: $to, branchId: $branchId, expertId: $expertId) { ...BookingSessionFields }\n  }\n": types.BookingSessionsDocument,
    "\n  subscription BookingBoardChanged { bookingBoardChanged { version } }\n": types.BookingBoardChangedDocument,
    "\n  query BookingRequests($status: BookingRequestStatus) { bookingRequests(status: $status) { ...BookingRequestFields } }\n": types.BookingRequestsDocument,
    "\n  query BookingExpertSlots($expertId: ID!, $topicId: ID!, $mode: BookingMode!, $days: Int) {\n    bookingExpertSlots(expertId: $expertId, topicId: $topicId, mode: $mode, days: $days) { startsAt endsAt branchId timeZone }\n  }\n": types.BookingExpertSlotsDocument,
    "\n  mutation PickUpBookingRequest($id: ID!, $commandId: ID!) {\n    pickUpBookingRequest(id: $id, commandId: $commandId) { ...BookingRequestFields }\n  }\n": types.PickUpBookingRequestDocument,
    "\n  mutation AssignBookingRequest($id: ID!, $expertId: ID!, $startsAt: String!, $commandId: ID!) {\n    assignBookingRequest(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n": types.AssignBookingRequestDocument,
    "\n  mutation ReassignBookingSession($id: ID!, $expertId: ID!, $startsAt: String, $commandId: ID!) {\n    reassignBookingSession(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n": types.ReassignBookingSessionDocument,
    "\n  mutation RecordBookingAttendance($id: ID!, $attended: Boolean!, $commandId: ID!) {\n    recordBookingAttendance(id: $id, attended: $attended, commandId: $commandId) { ...BookingSessionFields }\n  }\n": types.RecordBookingAttendanceDocument,
    "\n  mutation SetBookingVideoLink($id: ID!, $videoLink: String!, $commandId: ID!) {\n    setBookingVideoLink(id: $id, videoLink: $videoLink, commandId: $commandId) { ...BookingSessionFields }\n  }\n": types.SetBookingVideoLinkDocument,
    "\n  query BookingFigures($from: String!, $to: String!) {\n    bookingFigures(from: $from, to: $to) {\n      from\n      to\n      sessions\n      attended\n      noShows\n      routedElsewhere\n      cancelled\n      requestsWaiting\n      byTopic { ...BookingFigureRowFields }\n      byBranch { ...BookingFigureRowFields }\n      byMode { ...BookingFigureRowFields }\n      byDay { day sessions noShows routedElsewhere }\n    }\n  }\n": types.BookingFiguresDocument,
    "\n  query BookingStaffCandidates { bookingStaffCandidates { id displayName enrolled } }\n": types.BookingStaffCandidatesDocument,
    "\n  mutation EnrolBookingExpert($staffId: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    enrolBookingExpert(staffId: $staffId, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n": types.EnrolBookingExpertDocument,
    "\n  mutation UpdateBookingExpert($id: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    updateBookingExpert(id: $id, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n": types.UpdateBookingExpertDocument,
    "\n  mutation SetBookingExpertAvailability($id: ID!, $weekly: [BookingWeeklyHoursInput!]!, $commandId: ID!) {\n    setBookingExpertAvailability(id: $id, weekly: $weekly, commandId: $commandId) { ...BookingExpertFields }\n  }\n": types.SetBookingExpertAvailabilityDocument,
    "\n  mutation AddBookingExpertAbsence($id: ID!, $kind: BookingAbsenceKind!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingExpertAbsence(id: $id, kind: $kind, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingExpertFields }\n  }\n": types.AddBookingExpertAbsenceDocument,
    "\n  mutation RemoveBookingExpertAbsence($id: ID!, $absenceId: ID!, $commandId: ID!) {\n    removeBookingExpertAbsence(id: $id, absenceId: $absenceId, commandId: $commandId) { ...BookingExpertFields }\n  }\n": types.RemoveBookingExpertAbsenceDocument,
    "\n  mutation OpenBookingBranch($id: ID, $input: BookingBranchInput!, $commandId: ID!) {\n    openBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n": types.OpenBookingBranchDocument,
    "\n  mutation UpdateBookingBranch($id: ID!, $input: BookingBranchInput!, $commandId: ID!) {\n    updateBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n": types.UpdateBookingBranchDocument,
    "\n  mutation AddBookingBranchClosure($id: ID!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingBranchClosure(id: $id, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingBranchFields }\n  }\n": types.AddBookingBranchClosureDocument,
    "\n  query BookingRules {\n    bookingBranches {\n      id\n      rules { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      closures { id from to note }\n    }\n  }\n": types.BookingRulesDocument,
    "\n  mutation SetBookingBranchRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingBranchRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n": types.SetBookingBranchRulesDocument,
    "\n  query BookingTopicRules {\n    bookingTopics {\n      id\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n    }\n  }\n": types.BookingTopicRulesDocument,
    "\n  mutation DefineBookingTopic($id: ID, $name: BookingNamesInput!, $commandId: ID!) {\n    defineBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n": types.DefineBookingTopicDocument,
    "\n  mutation UpdateBookingTopic($id: ID!, $name: BookingNamesInput!, $commandId: ID!) {\n    updateBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n": types.UpdateBookingTopicDocument,
    "\n  mutation SetBookingTopicRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingTopicRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n": types.SetBookingTopicRulesDocument,
    "\n  mutation CloseBookingRequest($id: ID!, $note: String!, $commandId: ID!) {\n    closeBookingRequest(id: $id, note: $note, commandId: $commandId) { ...BookingRequestFields }\n  }\n": types.CloseBookingRequestDocument,
    "\n  fragment CallRowFields on Call {\n    id\n    source\n    direction\n    state\n    from { raw e164 }\n    to { raw e164 }\n    counterpart { raw e164 }\n    queue\n    ringing { id name }\n    answeredBy { id name }\n    takenBy { id name }\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    outcome\n    cause\n    wrapUp { topic outcome requesterType at by { id name } }\n    callback { callId state }\n    caller { id name organisation { id name } }\n  }\n": types.CallRowFieldsFragmentDoc,
    "\n  fragment CallerFields on Customer {\n    id\n    kind\n    name\n    organisation { id name }\n    openTickets { id number subject status }\n    registrations { id version deviceSerial product { key name } }\n  }\n": types.CallerFieldsFragmentDoc,
    "\n  fragment CallFields on Call {\n    ...CallRowFields\n    caller { ...CallerFields }\n    notes { id text at author { id name } }\n    tickets { ticketId mode at ticket { id number subject status } }\n  }\n": types.CallFieldsFragmentDoc,
    "\n  fragment CallbackAttemptFields on CallbackAttempt {\n    id\n    outcome\n    note\n    at\n    by { id name }\n  }\n": types.CallbackAttemptFieldsFragmentDoc,
    "\n  fragment CallbackFields on Callback {\n    callId\n    state\n    number { raw e164 }\n    reason\n    queuedAt\n    completedAt\n    assignee { id name }\n    attempts { ...CallbackAttemptFields }\n    call { id direction startedAt to { raw e164 } caller { ...CallerFields } }\n  }\n": types.CallbackFieldsFragmentDoc,
    "\n  fragment CallListFields on CallList {\n    id\n    name\n    description\n    createdAt\n    createdBy { id name }\n    doneCount\n    entries { id label reference done number { raw e164 } attempts { ...CallbackAttemptFields } }\n  }\n": types.CallListFieldsFragmentDoc,
    "\n  query Calls($filter: CallFilter) {\n    calls(filter: $filter) {\n      nodes { ...CallRowFields }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n": types.CallsDocument,
    "\n  query LiveCalls {\n    calls(filter: { view: LIVE, first: 200 }) { nodes { ...CallFields } }\n  }\n": types.LiveCallsDocument,
    "\n  query Call($id: ID!) { call(id: $id) { ...CallFields } }\n": types.CallDocument,
    "\n  subscription CallsChanged { callsChanged { ...CallFields } }\n": types.CallsChangedDocument,
    "\n  mutation TakeCall($callId: ID!, $commandId: ID!) { takeCall(callId: $callId, commandId: $commandId) { ...CallFields } }\n": types.TakeCallDocument,
    "\n  mutation NoteCall($callId: ID!, $text: String!, $commandId: ID!) {\n    noteCall(callId: $callId, text: $text, commandId: $commandId) { ...CallFields }\n  }\n": types.NoteCallDocument,
    "\n  mutation WrapUpCall($input: WrapUpCallInput!, $commandId: ID!) {\n    wrapUpCall(input: $input, commandId: $commandId) { ...CallFields }\n  }\n": types.WrapUpCallDocument,
    "\n  mutation LogCall($input: LogCallInput!, $commandId: ID!) { logCall(input: $input, commandId: $commandId) { ...CallFields } }\n": types.LogCallDocument,
    "\n  query CallTicketByNumber($number: Int!) { ticket(number: $number) { id number subject status } }\n": types.CallTicketByNumberDocument,
    "\n  query CallbackQueue { callbackQueue { ...CallbackFields } }\n": types.CallbackQueueDocument,
    "\n  mutation AssignCallback($callId: ID!, $staffId: ID!, $commandId: ID!) {\n    assignCallback(callId: $callId, staffId: $staffId, commandId: $commandId) { ...CallbackFields }\n  }\n": types.AssignCallbackDocument,
    "\n  mutation RecordCallbackAttempt($callId: ID!, $outcome: CallbackAttemptOutcome!, $note: String, $commandId: ID!) {\n    recordCallbackAttempt(callId: $callId, outcome: $outcome, note: $note, commandId: $commandId) { ...CallbackFields }\n  }\n": types.RecordCallbackAttemptDocument,
    "\n  mutation CompleteCallback($callId: ID!, $commandId: ID!) {\n    completeCallback(callId: $callId, commandId: $commandId) { ...CallbackFields }\n  }\n": types.CompleteCallbackDocument,
    "\n  query CallLists { callLists { ...CallListFields } }\n": types.CallListsDocument,
    "\n  mutation CreateCallList($input: CreateCallListInput!, $commandId: ID!) {\n    createCallList(input: $input, commandId: $commandId) { ...CallListFields }\n  }\n": types.CreateCallListDocument,
    "\n  mutation RecordCallListAttempt(\n    $listId: ID!\n    $entryId: ID!\n    $outcome: CallbackAttemptOutcome!\n    $note: String\n    $done: Boolean\n    $commandId: ID!\n  ) {\n    recordCallListAttempt(\n      listId: $listId\n      entryId: $entryId\n      outcome: $outcome\n      note: $note\n      done: $done\n      commandId: $commandId\n    ) { ...CallListFields }\n  }\n": types.RecordCallListAttemptDocument,
    "\n  query CtiSettings { ctiSettings { webhookUrl token fromEnvironment } }\n": types.CtiSettingsDocument,
    "\n  mutation RotateCtiToken($commandId: ID!) { rotateCtiToken(commandId: $commandId) { webhookUrl token fromEnvironment } }\n": types.RotateCtiTokenDocument,
    "\n  fragment ChatSummaryFields on Chat {\n    id\n    status\n    departmentId\n    visitor { name email }\n    firstWords\n    requestedAt\n    waitingSince\n    acceptedAt\n    closedAt\n    closedBy\n    closeReason\n    agent { id name }\n    rating { score good comment ratedAt }\n  }\n": types.ChatSummaryFieldsFragmentDoc,
    "\n  fragment TranscriptEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind id name }\n    text\n    at\n    notice\n    subject { kind id name }\n    staffNote\n    clientMessageId\n    mentions { id name }\n  }\n": types.TranscriptEntryFieldsFragmentDoc,
    "\n  fragment ChatWithTranscriptFields on Chat {\n    ...ChatSummaryFields\n    transcript { ...TranscriptEntryFields }\n  }\n": types.ChatWithTranscriptFieldsFragmentDoc,
    "\n  fragment OfflineQuestionFields on OfflineQuestion {\n    id\n    departmentId\n    visitor { name email }\n    question\n    firstWords\n    askedAt\n    status\n    answeredBy { id name }\n    answer\n    answeredAt\n    mailId\n  }\n": types.OfflineQuestionFieldsFragmentDoc,
    "\n  fragment SavedReplyFields on SavedReply {\n    id\n    departmentId\n    title\n    text\n    updatedAt\n    updatedBy { id name }\n  }\n": types.SavedReplyFieldsFragmentDoc,
    "\n  query ChatDepartments { departments { ...DepartmentFields } }\n": types.ChatDepartmentsDocument,
    "\n  query PendingChats { pendingChats { ...ChatSummaryFields } }\n": types.PendingChatsDocument,
    "\n  subscription ChatQueueChanged { chatQueueChanged { departmentId chats { ...ChatSummaryFields } } }\n": types.ChatQueueChangedDocument,
    "\n  query MyChats { myChats { ...ChatWithTranscriptFields } }\n": types.MyChatsDocument,
    "\n  query Chat($id: ID!) { chat(id: $id) { ...ChatWithTranscriptFields } }\n": types.ChatDocument,
    "\n  mutation AcceptChat($chatId: ID!) { acceptChat(chatId: $chatId) { ...ChatWithTranscriptFields } }\n": types.AcceptChatDocument,
    "\n  mutation SendMessage($chatId: ID!, $clientMessageId: ID!, $text: String!) {\n    sendMessage(chatId: $chatId, clientMessageId: $clientMessageId, text: $text) { ...TranscriptEntryFields }\n  }\n": types.SendMessageDocument,
    "\n  mutation TransferChat($chatId: ID!, $to: TransferTargetInput!, $note: String, $commandId: ID!) {\n    transferChat(chatId: $chatId, to: $to, note: $note, commandId: $commandId) { ...ChatSummaryFields }\n  }\n": types.TransferChatDocument,
    "\n  mutation CloseChat($chatId: ID!, $reason: String!, $commandId: ID!) {\n    closeChat(chatId: $chatId, reason: $reason, commandId: $commandId) { ...ChatSummaryFields }\n  }\n": types.CloseChatDocument,
    "\n  mutation SetTyping($chatId: ID!, $typing: Boolean!) { setTyping(chatId: $chatId, typing: $typing) }\n": types.SetTypingDocument,
    "\n  subscription ChatActivity($chatId: ID!) {\n    chatActivity(chatId: $chatId) { chat { ...ChatSummaryFields } entry { ...TranscriptEntryFields } }\n  }\n": types.ChatActivityDocument,
    "\n  subscription ChatTyping($chatId: ID!) { chatTyping(chatId: $chatId) { chatId by name typing at } }\n": types.ChatTypingDocument,
    "\n  query OfflineQuestions($status: OfflineQuestionStatus) { offlineQuestions(status: $status) { ...OfflineQuestionFields } }\n": types.OfflineQuestionsDocument,
    "\n  mutation AnswerOfflineQuestion($questionId: ID!, $answer: String!, $commandId: ID!) {\n    answerOfflineQuestion(questionId: $questionId, answer: $answer, commandId: $commandId) { ...OfflineQuestionFields }\n  }\n": types.AnswerOfflineQuestionDocument,
    "\n  query VisitorHistory($email: String!) {\n    visitorHistory(email: $email) { email chats { ...ChatSummaryFields } questions { ...OfflineQuestionFields } }\n  }\n": types.VisitorHistoryDocument,
    "\n  query SavedReplies($departmentId: ID!) { savedReplies(departmentId: $departmentId) { ...SavedReplyFields } }\n": types.SavedRepliesDocument,
    "\n  mutation SaveSavedReply($departmentId: ID!, $replyId: ID, $title: String!, $text: String!, $commandId: ID!) {\n    saveSavedReply(departmentId: $departmentId, replyId: $replyId, title: $title, text: $text, commandId: $commandId) {\n      ...SavedReplyFields\n    }\n  }\n": types.SaveSavedReplyDocument,
    "\n  mutation RemoveSavedReply($departmentId: ID!, $replyId: ID!, $commandId: ID!) {\n    removeSavedReply(departmentId: $departmentId, replyId: $replyId, commandId: $commandId)\n  }\n": types.RemoveSavedReplyDocument,
    "\n  subscription ChatHandedToMe { chatHandedToMe { chat { ...ChatSummaryFields } by { id name } note } }\n": types.ChatHandedToMeDocument,
    "\n  subscription ChatMentions { chatMentions { chatId departmentId visitorName by { id name } note { ...TranscriptEntryFields } } }\n": types.ChatMentionsDocument,
    "\n  subscription OfflineQuestionChanged { offlineQuestionChanged { question { ...OfflineQuestionFields } } }\n": types.OfflineQuestionChangedDocument,
    "\n  mutation AddChatNote($chatId: ID!, $clientNoteId: ID!, $text: String!, $mentionIds: [ID!]) {\n    addChatNote(chatId: $chatId, clientNoteId: $clientNoteId, text: $text, mentionIds: $mentionIds) { ...TranscriptEntryFields }\n  }\n": types.AddChatNoteDocument,
    "\n  query ChatMentionCandidates($chatId: ID!) { chatMentionCandidates(chatId: $chatId) { id name } }\n": types.ChatMentionCandidatesDocument,
    "\n  query ChatArchive($filter: ChatArchiveFilter, $offset: Int, $limit: Int) {\n    chatArchive(filter: $filter, offset: $offset, limit: $limit) { total nextOffset hits { excerpt chat { ...ChatSummaryFields } } }\n  }\n": types.ChatArchiveDocument,
    "\n  fragment CustomerRefFields on Customer {\n    id\n    kind\n    organisationType\n    name\n  }\n": types.CustomerRefFieldsFragmentDoc,
    "\n  fragment CustomerHitFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    requesterType\n    mergedInto { id name }\n  }\n": types.CustomerHitFieldsFragmentDoc,
    "\n  fragment ProductFields on Product {\n    key\n    name\n    versions { version releasedOn }\n    deviceSerialFormat\n    activationSerialFormat\n    deviceSerialExample\n    activationSerialExample\n    registrationCount\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  fragment RegistrationFields on ProductRegistration {\n    id\n    product { key name }\n    version\n    deviceSerial\n    activationSerial\n    registeredAt\n    withdrawnAt\n    withdrawnReason\n  }\n": types.RegistrationFieldsFragmentDoc,
    "\n  fragment CustomerFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    language\n    preferredContact\n    requesterType\n    organisation { ...CustomerRefFields }\n    members { ...CustomerRefFields }\n    mergedInto { ...CustomerRefFields }\n    mergedFrom { ...CustomerRefFields }\n    createdAt\n    updatedAt\n    revision\n    registrations(includeWithdrawn: true) { ...RegistrationFields }\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  fragment CustomerTimelineEntryFields on CustomerTimelineEntry {\n    id\n    kind\n    refId\n    ticketNumber\n    at\n    updatedAt\n    summary\n    state\n    via\n  }\n": types.CustomerTimelineEntryFieldsFragmentDoc,
    "\n  query CustomerSearch($query: String, $kind: CustomerKind, $first: Int, $after: String) {\n    customers(query: $query, kind: $kind, first: $first, after: $after) {\n      edges { matchedBy node { ...CustomerHitFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n": types.CustomerSearchDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": types.CustomerDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        entries { ...CustomerTimelineEntryFields }\n        pageInfo { endCursor hasNextPage }\n        totalCount\n      }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) { fileName json }\n  }\n": types.CustomerExportDocument,
    "\n  mutation RecordCustomer($input: CustomerInput!, $commandId: ID!) {\n    recordCustomer(input: $input, commandId: $commandId) { ...CustomerFields }\n  }\n": types.RecordCustomerDocument,
    "\n  mutation ChangeCustomer($id: ID!, $input: CustomerDetailsInput!, $expectedRevision: Int, $commandId: ID!) {\n    changeCustomer(id: $id, input: $input, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": types.ChangeCustomerDocument,
    "\n  mutation AddContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    addContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": types.AddContactPointDocument,
    "\n  mutation RemoveContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    removeContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": types.RemoveContactPointDocument,
    "\n  mutation MergeCustomers($survivorId: ID!, $duplicateId: ID!, $commandId: ID!) {\n    mergeCustomers(survivorId: $survivorId, duplicateId: $duplicateId, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  mutation RegisterProduct($input: RegisterProductInput!, $commandId: ID!) {\n    registerProduct(input: $input, commandId: $commandId) { ...RegistrationFields }\n  }\n": types.RegisterProductDocument,
    "\n  mutation WithdrawRegistration($registrationId: ID!, $reason: String, $commandId: ID!) {\n    withdrawRegistration(registrationId: $registrationId, reason: $reason, commandId: $commandId) {\n      ...RegistrationFields\n    }\n  }\n": types.WithdrawRegistrationDocument,
    "\n  query Products {\n    products { ...ProductFields }\n  }\n": types.ProductsDocument,
    "\n  mutation DefineProduct($input: ProductInput!, $commandId: ID!) {\n    defineProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n": types.DefineProductDocument,
    "\n  mutation ChangeProduct($input: ProductInput!, $commandId: ID!) {\n    changeProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n": types.ChangeProductDocument,
    "\n  mutation AddProductVersion($productKey: ID!, $version: String!, $releasedOn: String, $commandId: ID!) {\n    addProductVersion(productKey: $productKey, version: $version, releasedOn: $releasedOn, commandId: $commandId) {\n      ...ProductFields\n    }\n  }\n": types.AddProductVersionDocument,
    "\n  query TicketCustomer($id: ID!) {\n    ticket(id: $id) {\n      id\n      customer { ...CustomerHitFields }\n      registrations { ...RegistrationFields }\n    }\n  }\n": types.TicketCustomerDocument,
    "\n  fragment ArticleEditorFields on ArticleEditor {\n    staffId\n    displayName\n  }\n": types.ArticleEditorFieldsFragmentDoc,
    "\n  fragment ArticleContentFields on ArticleRevision {\n    slug\n    locale\n    translationGroup\n    title\n    body\n    products { product versions }\n    stage\n    errorCodes\n    symptoms\n    tags\n  }\n": types.ArticleContentFieldsFragmentDoc,
    "\n  fragment ArticleRevisionFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    ...ArticleContentFields\n  }\n": types.ArticleRevisionFieldsFragmentDoc,
    "\n  fragment ArticleHistoryEntryFields on ArticleHistoryEntry {\n    kind\n    revision\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n  }\n": types.ArticleHistoryEntryFieldsFragmentDoc,
    "\n  fragment ArticleRevisionSummaryFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    title\n  }\n": types.ArticleRevisionSummaryFieldsFragmentDoc,
    "\n  fragment EditableArticleFields on EditableArticle {\n    id\n    status\n    publishedRevision\n    reviewRevision\n    updatedAt\n    latest { ...ArticleRevisionFields }\n    history { ...ArticleHistoryEntryFields }\n    revisions { ...ArticleRevisionSummaryFields }\n  }\n": types.EditableArticleFieldsFragmentDoc,
    "\n  fragment ArticleListEntryFields on EditableArticle {\n    id\n    status\n    updatedAt\n    publishedRevision\n    latest {\n      revision\n      locale\n      slug\n      title\n      translationGroup\n      errorCodes\n      stage\n      products { product versions }\n      by { ...ArticleEditorFields }\n    }\n  }\n": types.ArticleListEntryFieldsFragmentDoc,
    "\n  fragment ArticleDiffFields on ArticleDiff {\n    fromRevision\n    toRevision\n    fields { field parts { kind text } }\n  }\n": types.ArticleDiffFieldsFragmentDoc,
    "\n  fragment PublicArticleSnapshotFields on Article {\n    id\n    locale\n    slug\n    title\n    bodyHtml\n    revision\n    publishedAt\n    firstPublishedAt\n  }\n": types.PublicArticleSnapshotFieldsFragmentDoc,
    "\n  fragment KnowledgeBaseQuestionFields on KnowledgeBaseQuestion {\n    id\n    question\n    locale\n    name\n    email\n    articleId\n    searchQuery\n    at\n    answer { text by at mailId }\n  }\n": types.KnowledgeBaseQuestionFieldsFragmentDoc,
    "\n  fragment UnansweredSearchFields on UnansweredSearch {\n    query\n    normalizedQuery\n    locale\n    count\n    firstAt\n    lastAt\n  }\n": types.UnansweredSearchFieldsFragmentDoc,
    "\n  query EditableArticles($first: Int!) {\n    editableArticles(first: $first) { ...ArticleListEntryFields }\n  }\n": types.EditableArticlesDocument,
    "\n  query EditableArticle($id: ID!) { editableArticle(id: $id) { ...EditableArticleFields } }\n": types.EditableArticleDocument,
    "\n  query ArticleDiff($id: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    articleDiff(id: $id, fromRevision: $fromRevision, toRevision: $toRevision) { ...ArticleDiffFields }\n  }\n": types.ArticleDiffDocument,
    "\n  query ArticleAsPublishedAt($id: ID!, $at: String!) {\n    articleAsPublishedAt(id: $id, at: $at) { ...PublicArticleSnapshotFields }\n  }\n": types.ArticleAsPublishedAtDocument,
    "\n  query VisitorInbox($first: Int!) {\n    knowledgeBaseQuestions(first: $first) { ...KnowledgeBaseQuestionFields }\n    unansweredSearches(first: $first) { ...UnansweredSearchFields }\n  }\n": types.VisitorInboxDocument,
    "\n  mutation AnswerKnowledgeBaseQuestion($id: ID!, $answer: String!, $commandId: ID!) {\n    answerKnowledgeBaseQuestion(id: $id, answer: $answer, commandId: $commandId) { ...KnowledgeBaseQuestionFields }\n  }\n": types.AnswerKnowledgeBaseQuestionDocument,
    "\n  mutation DraftArticle($input: ArticleInput!, $commandId: ID!) {\n    draftArticle(input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n": types.DraftArticleDocument,
    "\n  mutation ReviseArticle($id: ID!, $baseRevision: Int!, $input: ArticleInput!, $commandId: ID!) {\n    reviseArticle(id: $id, baseRevision: $baseRevision, input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n": types.ReviseArticleDocument,
    "\n  mutation SubmitArticleForReview($id: ID!, $revision: Int!, $commandId: ID!) {\n    submitArticleForReview(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n": types.SubmitArticleForReviewDocument,
    "\n  mutation PublishArticle($id: ID!, $revision: Int!, $commandId: ID!) {\n    publishArticle(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n": types.PublishArticleDocument,
    "\n  mutation UnpublishArticle($id: ID!, $commandId: ID!) {\n    unpublishArticle(id: $id, commandId: $commandId) { ...EditableArticleFields }\n  }\n": types.UnpublishArticleDocument,
    "\n  mutation RestoreArticleRevision($id: ID!, $baseRevision: Int!, $fromRevision: Int!, $commandId: ID!) {\n    restoreArticleRevision(id: $id, baseRevision: $baseRevision, fromRevision: $fromRevision, commandId: $commandId) {\n      ...EditableArticleFields\n    }\n  }\n": types.RestoreArticleRevisionDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name { fa en ja vi }\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  fragment StaffMemberFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    departments { ...DepartmentFields }\n    presence\n    onlineSince\n  }\n": types.StaffMemberFieldsFragmentDoc,
    "\n  fragment BoardDepartmentFields on DepartmentPresence {\n    department { ...DepartmentFields }\n    agents { id displayName presence onlineSince }\n  }\n": types.BoardDepartmentFieldsFragmentDoc,
    "\n  query Me { me { ...StaffMemberFields } }\n": types.MeDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      staff { ...StaffMemberFields }\n      secondStep { challenge expiresAt }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {\n    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }\n  }\n": types.SetPresenceDocument,
    "\n  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }\n": types.OnlineAgentsDocument,
    "\n  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }\n": types.PresenceChangedDocument,
    "\n  fragment OutboxMailFields on OutboxMail {\n    id\n    to\n    subject\n    purpose { kind id }\n    state\n    queuedAt\n    attempts\n    maxAttempts\n    nextAttemptAt\n    lastError\n    sentAt\n    transport\n    deliveryDetail\n  }\n": types.OutboxMailFieldsFragmentDoc,
    "\n  query OutboxMails($state: MailDeliveryState, $limit: Int) {\n    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }\n  }\n": types.OutboxMailsDocument,
    "\n  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }\n": types.OutboxMailChangedDocument,
    "\n  fragment PatronFoundFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    lockedUntil\n  }\n": types.PatronFoundFieldsFragmentDoc,
    "\n  fragment PatronNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n    problem\n  }\n": types.PatronNoticeFieldsFragmentDoc,
    "\n  fragment PatronAccountFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    phone\n    registeredAt\n    lockedUntil\n    failedSignInsInRow\n    hasPassword\n    preferences {\n      contact { kind method }\n      pickUpBranch { id name { fa en ja vi } }\n    }\n    notices { ...PatronNoticeFields }\n    reservations { id title itemKind status placedAt holdUntil pickUpBranch { id name { fa en ja vi } } }\n    loans { id title itemKind dueAt renewed overdue returnedAt }\n  }\n": types.PatronAccountFieldsFragmentDoc,
    "\n  query FindAccounts($query: String!) { findAccounts(query: $query) { ...PatronFoundFields } }\n": types.FindAccountsDocument,
    "\n  query PatronAccount($id: ID!) { account(id: $id) { ...PatronAccountFields } }\n": types.PatronAccountDocument,
    "\n  mutation SetAccountPasswordAtDesk($accountId: ID!, $password: String!, $commandId: ID!) {\n    setAccountPasswordAtDesk(accountId: $accountId, password: $password, commandId: $commandId) {\n      ...PatronAccountFields\n    }\n  }\n": types.SetAccountPasswordAtDeskDocument,
    "\n  mutation UnlockAccount($accountId: ID!, $commandId: ID!) {\n    unlockAccount(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n": types.UnlockAccountDocument,
    "\n  mutation ErasePerson($accountId: ID!, $commandId: ID!) {\n    erasePerson(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n": types.ErasePersonDocument,
    "\n  query AccountDataExport($id: ID!) { accountDataExport(id: $id) }\n": types.AccountDataExportDocument,
    "\n  query StaffSignInOptions { staffSignInOptions { oidc oidcStartUrl } }\n": types.StaffSignInOptionsDocument,
    "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) { token staff { ...StaffMemberFields } }\n  }\n": types.CompleteSignInDocument,
    "\n  fragment StaffSessionFields on StaffSession {\n    id\n    startedAt\n    expiresAt\n    lastSeenAt\n    address\n    userAgent\n    method\n    current\n  }\n": types.StaffSessionFieldsFragmentDoc,
    "\n  query MySecurity {\n    me { id twoFactor { enabled enabledAt recoveryCodesLeft } }\n    mySessions { ...StaffSessionFields }\n  }\n": types.MySecurityDocument,
    "\n  mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCode } }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) { confirmTwoFactor(code: $code) }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) { disableTwoFactor(code: $code) { id } }\n": types.DisableTwoFactorDocument,
    "\n  mutation RevokeSession($sessionId: ID!) { revokeSession(sessionId: $sessionId) }\n": types.RevokeSessionDocument,
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!, $commandId: ID!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword, commandId: $commandId)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  fragment StaffAccessFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    twoFactor { enabled enabledAt recoveryCodesLeft }\n  }\n": types.StaffAccessFieldsFragmentDoc,
    "\n  query StaffAccess { staffMembers { ...StaffAccessFields } }\n": types.StaffAccessDocument,
    "\n  query StaffSessions($staffId: ID!) { staffSessions(staffId: $staffId) { ...StaffSessionFields } }\n": types.StaffSessionsDocument,
    "\n  mutation DisableStaffTwoFactor($staffId: ID!) { disableStaffTwoFactor(staffId: $staffId) { ...StaffAccessFields } }\n": types.DisableStaffTwoFactorDocument,
    "\n  fragment SecurityLogEntryFields on SecurityLogEntry {\n    id\n    at\n    day\n    kind\n    subject\n    person\n    address\n    userAgent\n    method\n    step\n    until\n    by\n    roles\n  }\n": types.SecurityLogEntryFieldsFragmentDoc,
    "\n  query SecurityLog($filter: SecurityLogFilter, $offset: Int, $first: Int) {\n    securityLog(filter: $filter, offset: $offset, first: $first) { total entries { ...SecurityLogEntryFields } }\n  }\n": types.SecurityLogDocument,
    "\n  fragment ChatOverviewFields on ChatOverview {\n    waiting { ...ChatSummaryFields }\n    active { ...ChatSummaryFields }\n    agents { agent { id name } online departmentIds activeChats }\n  }\n": types.ChatOverviewFieldsFragmentDoc,
    "\n  fragment DailyChatFiguresFields on DailyChatFigures {\n    day\n    chatsStarted\n    chatsAnswered\n    chatsMissed\n    offlineQuestions\n    offlineQuestionsAnswered\n    medianWaitSeconds\n    medianFirstResponseSeconds\n    chatsAbandoned\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": types.DailyChatFiguresFieldsFragmentDoc,
    "\n  query ChatOverview { chatOverview { ...ChatOverviewFields } }\n": types.ChatOverviewDocument,
    "\n  query ChatDailyFigures($from: String!, $to: String!) {\n    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }\n  }\n": types.ChatDailyFiguresDocument,
    "\n  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }\n": types.ChatOverviewChangedDocument,
    "\n  subscription ChatFiguresChanged { chatFiguresChanged }\n": types.ChatFiguresChangedDocument,
    "\n  fragment AgentChatFiguresFields on AgentChatFigures {\n    agent { id name }\n    chatsAnswered\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": types.AgentChatFiguresFieldsFragmentDoc,
    "\n  query ChatAgentFigures($from: String!, $to: String!) {\n    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }\n  }\n": types.ChatAgentFiguresDocument,
    "\n  query DeskCalendar { deskCalendar { timeZone today } }\n": types.DeskCalendarDocument,
    "\n  fragment TicketRefFields on TicketRef {\n    id\n    number\n    subject\n    status\n  }\n": types.TicketRefFieldsFragmentDoc,
    "\n  fragment TicketSlaFields on TicketSlaTarget {\n    metric\n    state\n    dueAt\n    settledAt\n    businessMinutesLeft\n  }\n": types.TicketSlaFieldsFragmentDoc,
    "\n  fragment TicketRowFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    channel\n    requester { name email emailUndeliverable }\n    requesterType\n    department { ...DepartmentFields }\n    assignee { id name }\n    tags\n    openedAt\n    updatedAt\n    preview\n    messageCount\n    nextDueAt\n    revision\n    mergedInto { ...TicketRefFields }\n    sla { ...TicketSlaFields }\n  }\n": types.TicketRowFieldsFragmentDoc,
    "\n  fragment TicketAttachmentFields on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n": types.TicketAttachmentFieldsFragmentDoc,
    "\n  fragment TicketTimelineEntryFields on TicketTimelineEntry {\n    id\n    kind\n    at\n    actor { kind id name }\n    text\n    attachments { ...TicketAttachmentFields }\n    via\n    delivery { state to mailId detail }\n    mentions { id name }\n    status\n    previousStatus\n    priority\n    department { ...DepartmentFields }\n    assignee { id name }\n    automatic\n    tagsAdded\n    tagsRemoved\n    fields { key value }\n    otherTicket { ...TicketRefFields }\n    linkKind\n    slaMetric\n    fromTicket { ...TicketRefFields }\n    detail\n    articleId\n  }\n": types.TicketTimelineEntryFieldsFragmentDoc,
    "\n  fragment TicketFields on Ticket {\n    ...TicketRowFields\n    requester { name email phone language contactMethod emailUndeliverable customerId }\n    product\n    version\n    fields { key value }\n    firstResponseAt\n    solvedAt\n    closedAt\n    links { kind ticket { ...TicketRefFields } }\n    timeline { ...TicketTimelineEntryFields }\n  }\n": types.TicketFieldsFragmentDoc,
    "\n  fragment SavedTicketViewFields on SavedTicketView {\n    id\n    name\n    count\n    filter {\n      statuses\n      priorities\n      channels\n      departmentIds\n      assigneeId\n      unassigned\n      tags\n      requesterType\n      query\n    }\n  }\n": types.SavedTicketViewFieldsFragmentDoc,
    "\n  query Tickets($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...TicketRowFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n": types.TicketsDocument,
    "\n  query TicketViews {\n    ticketViewCounts { view count }\n    savedTicketViews { ...SavedTicketViewFields }\n  }\n": types.TicketViewsDocument,
    "\n  query Ticket($id: ID, $number: Int) { ticket(id: $id, number: $number) { ...TicketFields } }\n": types.TicketDocument,
    "\n  query TicketAgents($departmentId: ID!) { ticketAgents(departmentId: $departmentId) { id username displayName } }\n": types.TicketAgentsDocument,
    "\n  subscription TicketsChanged { ticketsChanged { kind ticket { ...TicketRowFields } } }\n": types.TicketsChangedDocument,
    "\n  subscription TicketChanged($id: ID!) { ticketChanged(id: $id) { ...TicketFields } }\n": types.TicketChangedDocument,
    "\n  mutation SaveTicketView($viewId: ID, $view: SavedTicketViewInput!, $commandId: ID!) {\n    saveTicketView(viewId: $viewId, view: $view, commandId: $commandId) { ...SavedTicketViewFields }\n  }\n": types.SaveTicketViewDocument,
    "\n  mutation DeleteTicketView($viewId: ID!, $commandId: ID!) { deleteTicketView(viewId: $viewId, commandId: $commandId) }\n": types.DeleteTicketViewDocument,
    "\n  mutation BulkUpdateTickets($ticketIds: [ID!]!, $change: BulkTicketChange!, $commandId: ID!) {\n    bulkUpdateTickets(ticketIds: $ticketIds, change: $change, commandId: $commandId) {\n      updated { ...TicketRowFields }\n      failed { ticketId reason message }\n    }\n  }\n": types.BulkUpdateTicketsDocument,
    "\n  mutation ReplyToTicket(\n    $ticketId: ID!\n    $text: String!\n    $attachments: [ID!]\n    $status: TicketStatus\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    replyToTicket(\n      ticketId: $ticketId\n      text: $text\n      attachments: $attachments\n      status: $status\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": types.ReplyToTicketDocument,
    "\n  mutation AddTicketNote($ticketId: ID!, $text: String!, $commandId: ID!) {\n    addTicketNote(ticketId: $ticketId, text: $text, commandId: $commandId) { ...TicketFields }\n  }\n": types.AddTicketNoteDocument,
    "\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n": types.ChangeTicketStatusDocument,
    "\n  mutation ChangeTicketPriority($ticketId: ID!, $priority: TicketPriority!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketPriority(\n      ticketId: $ticketId\n      priority: $priority\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": types.ChangeTicketPriorityDocument,
    "\n  mutation AssignTicket($ticketId: ID!, $departmentId: ID!, $agentId: ID, $expectedRevision: Int, $commandId: ID!) {\n    assignTicket(\n      ticketId: $ticketId\n      departmentId: $departmentId\n      agentId: $agentId\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation TagTicket($ticketId: ID!, $add: [String!], $remove: [String!], $commandId: ID!) {\n    tagTicket(ticketId: $ticketId, add: $add, remove: $remove, commandId: $commandId) { ...TicketFields }\n  }\n": types.TagTicketDocument,
    "\n  mutation SetTicketFields($ticketId: ID!, $fields: [TicketFieldInput!]!, $expectedRevision: Int, $commandId: ID!) {\n    setTicketFields(ticketId: $ticketId, fields: $fields, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n": types.SetTicketFieldsDocument,
    "\n  mutation MergeTicket($ticketId: ID!, $intoTicketId: ID!, $commandId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId, commandId: $commandId) { ...TicketFields }\n  }\n": types.MergeTicketDocument,
    "\n  mutation LinkTickets($ticketId: ID!, $otherTicketId: ID!, $kind: TicketLinkKind!, $commandId: ID!) {\n    linkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, kind: $kind, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n": types.LinkTicketsDocument,
    "\n  mutation UnlinkTickets($ticketId: ID!, $otherTicketId: ID!, $commandId: ID!) {\n    unlinkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, commandId: $commandId) { ...TicketFields }\n  }\n": types.UnlinkTicketsDocument,
    "\n  fragment FeedbackReportCountFields on FeedbackReportCount {\n    key\n    count\n    product\n  }\n": types.FeedbackReportCountFieldsFragmentDoc,
    "\n  fragment FeedbackReportFields on FeedbackReport {\n    total\n    reporters\n    byKind { ...FeedbackReportCountFields }\n    byChannel { ...FeedbackReportCountFields }\n    bySeverity { ...FeedbackReportCountFields }\n    byProduct { ...FeedbackReportCountFields }\n    byVersion { ...FeedbackReportCountFields }\n    trend { start count byKind { ...FeedbackReportCountFields } }\n    topTopics {\n      topic { id title product kind status answerVersion fixReleased }\n      reporters\n      items\n    }\n    notFound { query normalizedQuery language count lastAt }\n    satisfaction { answers average distribution trend { start answers average } }\n    from\n    to\n    today\n    bucket\n    timeZone\n    definitionVersion\n    rebuilding\n  }\n": types.FeedbackReportFieldsFragmentDoc,
    "\n  fragment FeedbackReportDefinitionFields on FeedbackReportDefinition {\n    version\n    kinds { key labels { fa en ja vi } countsAs }\n    sources\n    dismissedCount\n    changedAt\n    appliedVersion\n    rebuilding\n  }\n": types.FeedbackReportDefinitionFieldsFragmentDoc,
    "\n  fragment FeedbackReportItemFields on FeedbackReportItem {\n    id\n    at\n    text\n    channel\n    kind\n    reportKind\n    severity\n    product\n    version\n    build\n    language\n    topicId\n    source {\n      kind\n      chatId\n      ticketId\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n      invitationId\n    }\n    ticketNumber\n    reporter { kind customerId name email phone }\n  }\n": types.FeedbackReportItemFieldsFragmentDoc,
    "\n  query FeedbackReport($filter: FeedbackReportFilter) {\n    feedbackReport(filter: $filter) { ...FeedbackReportFields }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n": types.FeedbackReportDocument,
    "\n  query FeedbackReportItems($filter: FeedbackReportFilter, $first: Int, $after: String) {\n    feedbackReportItems(filter: $filter, first: $first, after: $after) {\n      items { ...FeedbackReportItemFields }\n      total\n      pageInfo { endCursor hasNextPage }\n    }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n": types.FeedbackReportItemsDocument,
    "\n  query FeedbackReportDefinition {\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n  }\n": types.FeedbackReportDefinitionDocument,
    "\n  mutation ChangeFeedbackReportDefinition($input: ChangeFeedbackReportDefinitionInput!) {\n    changeFeedbackReportDefinition(input: $input) { ...FeedbackReportDefinitionFields }\n  }\n": types.ChangeFeedbackReportDefinitionDocument,
    "\n  fragment FeedbackDeliveryFields on FeedbackDelivery {\n    answerId\n    occasion\n    delivered\n    channel\n    mailId\n    ticketId\n    language\n    reason\n    at\n  }\n": types.FeedbackDeliveryFieldsFragmentDoc,
    "\n  fragment FeedbackItemFields on FeedbackItem {\n    id\n    source {\n      kind\n      chatId\n      ticketId\n      ticketNumber\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n    }\n    channel\n    text\n    product\n    version\n    build\n    kind\n    severity\n    tags\n    reporter {\n      kind\n      customerId\n      ticketId\n      name\n      email\n      phone\n    }\n    language\n    capturedAt\n    state\n    dismissal {\n      reason\n      duplicateOf\n      at\n    }\n    topic {\n      id\n      title\n    }\n  }\n": types.FeedbackItemFieldsFragmentDoc,
    "\n  fragment FeedbackAnswerFields on FeedbackAnswer {\n    id\n    status\n    version\n    reason\n    note\n    at\n    fixReleasedAt\n  }\n": types.FeedbackAnswerFieldsFragmentDoc,
    "\n  fragment FeedbackTopicRowFields on FeedbackTopic {\n    id\n    title\n    product\n    kind\n    state\n    openedAt\n    forwardedAt\n    team {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswerFields\n    }\n    itemCount\n    reporterCount\n    deliveredCount\n    undeliverableCount\n  }\n": types.FeedbackTopicRowFieldsFragmentDoc,
    "\n  fragment FeedbackTopicFields on FeedbackTopic {\n    ...FeedbackTopicRowFields\n    items {\n      ...FeedbackItemFields\n      deliveries {\n        ...FeedbackDeliveryFields\n      }\n    }\n  }\n": types.FeedbackTopicFieldsFragmentDoc,
    "\n  query FeedbackQueue($filter: FeedbackQueueFilter) {\n    feedbackQueue(filter: $filter) {\n      nodes {\n        ...FeedbackItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.FeedbackQueueDocument,
    "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      ...FeedbackItemFields\n    }\n  }\n": types.FeedbackItemDocument,
    "\n  query FeedbackSuggestions($itemId: ID!) {\n    feedbackSuggestions(itemId: $itemId) {\n      topics {\n        topic {\n          id\n          title\n          product\n          kind\n          itemCount\n        }\n        score\n      }\n      items {\n        item {\n          id\n          text\n          language\n        }\n        score\n      }\n    }\n  }\n": types.FeedbackSuggestionsDocument,
    "\n  query FeedbackTopics($filter: FeedbackTopicFilter) {\n    feedbackTopics(filter: $filter) {\n      nodes {\n        ...FeedbackTopicRowFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.FeedbackTopicsDocument,
    "\n  query FeedbackTopic($id: ID!) {\n    feedbackTopic(id: $id) {\n      ...FeedbackTopicFields\n    }\n  }\n": types.FeedbackTopicDocument,
    "\n  subscription FeedbackChanged {\n    feedbackChanged {\n      itemId\n      topicId\n    }\n  }\n": types.FeedbackChangedDocument,
    "\n  mutation CaptureFeedback($input: CaptureFeedbackInput!, $commandId: ID!) {\n    captureFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": types.CaptureFeedbackDocument,
    "\n  mutation ClassifyFeedback($itemId: ID!, $input: FeedbackClassificationInput!, $commandId: ID!) {\n    classifyFeedback(itemId: $itemId, input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": types.ClassifyFeedbackDocument,
    "\n  mutation DismissFeedback($itemId: ID!, $reason: FeedbackDismissReason!, $duplicateOf: ID, $commandId: ID!) {\n    dismissFeedback(itemId: $itemId, reason: $reason, duplicateOf: $duplicateOf, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": types.DismissFeedbackDocument,
    "\n  mutation RestoreFeedback($itemId: ID!, $commandId: ID!) {\n    restoreFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": types.RestoreFeedbackDocument,
    "\n  mutation GroupFeedback($input: GroupFeedbackInput!, $commandId: ID!) {\n    groupFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackTopicRowFields\n    }\n  }\n": types.GroupFeedbackDocument,
    "\n  mutation UngroupFeedback($itemId: ID!, $commandId: ID!) {\n    ungroupFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": types.UngroupFeedbackDocument,
    "\n  mutation ForwardFeedbackTopic($topicId: ID!, $teamId: ID, $commandId: ID!) {\n    forwardFeedbackTopic(topicId: $topicId, teamId: $teamId, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n": types.ForwardFeedbackTopicDocument,
    "\n  mutation AnswerFeedbackTopic($topicId: ID!, $input: AnswerFeedbackTopicInput!, $commandId: ID!) {\n    answerFeedbackTopic(topicId: $topicId, input: $input, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n": types.AnswerFeedbackTopicDocument,
    "\n  mutation FileFeedback($input: FileFeedbackInput!, $commandId: ID!) {\n    fileFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n": types.FileFeedbackDocument,
    "\n  mutation RenameFeedbackTopic($topicId: ID!, $title: String!, $commandId: ID!) {\n    renameFeedbackTopic(topicId: $topicId, title: $title, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n": types.RenameFeedbackTopicDocument,
    "\n  fragment ProductTeamFields on ProductTeam {\n    id\n    name\n    products\n    members {\n      staffId\n      name\n    }\n    personalDataGranted\n  }\n": types.ProductTeamFieldsFragmentDoc,
    "\n  query ProductTeams {\n    productTeams {\n      ...ProductTeamFields\n    }\n  }\n": types.ProductTeamsDocument,
    "\n  mutation DefineProductTeam($input: ProductTeamInput!, $commandId: ID!) {\n    defineProductTeam(input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": types.DefineProductTeamDocument,
    "\n  mutation ChangeProductTeam($teamId: ID!, $input: ProductTeamInput!, $commandId: ID!) {\n    changeProductTeam(teamId: $teamId, input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": types.ChangeProductTeamDocument,
    "\n  mutation AddProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    addProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": types.AddProductTeamMemberDocument,
    "\n  mutation RemoveProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    removeProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": types.RemoveProductTeamMemberDocument,
    "\n  mutation GrantTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    grantTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": types.GrantTeamPersonalDataDocument,
    "\n  mutation RevokeTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    revokeTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n": types.RevokeTeamPersonalDataDocument,
    "\n  fragment OperationsVolumesFields on OperationsVolumes {\n    received\n    answered\n    byChannel { channel received answered }\n    byRequesterType { requesterType received answered }\n    matrix { channel requesterType received answered }\n  }\n": types.OperationsVolumesFieldsFragmentDoc,
    "\n  fragment OperationsStaffingFields on OperationsStaffing {\n    agentsOnline\n    personHours\n    personDays\n    handlingHours\n    occupancy\n  }\n": types.OperationsStaffingFieldsFragmentDoc,
    "\n  fragment OperationsSlaFields on OperationsSlaFigure {\n    count\n    averageMinutes\n    withTarget\n    met\n    breached\n    metRate\n  }\n": types.OperationsSlaFieldsFragmentDoc,
    "\n  fragment OperationsServiceLevelsFields on OperationsServiceLevels {\n    callsOffered\n    callsAnswered\n    callsAbandoned\n    answerRate\n    serviceLevelSeconds\n    answeredWithinTarget\n    serviceLevel\n    averageWaitSeconds\n    p90WaitSeconds\n    chatsRequested\n    chatsAccepted\n    chatsAbandoned\n    averageChatWaitSeconds\n    firstResponse { ...OperationsSlaFields }\n    resolution { ...OperationsSlaFields }\n  }\n": types.OperationsServiceLevelsFieldsFragmentDoc,
    "\n  fragment OperationsShiftFields on OperationsShift {\n    key\n    name { fa en ja vi }\n    start\n    end\n  }\n": types.OperationsShiftFieldsFragmentDoc,
    "\n  fragment OperationsDashboardFields on OperationsDashboard {\n    from\n    to\n    granularity\n    timeZone\n    settingsVersion\n    rebuilding\n    volumes { ...OperationsVolumesFields }\n    staffing { ...OperationsStaffingFields }\n    serviceLevels { ...OperationsServiceLevelsFields }\n    buckets {\n      key\n      day\n      hour\n      shift\n      start\n      end\n      backlog\n      queuePeak\n      volumes { received answered byChannel { channel received answered } }\n      staffing { ...OperationsStaffingFields }\n      serviceLevels { callsOffered callsAnswered callsAbandoned answerRate serviceLevel averageWaitSeconds }\n    }\n    backlog { key at open }\n    peak { at waiting agentsOnline { id name } }\n    shifts { ...OperationsShiftFields }\n  }\n": types.OperationsDashboardFieldsFragmentDoc,
    "\n  query OperationsDashboard($filter: OperationsFilter!) {\n    operationsDashboard(filter: $filter) { ...OperationsDashboardFields }\n  }\n": types.OperationsDashboardDocument,
    "\n  fragment OperationsSettingsFields on OperationsSettings {\n    version\n    shifts { ...OperationsShiftFields }\n    answeredMinTalkSeconds\n    serviceLevelSeconds\n    requesterTypes { key group }\n    knownRequesterTypes\n    updatedAt\n    rebuild { state version finishedAt durationMs eventsReplayed }\n  }\n": types.OperationsSettingsFieldsFragmentDoc,
    "\n  query OperationsSettings { operationsSettings { ...OperationsSettingsFields } }\n": types.OperationsSettingsDocument,
    "\n  mutation DefineOperationsShifts($input: DefineShiftsInput!) {\n    defineShifts(input: $input) { ...OperationsSettingsFields }\n  }\n": types.DefineOperationsShiftsDocument,
    "\n  mutation ChangeOperationsDefinitions($input: ChangeOperationsDefinitionsInput!) {\n    changeOperationsDefinitions(input: $input) { ...OperationsSettingsFields }\n  }\n": types.ChangeOperationsDefinitionsDocument,
    "\n  query OperationsRequesterTypes { ticketSettings { requesterTypes { key name { fa en ja vi } } } }\n": types.OperationsRequesterTypesDocument,
    "\n  fragment BusinessCalendarFields on BusinessCalendar {\n    id\n    name\n    timeZone\n    hours { day start end }\n    holidays\n  }\n": types.BusinessCalendarFieldsFragmentDoc,
    "\n  fragment TicketSettingsFields on TicketSettings {\n    requesterTypes { key name { fa en ja vi } }\n    inboundAddresses { address department { ...DepartmentFields } }\n    defaultDepartment { ...DepartmentFields }\n    departments {\n      department { ...DepartmentFields }\n      fields { key label { fa en ja vi } kind options required public }\n      autoAssignment\n      capPerAgent\n    }\n    calendars { ...BusinessCalendarFields }\n    slaPolicies {\n      department { ...DepartmentFields }\n      priority\n      calendar { id name }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n    }\n    smtpListener\n  }\n": types.TicketSettingsFieldsFragmentDoc,
    "\n  query TicketSettings { ticketSettings { ...TicketSettingsFields } }\n": types.TicketSettingsDocument,
    "\n  mutation SetRequesterTypes($types: [RequesterTypeInput!]!, $commandId: ID!) {\n    setRequesterTypes(types: $types, commandId: $commandId) { ...TicketSettingsFields }\n  }\n": types.SetRequesterTypesDocument,
    "\n  mutation SetInboundAddresses($addresses: [InboundAddressInput!]!, $defaultDepartmentId: ID!, $commandId: ID!) {\n    setInboundAddresses(addresses: $addresses, defaultDepartmentId: $defaultDepartmentId, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n": types.SetInboundAddressesDocument,
    "\n  mutation DefineTicketFields($departmentId: ID!, $fields: [TicketFieldDefinitionInput!]!, $commandId: ID!) {\n    defineTicketFields(departmentId: $departmentId, fields: $fields, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n": types.DefineTicketFieldsDocument,
    "\n  mutation SetAutoAssignment($departmentId: ID!, $enabled: Boolean!, $capPerAgent: Int!, $commandId: ID!) {\n    setAutoAssignment(departmentId: $departmentId, enabled: $enabled, capPerAgent: $capPerAgent, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n": types.SetAutoAssignmentDocument,
    "\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!, $commandId: ID!) {\n    setBusinessCalendar(calendar: $calendar, commandId: $commandId) { ...TicketSettingsFields }\n  }\n": types.SetBusinessCalendarDocument,
    "\n  mutation SetSlaPolicy($policy: SlaPolicyInput!, $commandId: ID!) {\n    setSlaPolicy(policy: $policy, commandId: $commandId) { ...TicketSettingsFields }\n  }\n": types.SetSlaPolicyDocument,
    "\n  mutation TicketFromChat($chatId: ID!, $commandId: ID!) {\n    ticketFromChat(chatId: $chatId, commandId: $commandId) { id number }\n  }\n": types.TicketFromChatDocument,
    "\n  mutation TicketFromOfflineQuestion($questionId: ID!, $commandId: ID!) {\n    ticketFromOfflineQuestion(questionId: $questionId, commandId: $commandId) { id number }\n  }\n": types.TicketFromOfflineQuestionDocument,
    "\n  mutation DraftArticleFromTicket($ticketId: ID!, $commandId: ID!) {\n    draftArticleFromTicket(ticketId: $ticketId, commandId: $commandId)\n  }\n": types.DraftArticleFromTicketDocument,
    "\n  mutation OpenTicket($input: OpenTicketInput!, $commandId: ID!) {\n    openTicket(input: $input, commandId: $commandId) { id number }\n  }\n": types.OpenTicketDocument,
    "\n  mutation EditTicketDetails(\n    $ticketId: ID!\n    $subject: String\n    $product: String\n    $version: String\n    $requesterType: String\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    editTicketDetails(\n      ticketId: $ticketId\n      subject: $subject\n      product: $product\n      version: $version\n      requesterType: $requesterType\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n": types.EditTicketDetailsDocument,
    "\n  query NewTicketChoices {\n    publicTicketForm {\n      requesterTypes { key name { fa en ja vi } }\n      departments {\n        department { ...DepartmentFields }\n        fields { key label { fa en ja vi } kind options required public }\n      }\n    }\n  }\n": types.NewTicketChoicesDocument,
    "\n  subscription TicketNotices {\n    ticketsChanged {\n      ticket {\n        id\n        number\n        subject\n        timeline { id kind at actor { id } assignee { id } mentions { id } }\n      }\n    }\n  }\n": types.TicketNoticesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingBranchFields on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n"): (typeof documents)["\n  fragment BookingBranchFields on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingTopicFields on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n"): (typeof documents)["\n  fragment BookingTopicFields on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingSessionFields on BookingSession {\n    id\n    status\n    topic { ...BookingTopicFields }\n    branch { ...BookingBranchFields }\n    preferredBranch { ...BookingBranchFields }\n    routedReason\n    expertId\n    expertName\n    mode\n    startsAt\n    endsAt\n    timeZone\n    day\n    details\n    patronName\n    email\n    phone\n    locale\n    videoLink\n    requestId\n    bookedAt\n    cancelledAt\n    moves\n  }\n"): (typeof documents)["\n  fragment BookingSessionFields on BookingSession {\n    id\n    status\n    topic { ...BookingTopicFields }\n    branch { ...BookingBranchFields }\n    preferredBranch { ...BookingBranchFields }\n    routedReason\n    expertId\n    expertName\n    mode\n    startsAt\n    endsAt\n    timeZone\n    day\n    details\n    patronName\n    email\n    phone\n    locale\n    videoLink\n    requestId\n    bookedAt\n    cancelledAt\n    moves\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingExpertFields on BookingExpert {\n    id\n    displayName\n    branch { id }\n    topics { id }\n    weekly { weekday start end }\n    absences { id kind from to note }\n    active\n  }\n"): (typeof documents)["\n  fragment BookingExpertFields on BookingExpert {\n    id\n    displayName\n    branch { id }\n    topics { id }\n    weekly { weekday start end }\n    absences { id kind from to note }\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingRequestFields on BookingRequest {\n    id\n    status\n    reason\n    topic { ...BookingTopicFields }\n    preferredBranch { ...BookingBranchFields }\n    mode\n    details\n    preferredTimes\n    patronName\n    email\n    phone\n    locale\n    at\n    pickedUpBy\n    pickedUpAt\n    bookingId\n  }\n"): (typeof documents)["\n  fragment BookingRequestFields on BookingRequest {\n    id\n    status\n    reason\n    topic { ...BookingTopicFields }\n    preferredBranch { ...BookingBranchFields }\n    mode\n    details\n    preferredTimes\n    patronName\n    email\n    phone\n    locale\n    at\n    pickedUpBy\n    pickedUpAt\n    bookingId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingFigureRowFields on BookingFigureRow {\n    key\n    name { fa en ja vi }\n    sessions\n    attended\n    noShows\n    routedElsewhere\n    cancelled\n  }\n"): (typeof documents)["\n  fragment BookingFigureRowFields on BookingFigureRow {\n    key\n    name { fa en ja vi }\n    sessions\n    attended\n    noShows\n    routedElsewhere\n    cancelled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingBoard {\n    bookingBranches { ...BookingBranchFields }\n    bookingTopics { ...BookingTopicFields }\n    bookingExperts { ...BookingExpertFields }\n  }\n"): (typeof documents)["\n  query BookingBoard {\n    bookingBranches { ...BookingBranchFields }\n    bookingTopics { ...BookingTopicFields }\n    bookingExperts { ...BookingExpertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSessions($from: String!, $to: String!, $branchId: ID, $expertId: ID) {\n    bookingSessions(from: $from, to: $to, branchId: $branchId, expertId: $expertId) { ...BookingSessionFields }\n  }\n"): (typeof documents)["\n  query BookingSessions($from: String!, $to: String!, $branchId: ID, $expertId: ID) {\n    bookingSessions(from: $from, to: $to, branchId: $branchId, expertId: $expertId) { ...BookingSessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BookingBoardChanged { bookingBoardChanged { version } }\n"): (typeof documents)["\n  subscription BookingBoardChanged { bookingBoardChanged { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingRequests($status: BookingRequestStatus) { bookingRequests(status: $status) { ...BookingRequestFields } }\n"): (typeof documents)["\n  query BookingRequests($status: BookingRequestStatus) { bookingRequests(status: $status) { ...BookingRequestFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingExpertSlots($expertId: ID!, $topicId: ID!, $mode: BookingMode!, $days: Int) {\n    bookingExpertSlots(expertId: $expertId, topicId: $topicId, mode: $mode, days: $days) { startsAt endsAt branchId timeZone }\n  }\n"): (typeof documents)["\n  query BookingExpertSlots($expertId: ID!, $topicId: ID!, $mode: BookingMode!, $days: Int) {\n    bookingExpertSlots(expertId: $expertId, topicId: $topicId, mode: $mode, days: $days) { startsAt endsAt branchId timeZone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PickUpBookingRequest($id: ID!, $commandId: ID!) {\n    pickUpBookingRequest(id: $id, commandId: $commandId) { ...BookingRequestFields }\n  }\n"): (typeof documents)["\n  mutation PickUpBookingRequest($id: ID!, $commandId: ID!) {\n    pickUpBookingRequest(id: $id, commandId: $commandId) { ...BookingRequestFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignBookingRequest($id: ID!, $expertId: ID!, $startsAt: String!, $commandId: ID!) {\n    assignBookingRequest(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n"): (typeof documents)["\n  mutation AssignBookingRequest($id: ID!, $expertId: ID!, $startsAt: String!, $commandId: ID!) {\n    assignBookingRequest(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignBookingSession($id: ID!, $expertId: ID!, $startsAt: String, $commandId: ID!) {\n    reassignBookingSession(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n"): (typeof documents)["\n  mutation ReassignBookingSession($id: ID!, $expertId: ID!, $startsAt: String, $commandId: ID!) {\n    reassignBookingSession(id: $id, expertId: $expertId, startsAt: $startsAt, commandId: $commandId) { ...BookingSessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordBookingAttendance($id: ID!, $attended: Boolean!, $commandId: ID!) {\n    recordBookingAttendance(id: $id, attended: $attended, commandId: $commandId) { ...BookingSessionFields }\n  }\n"): (typeof documents)["\n  mutation RecordBookingAttendance($id: ID!, $attended: Boolean!, $commandId: ID!) {\n    recordBookingAttendance(id: $id, attended: $attended, commandId: $commandId) { ...BookingSessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBookingVideoLink($id: ID!, $videoLink: String!, $commandId: ID!) {\n    setBookingVideoLink(id: $id, videoLink: $videoLink, commandId: $commandId) { ...BookingSessionFields }\n  }\n"): (typeof documents)["\n  mutation SetBookingVideoLink($id: ID!, $videoLink: String!, $commandId: ID!) {\n    setBookingVideoLink(id: $id, videoLink: $videoLink, commandId: $commandId) { ...BookingSessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingFigures($from: String!, $to: String!) {\n    bookingFigures(from: $from, to: $to) {\n      from\n      to\n      sessions\n      attended\n      noShows\n      routedElsewhere\n      cancelled\n      requestsWaiting\n      byTopic { ...BookingFigureRowFields }\n      byBranch { ...BookingFigureRowFields }\n      byMode { ...BookingFigureRowFields }\n      byDay { day sessions noShows routedElsewhere }\n    }\n  }\n"): (typeof documents)["\n  query BookingFigures($from: String!, $to: String!) {\n    bookingFigures(from: $from, to: $to) {\n      from\n      to\n      sessions\n      attended\n      noShows\n      routedElsewhere\n      cancelled\n      requestsWaiting\n      byTopic { ...BookingFigureRowFields }\n      byBranch { ...BookingFigureRowFields }\n      byMode { ...BookingFigureRowFields }\n      byDay { day sessions noShows routedElsewhere }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingStaffCandidates { bookingStaffCandidates { id displayName enrolled } }\n"): (typeof documents)["\n  query BookingStaffCandidates { bookingStaffCandidates { id displayName enrolled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolBookingExpert($staffId: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    enrolBookingExpert(staffId: $staffId, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n"): (typeof documents)["\n  mutation EnrolBookingExpert($staffId: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    enrolBookingExpert(staffId: $staffId, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBookingExpert($id: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    updateBookingExpert(id: $id, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n"): (typeof documents)["\n  mutation UpdateBookingExpert($id: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) {\n    updateBookingExpert(id: $id, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { ...BookingExpertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBookingExpertAvailability($id: ID!, $weekly: [BookingWeeklyHoursInput!]!, $commandId: ID!) {\n    setBookingExpertAvailability(id: $id, weekly: $weekly, commandId: $commandId) { ...BookingExpertFields }\n  }\n"): (typeof documents)["\n  mutation SetBookingExpertAvailability($id: ID!, $weekly: [BookingWeeklyHoursInput!]!, $commandId: ID!) {\n    setBookingExpertAvailability(id: $id, weekly: $weekly, commandId: $commandId) { ...BookingExpertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBookingExpertAbsence($id: ID!, $kind: BookingAbsenceKind!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingExpertAbsence(id: $id, kind: $kind, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingExpertFields }\n  }\n"): (typeof documents)["\n  mutation AddBookingExpertAbsence($id: ID!, $kind: BookingAbsenceKind!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingExpertAbsence(id: $id, kind: $kind, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingExpertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveBookingExpertAbsence($id: ID!, $absenceId: ID!, $commandId: ID!) {\n    removeBookingExpertAbsence(id: $id, absenceId: $absenceId, commandId: $commandId) { ...BookingExpertFields }\n  }\n"): (typeof documents)["\n  mutation RemoveBookingExpertAbsence($id: ID!, $absenceId: ID!, $commandId: ID!) {\n    removeBookingExpertAbsence(id: $id, absenceId: $absenceId, commandId: $commandId) { ...BookingExpertFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenBookingBranch($id: ID, $input: BookingBranchInput!, $commandId: ID!) {\n    openBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n"): (typeof documents)["\n  mutation OpenBookingBranch($id: ID, $input: BookingBranchInput!, $commandId: ID!) {\n    openBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBookingBranch($id: ID!, $input: BookingBranchInput!, $commandId: ID!) {\n    updateBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n"): (typeof documents)["\n  mutation UpdateBookingBranch($id: ID!, $input: BookingBranchInput!, $commandId: ID!) {\n    updateBookingBranch(id: $id, input: $input, commandId: $commandId) { ...BookingBranchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBookingBranchClosure($id: ID!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingBranchClosure(id: $id, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingBranchFields }\n  }\n"): (typeof documents)["\n  mutation AddBookingBranchClosure($id: ID!, $from: String!, $to: String!, $note: String, $commandId: ID!) {\n    addBookingBranchClosure(id: $id, from: $from, to: $to, note: $note, commandId: $commandId) { ...BookingBranchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingRules {\n    bookingBranches {\n      id\n      rules { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      closures { id from to note }\n    }\n  }\n"): (typeof documents)["\n  query BookingRules {\n    bookingBranches {\n      id\n      rules { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n      closures { id from to note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBookingBranchRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingBranchRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n"): (typeof documents)["\n  mutation SetBookingBranchRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingBranchRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingTopicRules {\n    bookingTopics {\n      id\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n    }\n  }\n"): (typeof documents)["\n  query BookingTopicRules {\n    bookingTopics {\n      id\n      ruleOverrides { sessionMinutes paddingMinutes bookingWindowDays minimumNoticeMinutes cancellationCutoffMinutes reminderLeadMinutes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineBookingTopic($id: ID, $name: BookingNamesInput!, $commandId: ID!) {\n    defineBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n"): (typeof documents)["\n  mutation DefineBookingTopic($id: ID, $name: BookingNamesInput!, $commandId: ID!) {\n    defineBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBookingTopic($id: ID!, $name: BookingNamesInput!, $commandId: ID!) {\n    updateBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n"): (typeof documents)["\n  mutation UpdateBookingTopic($id: ID!, $name: BookingNamesInput!, $commandId: ID!) {\n    updateBookingTopic(id: $id, name: $name, commandId: $commandId) { ...BookingTopicFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBookingTopicRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingTopicRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n"): (typeof documents)["\n  mutation SetBookingTopicRules($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) {\n    setBookingTopicRules(id: $id, rules: $rules, commandId: $commandId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseBookingRequest($id: ID!, $note: String!, $commandId: ID!) {\n    closeBookingRequest(id: $id, note: $note, commandId: $commandId) { ...BookingRequestFields }\n  }\n"): (typeof documents)["\n  mutation CloseBookingRequest($id: ID!, $note: String!, $commandId: ID!) {\n    closeBookingRequest(id: $id, note: $note, commandId: $commandId) { ...BookingRequestFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRowFields on Call {\n    id\n    source\n    direction\n    state\n    from { raw e164 }\n    to { raw e164 }\n    counterpart { raw e164 }\n    queue\n    ringing { id name }\n    answeredBy { id name }\n    takenBy { id name }\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    outcome\n    cause\n    wrapUp { topic outcome requesterType at by { id name } }\n    callback { callId state }\n    caller { id name organisation { id name } }\n  }\n"): (typeof documents)["\n  fragment CallRowFields on Call {\n    id\n    source\n    direction\n    state\n    from { raw e164 }\n    to { raw e164 }\n    counterpart { raw e164 }\n    queue\n    ringing { id name }\n    answeredBy { id name }\n    takenBy { id name }\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    outcome\n    cause\n    wrapUp { topic outcome requesterType at by { id name } }\n    callback { callId state }\n    caller { id name organisation { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallerFields on Customer {\n    id\n    kind\n    name\n    organisation { id name }\n    openTickets { id number subject status }\n    registrations { id version deviceSerial product { key name } }\n  }\n"): (typeof documents)["\n  fragment CallerFields on Customer {\n    id\n    kind\n    name\n    organisation { id name }\n    openTickets { id number subject status }\n    registrations { id version deviceSerial product { key name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallFields on Call {\n    ...CallRowFields\n    caller { ...CallerFields }\n    notes { id text at author { id name } }\n    tickets { ticketId mode at ticket { id number subject status } }\n  }\n"): (typeof documents)["\n  fragment CallFields on Call {\n    ...CallRowFields\n    caller { ...CallerFields }\n    notes { id text at author { id name } }\n    tickets { ticketId mode at ticket { id number subject status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallbackAttemptFields on CallbackAttempt {\n    id\n    outcome\n    note\n    at\n    by { id name }\n  }\n"): (typeof documents)["\n  fragment CallbackAttemptFields on CallbackAttempt {\n    id\n    outcome\n    note\n    at\n    by { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallbackFields on Callback {\n    callId\n    state\n    number { raw e164 }\n    reason\n    queuedAt\n    completedAt\n    assignee { id name }\n    attempts { ...CallbackAttemptFields }\n    call { id direction startedAt to { raw e164 } caller { ...CallerFields } }\n  }\n"): (typeof documents)["\n  fragment CallbackFields on Callback {\n    callId\n    state\n    number { raw e164 }\n    reason\n    queuedAt\n    completedAt\n    assignee { id name }\n    attempts { ...CallbackAttemptFields }\n    call { id direction startedAt to { raw e164 } caller { ...CallerFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallListFields on CallList {\n    id\n    name\n    description\n    createdAt\n    createdBy { id name }\n    doneCount\n    entries { id label reference done number { raw e164 } attempts { ...CallbackAttemptFields } }\n  }\n"): (typeof documents)["\n  fragment CallListFields on CallList {\n    id\n    name\n    description\n    createdAt\n    createdBy { id name }\n    doneCount\n    entries { id label reference done number { raw e164 } attempts { ...CallbackAttemptFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Calls($filter: CallFilter) {\n    calls(filter: $filter) {\n      nodes { ...CallRowFields }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Calls($filter: CallFilter) {\n    calls(filter: $filter) {\n      nodes { ...CallRowFields }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveCalls {\n    calls(filter: { view: LIVE, first: 200 }) { nodes { ...CallFields } }\n  }\n"): (typeof documents)["\n  query LiveCalls {\n    calls(filter: { view: LIVE, first: 200 }) { nodes { ...CallFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Call($id: ID!) { call(id: $id) { ...CallFields } }\n"): (typeof documents)["\n  query Call($id: ID!) { call(id: $id) { ...CallFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallsChanged { callsChanged { ...CallFields } }\n"): (typeof documents)["\n  subscription CallsChanged { callsChanged { ...CallFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCall($callId: ID!, $commandId: ID!) { takeCall(callId: $callId, commandId: $commandId) { ...CallFields } }\n"): (typeof documents)["\n  mutation TakeCall($callId: ID!, $commandId: ID!) { takeCall(callId: $callId, commandId: $commandId) { ...CallFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NoteCall($callId: ID!, $text: String!, $commandId: ID!) {\n    noteCall(callId: $callId, text: $text, commandId: $commandId) { ...CallFields }\n  }\n"): (typeof documents)["\n  mutation NoteCall($callId: ID!, $text: String!, $commandId: ID!) {\n    noteCall(callId: $callId, text: $text, commandId: $commandId) { ...CallFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WrapUpCall($input: WrapUpCallInput!, $commandId: ID!) {\n    wrapUpCall(input: $input, commandId: $commandId) { ...CallFields }\n  }\n"): (typeof documents)["\n  mutation WrapUpCall($input: WrapUpCallInput!, $commandId: ID!) {\n    wrapUpCall(input: $input, commandId: $commandId) { ...CallFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogCall($input: LogCallInput!, $commandId: ID!) { logCall(input: $input, commandId: $commandId) { ...CallFields } }\n"): (typeof documents)["\n  mutation LogCall($input: LogCallInput!, $commandId: ID!) { logCall(input: $input, commandId: $commandId) { ...CallFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallTicketByNumber($number: Int!) { ticket(number: $number) { id number subject status } }\n"): (typeof documents)["\n  query CallTicketByNumber($number: Int!) { ticket(number: $number) { id number subject status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallbackQueue { callbackQueue { ...CallbackFields } }\n"): (typeof documents)["\n  query CallbackQueue { callbackQueue { ...CallbackFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCallback($callId: ID!, $staffId: ID!, $commandId: ID!) {\n    assignCallback(callId: $callId, staffId: $staffId, commandId: $commandId) { ...CallbackFields }\n  }\n"): (typeof documents)["\n  mutation AssignCallback($callId: ID!, $staffId: ID!, $commandId: ID!) {\n    assignCallback(callId: $callId, staffId: $staffId, commandId: $commandId) { ...CallbackFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallbackAttempt($callId: ID!, $outcome: CallbackAttemptOutcome!, $note: String, $commandId: ID!) {\n    recordCallbackAttempt(callId: $callId, outcome: $outcome, note: $note, commandId: $commandId) { ...CallbackFields }\n  }\n"): (typeof documents)["\n  mutation RecordCallbackAttempt($callId: ID!, $outcome: CallbackAttemptOutcome!, $note: String, $commandId: ID!) {\n    recordCallbackAttempt(callId: $callId, outcome: $outcome, note: $note, commandId: $commandId) { ...CallbackFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCallback($callId: ID!, $commandId: ID!) {\n    completeCallback(callId: $callId, commandId: $commandId) { ...CallbackFields }\n  }\n"): (typeof documents)["\n  mutation CompleteCallback($callId: ID!, $commandId: ID!) {\n    completeCallback(callId: $callId, commandId: $commandId) { ...CallbackFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallLists { callLists { ...CallListFields } }\n"): (typeof documents)["\n  query CallLists { callLists { ...CallListFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCallList($input: CreateCallListInput!, $commandId: ID!) {\n    createCallList(input: $input, commandId: $commandId) { ...CallListFields }\n  }\n"): (typeof documents)["\n  mutation CreateCallList($input: CreateCallListInput!, $commandId: ID!) {\n    createCallList(input: $input, commandId: $commandId) { ...CallListFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallListAttempt(\n    $listId: ID!\n    $entryId: ID!\n    $outcome: CallbackAttemptOutcome!\n    $note: String\n    $done: Boolean\n    $commandId: ID!\n  ) {\n    recordCallListAttempt(\n      listId: $listId\n      entryId: $entryId\n      outcome: $outcome\n      note: $note\n      done: $done\n      commandId: $commandId\n    ) { ...CallListFields }\n  }\n"): (typeof documents)["\n  mutation RecordCallListAttempt(\n    $listId: ID!\n    $entryId: ID!\n    $outcome: CallbackAttemptOutcome!\n    $note: String\n    $done: Boolean\n    $commandId: ID!\n  ) {\n    recordCallListAttempt(\n      listId: $listId\n      entryId: $entryId\n      outcome: $outcome\n      note: $note\n      done: $done\n      commandId: $commandId\n    ) { ...CallListFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CtiSettings { ctiSettings { webhookUrl token fromEnvironment } }\n"): (typeof documents)["\n  query CtiSettings { ctiSettings { webhookUrl token fromEnvironment } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCtiToken($commandId: ID!) { rotateCtiToken(commandId: $commandId) { webhookUrl token fromEnvironment } }\n"): (typeof documents)["\n  mutation RotateCtiToken($commandId: ID!) { rotateCtiToken(commandId: $commandId) { webhookUrl token fromEnvironment } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatSummaryFields on Chat {\n    id\n    status\n    departmentId\n    visitor { name email }\n    firstWords\n    requestedAt\n    waitingSince\n    acceptedAt\n    closedAt\n    closedBy\n    closeReason\n    agent { id name }\n    rating { score good comment ratedAt }\n  }\n"): (typeof documents)["\n  fragment ChatSummaryFields on Chat {\n    id\n    status\n    departmentId\n    visitor { name email }\n    firstWords\n    requestedAt\n    waitingSince\n    acceptedAt\n    closedAt\n    closedBy\n    closeReason\n    agent { id name }\n    rating { score good comment ratedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TranscriptEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind id name }\n    text\n    at\n    notice\n    subject { kind id name }\n    staffNote\n    clientMessageId\n    mentions { id name }\n  }\n"): (typeof documents)["\n  fragment TranscriptEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind id name }\n    text\n    at\n    notice\n    subject { kind id name }\n    staffNote\n    clientMessageId\n    mentions { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatWithTranscriptFields on Chat {\n    ...ChatSummaryFields\n    transcript { ...TranscriptEntryFields }\n  }\n"): (typeof documents)["\n  fragment ChatWithTranscriptFields on Chat {\n    ...ChatSummaryFields\n    transcript { ...TranscriptEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfflineQuestionFields on OfflineQuestion {\n    id\n    departmentId\n    visitor { name email }\n    question\n    firstWords\n    askedAt\n    status\n    answeredBy { id name }\n    answer\n    answeredAt\n    mailId\n  }\n"): (typeof documents)["\n  fragment OfflineQuestionFields on OfflineQuestion {\n    id\n    departmentId\n    visitor { name email }\n    question\n    firstWords\n    askedAt\n    status\n    answeredBy { id name }\n    answer\n    answeredAt\n    mailId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedReplyFields on SavedReply {\n    id\n    departmentId\n    title\n    text\n    updatedAt\n    updatedBy { id name }\n  }\n"): (typeof documents)["\n  fragment SavedReplyFields on SavedReply {\n    id\n    departmentId\n    title\n    text\n    updatedAt\n    updatedBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatDepartments { departments { ...DepartmentFields } }\n"): (typeof documents)["\n  query ChatDepartments { departments { ...DepartmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingChats { pendingChats { ...ChatSummaryFields } }\n"): (typeof documents)["\n  query PendingChats { pendingChats { ...ChatSummaryFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatQueueChanged { chatQueueChanged { departmentId chats { ...ChatSummaryFields } } }\n"): (typeof documents)["\n  subscription ChatQueueChanged { chatQueueChanged { departmentId chats { ...ChatSummaryFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChats { myChats { ...ChatWithTranscriptFields } }\n"): (typeof documents)["\n  query MyChats { myChats { ...ChatWithTranscriptFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chat($id: ID!) { chat(id: $id) { ...ChatWithTranscriptFields } }\n"): (typeof documents)["\n  query Chat($id: ID!) { chat(id: $id) { ...ChatWithTranscriptFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptChat($chatId: ID!) { acceptChat(chatId: $chatId) { ...ChatWithTranscriptFields } }\n"): (typeof documents)["\n  mutation AcceptChat($chatId: ID!) { acceptChat(chatId: $chatId) { ...ChatWithTranscriptFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($chatId: ID!, $clientMessageId: ID!, $text: String!) {\n    sendMessage(chatId: $chatId, clientMessageId: $clientMessageId, text: $text) { ...TranscriptEntryFields }\n  }\n"): (typeof documents)["\n  mutation SendMessage($chatId: ID!, $clientMessageId: ID!, $text: String!) {\n    sendMessage(chatId: $chatId, clientMessageId: $clientMessageId, text: $text) { ...TranscriptEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferChat($chatId: ID!, $to: TransferTargetInput!, $note: String, $commandId: ID!) {\n    transferChat(chatId: $chatId, to: $to, note: $note, commandId: $commandId) { ...ChatSummaryFields }\n  }\n"): (typeof documents)["\n  mutation TransferChat($chatId: ID!, $to: TransferTargetInput!, $note: String, $commandId: ID!) {\n    transferChat(chatId: $chatId, to: $to, note: $note, commandId: $commandId) { ...ChatSummaryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChat($chatId: ID!, $reason: String!, $commandId: ID!) {\n    closeChat(chatId: $chatId, reason: $reason, commandId: $commandId) { ...ChatSummaryFields }\n  }\n"): (typeof documents)["\n  mutation CloseChat($chatId: ID!, $reason: String!, $commandId: ID!) {\n    closeChat(chatId: $chatId, reason: $reason, commandId: $commandId) { ...ChatSummaryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($chatId: ID!, $typing: Boolean!) { setTyping(chatId: $chatId, typing: $typing) }\n"): (typeof documents)["\n  mutation SetTyping($chatId: ID!, $typing: Boolean!) { setTyping(chatId: $chatId, typing: $typing) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatActivity($chatId: ID!) {\n    chatActivity(chatId: $chatId) { chat { ...ChatSummaryFields } entry { ...TranscriptEntryFields } }\n  }\n"): (typeof documents)["\n  subscription ChatActivity($chatId: ID!) {\n    chatActivity(chatId: $chatId) { chat { ...ChatSummaryFields } entry { ...TranscriptEntryFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatTyping($chatId: ID!) { chatTyping(chatId: $chatId) { chatId by name typing at } }\n"): (typeof documents)["\n  subscription ChatTyping($chatId: ID!) { chatTyping(chatId: $chatId) { chatId by name typing at } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineQuestions($status: OfflineQuestionStatus) { offlineQuestions(status: $status) { ...OfflineQuestionFields } }\n"): (typeof documents)["\n  query OfflineQuestions($status: OfflineQuestionStatus) { offlineQuestions(status: $status) { ...OfflineQuestionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerOfflineQuestion($questionId: ID!, $answer: String!, $commandId: ID!) {\n    answerOfflineQuestion(questionId: $questionId, answer: $answer, commandId: $commandId) { ...OfflineQuestionFields }\n  }\n"): (typeof documents)["\n  mutation AnswerOfflineQuestion($questionId: ID!, $answer: String!, $commandId: ID!) {\n    answerOfflineQuestion(questionId: $questionId, answer: $answer, commandId: $commandId) { ...OfflineQuestionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorHistory($email: String!) {\n    visitorHistory(email: $email) { email chats { ...ChatSummaryFields } questions { ...OfflineQuestionFields } }\n  }\n"): (typeof documents)["\n  query VisitorHistory($email: String!) {\n    visitorHistory(email: $email) { email chats { ...ChatSummaryFields } questions { ...OfflineQuestionFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedReplies($departmentId: ID!) { savedReplies(departmentId: $departmentId) { ...SavedReplyFields } }\n"): (typeof documents)["\n  query SavedReplies($departmentId: ID!) { savedReplies(departmentId: $departmentId) { ...SavedReplyFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSavedReply($departmentId: ID!, $replyId: ID, $title: String!, $text: String!, $commandId: ID!) {\n    saveSavedReply(departmentId: $departmentId, replyId: $replyId, title: $title, text: $text, commandId: $commandId) {\n      ...SavedReplyFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSavedReply($departmentId: ID!, $replyId: ID, $title: String!, $text: String!, $commandId: ID!) {\n    saveSavedReply(departmentId: $departmentId, replyId: $replyId, title: $title, text: $text, commandId: $commandId) {\n      ...SavedReplyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSavedReply($departmentId: ID!, $replyId: ID!, $commandId: ID!) {\n    removeSavedReply(departmentId: $departmentId, replyId: $replyId, commandId: $commandId)\n  }\n"): (typeof documents)["\n  mutation RemoveSavedReply($departmentId: ID!, $replyId: ID!, $commandId: ID!) {\n    removeSavedReply(departmentId: $departmentId, replyId: $replyId, commandId: $commandId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatHandedToMe { chatHandedToMe { chat { ...ChatSummaryFields } by { id name } note } }\n"): (typeof documents)["\n  subscription ChatHandedToMe { chatHandedToMe { chat { ...ChatSummaryFields } by { id name } note } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatMentions { chatMentions { chatId departmentId visitorName by { id name } note { ...TranscriptEntryFields } } }\n"): (typeof documents)["\n  subscription ChatMentions { chatMentions { chatId departmentId visitorName by { id name } note { ...TranscriptEntryFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OfflineQuestionChanged { offlineQuestionChanged { question { ...OfflineQuestionFields } } }\n"): (typeof documents)["\n  subscription OfflineQuestionChanged { offlineQuestionChanged { question { ...OfflineQuestionFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChatNote($chatId: ID!, $clientNoteId: ID!, $text: String!, $mentionIds: [ID!]) {\n    addChatNote(chatId: $chatId, clientNoteId: $clientNoteId, text: $text, mentionIds: $mentionIds) { ...TranscriptEntryFields }\n  }\n"): (typeof documents)["\n  mutation AddChatNote($chatId: ID!, $clientNoteId: ID!, $text: String!, $mentionIds: [ID!]) {\n    addChatNote(chatId: $chatId, clientNoteId: $clientNoteId, text: $text, mentionIds: $mentionIds) { ...TranscriptEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatMentionCandidates($chatId: ID!) { chatMentionCandidates(chatId: $chatId) { id name } }\n"): (typeof documents)["\n  query ChatMentionCandidates($chatId: ID!) { chatMentionCandidates(chatId: $chatId) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatArchive($filter: ChatArchiveFilter, $offset: Int, $limit: Int) {\n    chatArchive(filter: $filter, offset: $offset, limit: $limit) { total nextOffset hits { excerpt chat { ...ChatSummaryFields } } }\n  }\n"): (typeof documents)["\n  query ChatArchive($filter: ChatArchiveFilter, $offset: Int, $limit: Int) {\n    chatArchive(filter: $filter, offset: $offset, limit: $limit) { total nextOffset hits { excerpt chat { ...ChatSummaryFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRefFields on Customer {\n    id\n    kind\n    organisationType\n    name\n  }\n"): (typeof documents)["\n  fragment CustomerRefFields on Customer {\n    id\n    kind\n    organisationType\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerHitFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    requesterType\n    mergedInto { id name }\n  }\n"): (typeof documents)["\n  fragment CustomerHitFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    requesterType\n    mergedInto { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    key\n    name\n    versions { version releasedOn }\n    deviceSerialFormat\n    activationSerialFormat\n    deviceSerialExample\n    activationSerialExample\n    registrationCount\n  }\n"): (typeof documents)["\n  fragment ProductFields on Product {\n    key\n    name\n    versions { version releasedOn }\n    deviceSerialFormat\n    activationSerialFormat\n    deviceSerialExample\n    activationSerialExample\n    registrationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationFields on ProductRegistration {\n    id\n    product { key name }\n    version\n    deviceSerial\n    activationSerial\n    registeredAt\n    withdrawnAt\n    withdrawnReason\n  }\n"): (typeof documents)["\n  fragment RegistrationFields on ProductRegistration {\n    id\n    product { key name }\n    version\n    deviceSerial\n    activationSerial\n    registeredAt\n    withdrawnAt\n    withdrawnReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    language\n    preferredContact\n    requesterType\n    organisation { ...CustomerRefFields }\n    members { ...CustomerRefFields }\n    mergedInto { ...CustomerRefFields }\n    mergedFrom { ...CustomerRefFields }\n    createdAt\n    updatedAt\n    revision\n    registrations(includeWithdrawn: true) { ...RegistrationFields }\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    ...CustomerRefFields\n    contactPoints { kind value display }\n    language\n    preferredContact\n    requesterType\n    organisation { ...CustomerRefFields }\n    members { ...CustomerRefFields }\n    mergedInto { ...CustomerRefFields }\n    mergedFrom { ...CustomerRefFields }\n    createdAt\n    updatedAt\n    revision\n    registrations(includeWithdrawn: true) { ...RegistrationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerTimelineEntryFields on CustomerTimelineEntry {\n    id\n    kind\n    refId\n    ticketNumber\n    at\n    updatedAt\n    summary\n    state\n    via\n  }\n"): (typeof documents)["\n  fragment CustomerTimelineEntryFields on CustomerTimelineEntry {\n    id\n    kind\n    refId\n    ticketNumber\n    at\n    updatedAt\n    summary\n    state\n    via\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSearch($query: String, $kind: CustomerKind, $first: Int, $after: String) {\n    customers(query: $query, kind: $kind, first: $first, after: $after) {\n      edges { matchedBy node { ...CustomerHitFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CustomerSearch($query: String, $kind: CustomerKind, $first: Int, $after: String) {\n    customers(query: $query, kind: $kind, first: $first, after: $after) {\n      edges { matchedBy node { ...CustomerHitFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        entries { ...CustomerTimelineEntryFields }\n        pageInfo { endCursor hasNextPage }\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($id: ID!, $first: Int, $after: String, $kinds: [CustomerTimelineKind!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds) {\n        entries { ...CustomerTimelineEntryFields }\n        pageInfo { endCursor hasNextPage }\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) { fileName json }\n  }\n"): (typeof documents)["\n  query CustomerExport($id: ID!) {\n    customerExport(id: $id) { fileName json }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCustomer($input: CustomerInput!, $commandId: ID!) {\n    recordCustomer(input: $input, commandId: $commandId) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation RecordCustomer($input: CustomerInput!, $commandId: ID!) {\n    recordCustomer(input: $input, commandId: $commandId) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeCustomer($id: ID!, $input: CustomerDetailsInput!, $expectedRevision: Int, $commandId: ID!) {\n    changeCustomer(id: $id, input: $input, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeCustomer($id: ID!, $input: CustomerDetailsInput!, $expectedRevision: Int, $commandId: ID!) {\n    changeCustomer(id: $id, input: $input, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    addContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    addContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    removeContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContactPoint($customerId: ID!, $kind: ContactPointKind!, $value: String!, $commandId: ID!) {\n    removeContactPoint(customerId: $customerId, kind: $kind, value: $value, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($survivorId: ID!, $duplicateId: ID!, $commandId: ID!) {\n    mergeCustomers(survivorId: $survivorId, duplicateId: $duplicateId, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCustomers($survivorId: ID!, $duplicateId: ID!, $commandId: ID!) {\n    mergeCustomers(survivorId: $survivorId, duplicateId: $duplicateId, commandId: $commandId) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProduct($input: RegisterProductInput!, $commandId: ID!) {\n    registerProduct(input: $input, commandId: $commandId) { ...RegistrationFields }\n  }\n"): (typeof documents)["\n  mutation RegisterProduct($input: RegisterProductInput!, $commandId: ID!) {\n    registerProduct(input: $input, commandId: $commandId) { ...RegistrationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawRegistration($registrationId: ID!, $reason: String, $commandId: ID!) {\n    withdrawRegistration(registrationId: $registrationId, reason: $reason, commandId: $commandId) {\n      ...RegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawRegistration($registrationId: ID!, $reason: String, $commandId: ID!) {\n    withdrawRegistration(registrationId: $registrationId, reason: $reason, commandId: $commandId) {\n      ...RegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products {\n    products { ...ProductFields }\n  }\n"): (typeof documents)["\n  query Products {\n    products { ...ProductFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineProduct($input: ProductInput!, $commandId: ID!) {\n    defineProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n"): (typeof documents)["\n  mutation DefineProduct($input: ProductInput!, $commandId: ID!) {\n    defineProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProduct($input: ProductInput!, $commandId: ID!) {\n    changeProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n"): (typeof documents)["\n  mutation ChangeProduct($input: ProductInput!, $commandId: ID!) {\n    changeProduct(input: $input, commandId: $commandId) { ...ProductFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductVersion($productKey: ID!, $version: String!, $releasedOn: String, $commandId: ID!) {\n    addProductVersion(productKey: $productKey, version: $version, releasedOn: $releasedOn, commandId: $commandId) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddProductVersion($productKey: ID!, $version: String!, $releasedOn: String, $commandId: ID!) {\n    addProductVersion(productKey: $productKey, version: $version, releasedOn: $releasedOn, commandId: $commandId) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketCustomer($id: ID!) {\n    ticket(id: $id) {\n      id\n      customer { ...CustomerHitFields }\n      registrations { ...RegistrationFields }\n    }\n  }\n"): (typeof documents)["\n  query TicketCustomer($id: ID!) {\n    ticket(id: $id) {\n      id\n      customer { ...CustomerHitFields }\n      registrations { ...RegistrationFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleEditorFields on ArticleEditor {\n    staffId\n    displayName\n  }\n"): (typeof documents)["\n  fragment ArticleEditorFields on ArticleEditor {\n    staffId\n    displayName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleContentFields on ArticleRevision {\n    slug\n    locale\n    translationGroup\n    title\n    body\n    products { product versions }\n    stage\n    errorCodes\n    symptoms\n    tags\n  }\n"): (typeof documents)["\n  fragment ArticleContentFields on ArticleRevision {\n    slug\n    locale\n    translationGroup\n    title\n    body\n    products { product versions }\n    stage\n    errorCodes\n    symptoms\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleRevisionFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    ...ArticleContentFields\n  }\n"): (typeof documents)["\n  fragment ArticleRevisionFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    ...ArticleContentFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleHistoryEntryFields on ArticleHistoryEntry {\n    kind\n    revision\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n  }\n"): (typeof documents)["\n  fragment ArticleHistoryEntryFields on ArticleHistoryEntry {\n    kind\n    revision\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleRevisionSummaryFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    title\n  }\n"): (typeof documents)["\n  fragment ArticleRevisionSummaryFields on ArticleRevision {\n    revision\n    kind\n    fromRevision\n    by { ...ArticleEditorFields }\n    at\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditableArticleFields on EditableArticle {\n    id\n    status\n    publishedRevision\n    reviewRevision\n    updatedAt\n    latest { ...ArticleRevisionFields }\n    history { ...ArticleHistoryEntryFields }\n    revisions { ...ArticleRevisionSummaryFields }\n  }\n"): (typeof documents)["\n  fragment EditableArticleFields on EditableArticle {\n    id\n    status\n    publishedRevision\n    reviewRevision\n    updatedAt\n    latest { ...ArticleRevisionFields }\n    history { ...ArticleHistoryEntryFields }\n    revisions { ...ArticleRevisionSummaryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleListEntryFields on EditableArticle {\n    id\n    status\n    updatedAt\n    publishedRevision\n    latest {\n      revision\n      locale\n      slug\n      title\n      translationGroup\n      errorCodes\n      stage\n      products { product versions }\n      by { ...ArticleEditorFields }\n    }\n  }\n"): (typeof documents)["\n  fragment ArticleListEntryFields on EditableArticle {\n    id\n    status\n    updatedAt\n    publishedRevision\n    latest {\n      revision\n      locale\n      slug\n      title\n      translationGroup\n      errorCodes\n      stage\n      products { product versions }\n      by { ...ArticleEditorFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleDiffFields on ArticleDiff {\n    fromRevision\n    toRevision\n    fields { field parts { kind text } }\n  }\n"): (typeof documents)["\n  fragment ArticleDiffFields on ArticleDiff {\n    fromRevision\n    toRevision\n    fields { field parts { kind text } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicArticleSnapshotFields on Article {\n    id\n    locale\n    slug\n    title\n    bodyHtml\n    revision\n    publishedAt\n    firstPublishedAt\n  }\n"): (typeof documents)["\n  fragment PublicArticleSnapshotFields on Article {\n    id\n    locale\n    slug\n    title\n    bodyHtml\n    revision\n    publishedAt\n    firstPublishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KnowledgeBaseQuestionFields on KnowledgeBaseQuestion {\n    id\n    question\n    locale\n    name\n    email\n    articleId\n    searchQuery\n    at\n    answer { text by at mailId }\n  }\n"): (typeof documents)["\n  fragment KnowledgeBaseQuestionFields on KnowledgeBaseQuestion {\n    id\n    question\n    locale\n    name\n    email\n    articleId\n    searchQuery\n    at\n    answer { text by at mailId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnansweredSearchFields on UnansweredSearch {\n    query\n    normalizedQuery\n    locale\n    count\n    firstAt\n    lastAt\n  }\n"): (typeof documents)["\n  fragment UnansweredSearchFields on UnansweredSearch {\n    query\n    normalizedQuery\n    locale\n    count\n    firstAt\n    lastAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableArticles($first: Int!) {\n    editableArticles(first: $first) { ...ArticleListEntryFields }\n  }\n"): (typeof documents)["\n  query EditableArticles($first: Int!) {\n    editableArticles(first: $first) { ...ArticleListEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableArticle($id: ID!) { editableArticle(id: $id) { ...EditableArticleFields } }\n"): (typeof documents)["\n  query EditableArticle($id: ID!) { editableArticle(id: $id) { ...EditableArticleFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleDiff($id: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    articleDiff(id: $id, fromRevision: $fromRevision, toRevision: $toRevision) { ...ArticleDiffFields }\n  }\n"): (typeof documents)["\n  query ArticleDiff($id: ID!, $fromRevision: Int!, $toRevision: Int!) {\n    articleDiff(id: $id, fromRevision: $fromRevision, toRevision: $toRevision) { ...ArticleDiffFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleAsPublishedAt($id: ID!, $at: String!) {\n    articleAsPublishedAt(id: $id, at: $at) { ...PublicArticleSnapshotFields }\n  }\n"): (typeof documents)["\n  query ArticleAsPublishedAt($id: ID!, $at: String!) {\n    articleAsPublishedAt(id: $id, at: $at) { ...PublicArticleSnapshotFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorInbox($first: Int!) {\n    knowledgeBaseQuestions(first: $first) { ...KnowledgeBaseQuestionFields }\n    unansweredSearches(first: $first) { ...UnansweredSearchFields }\n  }\n"): (typeof documents)["\n  query VisitorInbox($first: Int!) {\n    knowledgeBaseQuestions(first: $first) { ...KnowledgeBaseQuestionFields }\n    unansweredSearches(first: $first) { ...UnansweredSearchFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerKnowledgeBaseQuestion($id: ID!, $answer: String!, $commandId: ID!) {\n    answerKnowledgeBaseQuestion(id: $id, answer: $answer, commandId: $commandId) { ...KnowledgeBaseQuestionFields }\n  }\n"): (typeof documents)["\n  mutation AnswerKnowledgeBaseQuestion($id: ID!, $answer: String!, $commandId: ID!) {\n    answerKnowledgeBaseQuestion(id: $id, answer: $answer, commandId: $commandId) { ...KnowledgeBaseQuestionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftArticle($input: ArticleInput!, $commandId: ID!) {\n    draftArticle(input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n"): (typeof documents)["\n  mutation DraftArticle($input: ArticleInput!, $commandId: ID!) {\n    draftArticle(input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseArticle($id: ID!, $baseRevision: Int!, $input: ArticleInput!, $commandId: ID!) {\n    reviseArticle(id: $id, baseRevision: $baseRevision, input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n"): (typeof documents)["\n  mutation ReviseArticle($id: ID!, $baseRevision: Int!, $input: ArticleInput!, $commandId: ID!) {\n    reviseArticle(id: $id, baseRevision: $baseRevision, input: $input, commandId: $commandId) { ...EditableArticleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitArticleForReview($id: ID!, $revision: Int!, $commandId: ID!) {\n    submitArticleForReview(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n"): (typeof documents)["\n  mutation SubmitArticleForReview($id: ID!, $revision: Int!, $commandId: ID!) {\n    submitArticleForReview(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($id: ID!, $revision: Int!, $commandId: ID!) {\n    publishArticle(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($id: ID!, $revision: Int!, $commandId: ID!) {\n    publishArticle(id: $id, revision: $revision, commandId: $commandId) { ...EditableArticleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishArticle($id: ID!, $commandId: ID!) {\n    unpublishArticle(id: $id, commandId: $commandId) { ...EditableArticleFields }\n  }\n"): (typeof documents)["\n  mutation UnpublishArticle($id: ID!, $commandId: ID!) {\n    unpublishArticle(id: $id, commandId: $commandId) { ...EditableArticleFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreArticleRevision($id: ID!, $baseRevision: Int!, $fromRevision: Int!, $commandId: ID!) {\n    restoreArticleRevision(id: $id, baseRevision: $baseRevision, fromRevision: $fromRevision, commandId: $commandId) {\n      ...EditableArticleFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreArticleRevision($id: ID!, $baseRevision: Int!, $fromRevision: Int!, $commandId: ID!) {\n    restoreArticleRevision(id: $id, baseRevision: $baseRevision, fromRevision: $fromRevision, commandId: $commandId) {\n      ...EditableArticleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name { fa en ja vi }\n  }\n"): (typeof documents)["\n  fragment DepartmentFields on Department {\n    id\n    name { fa en ja vi }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffMemberFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    departments { ...DepartmentFields }\n    presence\n    onlineSince\n  }\n"): (typeof documents)["\n  fragment StaffMemberFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    departments { ...DepartmentFields }\n    presence\n    onlineSince\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardDepartmentFields on DepartmentPresence {\n    department { ...DepartmentFields }\n    agents { id displayName presence onlineSince }\n  }\n"): (typeof documents)["\n  fragment BoardDepartmentFields on DepartmentPresence {\n    department { ...DepartmentFields }\n    agents { id displayName presence onlineSince }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me { me { ...StaffMemberFields } }\n"): (typeof documents)["\n  query Me { me { ...StaffMemberFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      staff { ...StaffMemberFields }\n      secondStep { challenge expiresAt }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      staff { ...StaffMemberFields }\n      secondStep { challenge expiresAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): (typeof documents)["\n  mutation SignOut { signOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {\n    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }\n  }\n"): (typeof documents)["\n  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {\n    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }\n"): (typeof documents)["\n  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }\n"): (typeof documents)["\n  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutboxMailFields on OutboxMail {\n    id\n    to\n    subject\n    purpose { kind id }\n    state\n    queuedAt\n    attempts\n    maxAttempts\n    nextAttemptAt\n    lastError\n    sentAt\n    transport\n    deliveryDetail\n  }\n"): (typeof documents)["\n  fragment OutboxMailFields on OutboxMail {\n    id\n    to\n    subject\n    purpose { kind id }\n    state\n    queuedAt\n    attempts\n    maxAttempts\n    nextAttemptAt\n    lastError\n    sentAt\n    transport\n    deliveryDetail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMails($state: MailDeliveryState, $limit: Int) {\n    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }\n  }\n"): (typeof documents)["\n  query OutboxMails($state: MailDeliveryState, $limit: Int) {\n    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }\n"): (typeof documents)["\n  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatronFoundFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    lockedUntil\n  }\n"): (typeof documents)["\n  fragment PatronFoundFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    lockedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatronNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n    problem\n  }\n"): (typeof documents)["\n  fragment PatronNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n    problem\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatronAccountFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    phone\n    registeredAt\n    lockedUntil\n    failedSignInsInRow\n    hasPassword\n    preferences {\n      contact { kind method }\n      pickUpBranch { id name { fa en ja vi } }\n    }\n    notices { ...PatronNoticeFields }\n    reservations { id title itemKind status placedAt holdUntil pickUpBranch { id name { fa en ja vi } } }\n    loans { id title itemKind dueAt renewed overdue returnedAt }\n  }\n"): (typeof documents)["\n  fragment PatronAccountFields on Account {\n    id\n    kind\n    erased\n    name\n    cardNumber\n    email\n    phone\n    registeredAt\n    lockedUntil\n    failedSignInsInRow\n    hasPassword\n    preferences {\n      contact { kind method }\n      pickUpBranch { id name { fa en ja vi } }\n    }\n    notices { ...PatronNoticeFields }\n    reservations { id title itemKind status placedAt holdUntil pickUpBranch { id name { fa en ja vi } } }\n    loans { id title itemKind dueAt renewed overdue returnedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindAccounts($query: String!) { findAccounts(query: $query) { ...PatronFoundFields } }\n"): (typeof documents)["\n  query FindAccounts($query: String!) { findAccounts(query: $query) { ...PatronFoundFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatronAccount($id: ID!) { account(id: $id) { ...PatronAccountFields } }\n"): (typeof documents)["\n  query PatronAccount($id: ID!) { account(id: $id) { ...PatronAccountFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountPasswordAtDesk($accountId: ID!, $password: String!, $commandId: ID!) {\n    setAccountPasswordAtDesk(accountId: $accountId, password: $password, commandId: $commandId) {\n      ...PatronAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountPasswordAtDesk($accountId: ID!, $password: String!, $commandId: ID!) {\n    setAccountPasswordAtDesk(accountId: $accountId, password: $password, commandId: $commandId) {\n      ...PatronAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockAccount($accountId: ID!, $commandId: ID!) {\n    unlockAccount(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n"): (typeof documents)["\n  mutation UnlockAccount($accountId: ID!, $commandId: ID!) {\n    unlockAccount(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($accountId: ID!, $commandId: ID!) {\n    erasePerson(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($accountId: ID!, $commandId: ID!) {\n    erasePerson(accountId: $accountId, commandId: $commandId) { ...PatronAccountFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountDataExport($id: ID!) { accountDataExport(id: $id) }\n"): (typeof documents)["\n  query AccountDataExport($id: ID!) { accountDataExport(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSignInOptions { staffSignInOptions { oidc oidcStartUrl } }\n"): (typeof documents)["\n  query StaffSignInOptions { staffSignInOptions { oidc oidcStartUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) { token staff { ...StaffMemberFields } }\n  }\n"): (typeof documents)["\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) { token staff { ...StaffMemberFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSessionFields on StaffSession {\n    id\n    startedAt\n    expiresAt\n    lastSeenAt\n    address\n    userAgent\n    method\n    current\n  }\n"): (typeof documents)["\n  fragment StaffSessionFields on StaffSession {\n    id\n    startedAt\n    expiresAt\n    lastSeenAt\n    address\n    userAgent\n    method\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurity {\n    me { id twoFactor { enabled enabledAt recoveryCodesLeft } }\n    mySessions { ...StaffSessionFields }\n  }\n"): (typeof documents)["\n  query MySecurity {\n    me { id twoFactor { enabled enabledAt recoveryCodesLeft } }\n    mySessions { ...StaffSessionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCode } }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment { startTwoFactorEnrolment { secret otpauthUri qrCode } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) { confirmTwoFactor(code: $code) }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($code: String!) { confirmTwoFactor(code: $code) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) { disableTwoFactor(code: $code) { id } }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String!) { disableTwoFactor(code: $code) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($sessionId: ID!) { revokeSession(sessionId: $sessionId) }\n"): (typeof documents)["\n  mutation RevokeSession($sessionId: ID!) { revokeSession(sessionId: $sessionId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!, $commandId: ID!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword, commandId: $commandId)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!, $commandId: ID!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword, commandId: $commandId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAccessFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    twoFactor { enabled enabledAt recoveryCodesLeft }\n  }\n"): (typeof documents)["\n  fragment StaffAccessFields on StaffMember {\n    id\n    username\n    displayName\n    roles\n    twoFactor { enabled enabledAt recoveryCodesLeft }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccess { staffMembers { ...StaffAccessFields } }\n"): (typeof documents)["\n  query StaffAccess { staffMembers { ...StaffAccessFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSessions($staffId: ID!) { staffSessions(staffId: $staffId) { ...StaffSessionFields } }\n"): (typeof documents)["\n  query StaffSessions($staffId: ID!) { staffSessions(staffId: $staffId) { ...StaffSessionFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableStaffTwoFactor($staffId: ID!) { disableStaffTwoFactor(staffId: $staffId) { ...StaffAccessFields } }\n"): (typeof documents)["\n  mutation DisableStaffTwoFactor($staffId: ID!) { disableStaffTwoFactor(staffId: $staffId) { ...StaffAccessFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SecurityLogEntryFields on SecurityLogEntry {\n    id\n    at\n    day\n    kind\n    subject\n    person\n    address\n    userAgent\n    method\n    step\n    until\n    by\n    roles\n  }\n"): (typeof documents)["\n  fragment SecurityLogEntryFields on SecurityLogEntry {\n    id\n    at\n    day\n    kind\n    subject\n    person\n    address\n    userAgent\n    method\n    step\n    until\n    by\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLog($filter: SecurityLogFilter, $offset: Int, $first: Int) {\n    securityLog(filter: $filter, offset: $offset, first: $first) { total entries { ...SecurityLogEntryFields } }\n  }\n"): (typeof documents)["\n  query SecurityLog($filter: SecurityLogFilter, $offset: Int, $first: Int) {\n    securityLog(filter: $filter, offset: $offset, first: $first) { total entries { ...SecurityLogEntryFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatOverviewFields on ChatOverview {\n    waiting { ...ChatSummaryFields }\n    active { ...ChatSummaryFields }\n    agents { agent { id name } online departmentIds activeChats }\n  }\n"): (typeof documents)["\n  fragment ChatOverviewFields on ChatOverview {\n    waiting { ...ChatSummaryFields }\n    active { ...ChatSummaryFields }\n    agents { agent { id name } online departmentIds activeChats }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DailyChatFiguresFields on DailyChatFigures {\n    day\n    chatsStarted\n    chatsAnswered\n    chatsMissed\n    offlineQuestions\n    offlineQuestionsAnswered\n    medianWaitSeconds\n    medianFirstResponseSeconds\n    chatsAbandoned\n    ratings\n    averageRating\n    goodRatingShare\n  }\n"): (typeof documents)["\n  fragment DailyChatFiguresFields on DailyChatFigures {\n    day\n    chatsStarted\n    chatsAnswered\n    chatsMissed\n    offlineQuestions\n    offlineQuestionsAnswered\n    medianWaitSeconds\n    medianFirstResponseSeconds\n    chatsAbandoned\n    ratings\n    averageRating\n    goodRatingShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatOverview { chatOverview { ...ChatOverviewFields } }\n"): (typeof documents)["\n  query ChatOverview { chatOverview { ...ChatOverviewFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatDailyFigures($from: String!, $to: String!) {\n    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }\n  }\n"): (typeof documents)["\n  query ChatDailyFigures($from: String!, $to: String!) {\n    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }\n"): (typeof documents)["\n  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatFiguresChanged { chatFiguresChanged }\n"): (typeof documents)["\n  subscription ChatFiguresChanged { chatFiguresChanged }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentChatFiguresFields on AgentChatFigures {\n    agent { id name }\n    chatsAnswered\n    ratings\n    averageRating\n    goodRatingShare\n  }\n"): (typeof documents)["\n  fragment AgentChatFiguresFields on AgentChatFigures {\n    agent { id name }\n    chatsAnswered\n    ratings\n    averageRating\n    goodRatingShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAgentFigures($from: String!, $to: String!) {\n    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }\n  }\n"): (typeof documents)["\n  query ChatAgentFigures($from: String!, $to: String!) {\n    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeskCalendar { deskCalendar { timeZone today } }\n"): (typeof documents)["\n  query DeskCalendar { deskCalendar { timeZone today } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRefFields on TicketRef {\n    id\n    number\n    subject\n    status\n  }\n"): (typeof documents)["\n  fragment TicketRefFields on TicketRef {\n    id\n    number\n    subject\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketSlaFields on TicketSlaTarget {\n    metric\n    state\n    dueAt\n    settledAt\n    businessMinutesLeft\n  }\n"): (typeof documents)["\n  fragment TicketSlaFields on TicketSlaTarget {\n    metric\n    state\n    dueAt\n    settledAt\n    businessMinutesLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRowFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    channel\n    requester { name email emailUndeliverable }\n    requesterType\n    department { ...DepartmentFields }\n    assignee { id name }\n    tags\n    openedAt\n    updatedAt\n    preview\n    messageCount\n    nextDueAt\n    revision\n    mergedInto { ...TicketRefFields }\n    sla { ...TicketSlaFields }\n  }\n"): (typeof documents)["\n  fragment TicketRowFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    channel\n    requester { name email emailUndeliverable }\n    requesterType\n    department { ...DepartmentFields }\n    assignee { id name }\n    tags\n    openedAt\n    updatedAt\n    preview\n    messageCount\n    nextDueAt\n    revision\n    mergedInto { ...TicketRefFields }\n    sla { ...TicketSlaFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketAttachmentFields on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n"): (typeof documents)["\n  fragment TicketAttachmentFields on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketTimelineEntryFields on TicketTimelineEntry {\n    id\n    kind\n    at\n    actor { kind id name }\n    text\n    attachments { ...TicketAttachmentFields }\n    via\n    delivery { state to mailId detail }\n    mentions { id name }\n    status\n    previousStatus\n    priority\n    department { ...DepartmentFields }\n    assignee { id name }\n    automatic\n    tagsAdded\n    tagsRemoved\n    fields { key value }\n    otherTicket { ...TicketRefFields }\n    linkKind\n    slaMetric\n    fromTicket { ...TicketRefFields }\n    detail\n    articleId\n  }\n"): (typeof documents)["\n  fragment TicketTimelineEntryFields on TicketTimelineEntry {\n    id\n    kind\n    at\n    actor { kind id name }\n    text\n    attachments { ...TicketAttachmentFields }\n    via\n    delivery { state to mailId detail }\n    mentions { id name }\n    status\n    previousStatus\n    priority\n    department { ...DepartmentFields }\n    assignee { id name }\n    automatic\n    tagsAdded\n    tagsRemoved\n    fields { key value }\n    otherTicket { ...TicketRefFields }\n    linkKind\n    slaMetric\n    fromTicket { ...TicketRefFields }\n    detail\n    articleId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields on Ticket {\n    ...TicketRowFields\n    requester { name email phone language contactMethod emailUndeliverable customerId }\n    product\n    version\n    fields { key value }\n    firstResponseAt\n    solvedAt\n    closedAt\n    links { kind ticket { ...TicketRefFields } }\n    timeline { ...TicketTimelineEntryFields }\n  }\n"): (typeof documents)["\n  fragment TicketFields on Ticket {\n    ...TicketRowFields\n    requester { name email phone language contactMethod emailUndeliverable customerId }\n    product\n    version\n    fields { key value }\n    firstResponseAt\n    solvedAt\n    closedAt\n    links { kind ticket { ...TicketRefFields } }\n    timeline { ...TicketTimelineEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedTicketViewFields on SavedTicketView {\n    id\n    name\n    count\n    filter {\n      statuses\n      priorities\n      channels\n      departmentIds\n      assigneeId\n      unassigned\n      tags\n      requesterType\n      query\n    }\n  }\n"): (typeof documents)["\n  fragment SavedTicketViewFields on SavedTicketView {\n    id\n    name\n    count\n    filter {\n      statuses\n      priorities\n      channels\n      departmentIds\n      assigneeId\n      unassigned\n      tags\n      requesterType\n      query\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...TicketRowFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query Tickets($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges { cursor node { ...TicketRowFields } }\n      pageInfo { endCursor hasNextPage }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketViews {\n    ticketViewCounts { view count }\n    savedTicketViews { ...SavedTicketViewFields }\n  }\n"): (typeof documents)["\n  query TicketViews {\n    ticketViewCounts { view count }\n    savedTicketViews { ...SavedTicketViewFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID, $number: Int) { ticket(id: $id, number: $number) { ...TicketFields } }\n"): (typeof documents)["\n  query Ticket($id: ID, $number: Int) { ticket(id: $id, number: $number) { ...TicketFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketAgents($departmentId: ID!) { ticketAgents(departmentId: $departmentId) { id username displayName } }\n"): (typeof documents)["\n  query TicketAgents($departmentId: ID!) { ticketAgents(departmentId: $departmentId) { id username displayName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketsChanged { ticketsChanged { kind ticket { ...TicketRowFields } } }\n"): (typeof documents)["\n  subscription TicketsChanged { ticketsChanged { kind ticket { ...TicketRowFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketChanged($id: ID!) { ticketChanged(id: $id) { ...TicketFields } }\n"): (typeof documents)["\n  subscription TicketChanged($id: ID!) { ticketChanged(id: $id) { ...TicketFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTicketView($viewId: ID, $view: SavedTicketViewInput!, $commandId: ID!) {\n    saveTicketView(viewId: $viewId, view: $view, commandId: $commandId) { ...SavedTicketViewFields }\n  }\n"): (typeof documents)["\n  mutation SaveTicketView($viewId: ID, $view: SavedTicketViewInput!, $commandId: ID!) {\n    saveTicketView(viewId: $viewId, view: $view, commandId: $commandId) { ...SavedTicketViewFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTicketView($viewId: ID!, $commandId: ID!) { deleteTicketView(viewId: $viewId, commandId: $commandId) }\n"): (typeof documents)["\n  mutation DeleteTicketView($viewId: ID!, $commandId: ID!) { deleteTicketView(viewId: $viewId, commandId: $commandId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateTickets($ticketIds: [ID!]!, $change: BulkTicketChange!, $commandId: ID!) {\n    bulkUpdateTickets(ticketIds: $ticketIds, change: $change, commandId: $commandId) {\n      updated { ...TicketRowFields }\n      failed { ticketId reason message }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateTickets($ticketIds: [ID!]!, $change: BulkTicketChange!, $commandId: ID!) {\n    bulkUpdateTickets(ticketIds: $ticketIds, change: $change, commandId: $commandId) {\n      updated { ...TicketRowFields }\n      failed { ticketId reason message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket(\n    $ticketId: ID!\n    $text: String!\n    $attachments: [ID!]\n    $status: TicketStatus\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    replyToTicket(\n      ticketId: $ticketId\n      text: $text\n      attachments: $attachments\n      status: $status\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToTicket(\n    $ticketId: ID!\n    $text: String!\n    $attachments: [ID!]\n    $status: TicketStatus\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    replyToTicket(\n      ticketId: $ticketId\n      text: $text\n      attachments: $attachments\n      status: $status\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketNote($ticketId: ID!, $text: String!, $commandId: ID!) {\n    addTicketNote(ticketId: $ticketId, text: $text, commandId: $commandId) { ...TicketFields }\n  }\n"): (typeof documents)["\n  mutation AddTicketNote($ticketId: ID!, $text: String!, $commandId: ID!) {\n    addTicketNote(ticketId: $ticketId, text: $text, commandId: $commandId) { ...TicketFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTicketStatus($ticketId: ID!, $status: TicketStatus!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketStatus(ticketId: $ticketId, status: $status, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketPriority($ticketId: ID!, $priority: TicketPriority!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketPriority(\n      ticketId: $ticketId\n      priority: $priority\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTicketPriority($ticketId: ID!, $priority: TicketPriority!, $expectedRevision: Int, $commandId: ID!) {\n    changeTicketPriority(\n      ticketId: $ticketId\n      priority: $priority\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTicket($ticketId: ID!, $departmentId: ID!, $agentId: ID, $expectedRevision: Int, $commandId: ID!) {\n    assignTicket(\n      ticketId: $ticketId\n      departmentId: $departmentId\n      agentId: $agentId\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTicket($ticketId: ID!, $departmentId: ID!, $agentId: ID, $expectedRevision: Int, $commandId: ID!) {\n    assignTicket(\n      ticketId: $ticketId\n      departmentId: $departmentId\n      agentId: $agentId\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagTicket($ticketId: ID!, $add: [String!], $remove: [String!], $commandId: ID!) {\n    tagTicket(ticketId: $ticketId, add: $add, remove: $remove, commandId: $commandId) { ...TicketFields }\n  }\n"): (typeof documents)["\n  mutation TagTicket($ticketId: ID!, $add: [String!], $remove: [String!], $commandId: ID!) {\n    tagTicket(ticketId: $ticketId, add: $add, remove: $remove, commandId: $commandId) { ...TicketFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketFields($ticketId: ID!, $fields: [TicketFieldInput!]!, $expectedRevision: Int, $commandId: ID!) {\n    setTicketFields(ticketId: $ticketId, fields: $fields, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTicketFields($ticketId: ID!, $fields: [TicketFieldInput!]!, $expectedRevision: Int, $commandId: ID!) {\n    setTicketFields(ticketId: $ticketId, fields: $fields, expectedRevision: $expectedRevision, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTicket($ticketId: ID!, $intoTicketId: ID!, $commandId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId, commandId: $commandId) { ...TicketFields }\n  }\n"): (typeof documents)["\n  mutation MergeTicket($ticketId: ID!, $intoTicketId: ID!, $commandId: ID!) {\n    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId, commandId: $commandId) { ...TicketFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTickets($ticketId: ID!, $otherTicketId: ID!, $kind: TicketLinkKind!, $commandId: ID!) {\n    linkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, kind: $kind, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTickets($ticketId: ID!, $otherTicketId: ID!, $kind: TicketLinkKind!, $commandId: ID!) {\n    linkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, kind: $kind, commandId: $commandId) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTickets($ticketId: ID!, $otherTicketId: ID!, $commandId: ID!) {\n    unlinkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, commandId: $commandId) { ...TicketFields }\n  }\n"): (typeof documents)["\n  mutation UnlinkTickets($ticketId: ID!, $otherTicketId: ID!, $commandId: ID!) {\n    unlinkTickets(ticketId: $ticketId, otherTicketId: $otherTicketId, commandId: $commandId) { ...TicketFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackReportCountFields on FeedbackReportCount {\n    key\n    count\n    product\n  }\n"): (typeof documents)["\n  fragment FeedbackReportCountFields on FeedbackReportCount {\n    key\n    count\n    product\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackReportFields on FeedbackReport {\n    total\n    reporters\n    byKind { ...FeedbackReportCountFields }\n    byChannel { ...FeedbackReportCountFields }\n    bySeverity { ...FeedbackReportCountFields }\n    byProduct { ...FeedbackReportCountFields }\n    byVersion { ...FeedbackReportCountFields }\n    trend { start count byKind { ...FeedbackReportCountFields } }\n    topTopics {\n      topic { id title product kind status answerVersion fixReleased }\n      reporters\n      items\n    }\n    notFound { query normalizedQuery language count lastAt }\n    satisfaction { answers average distribution trend { start answers average } }\n    from\n    to\n    today\n    bucket\n    timeZone\n    definitionVersion\n    rebuilding\n  }\n"): (typeof documents)["\n  fragment FeedbackReportFields on FeedbackReport {\n    total\n    reporters\n    byKind { ...FeedbackReportCountFields }\n    byChannel { ...FeedbackReportCountFields }\n    bySeverity { ...FeedbackReportCountFields }\n    byProduct { ...FeedbackReportCountFields }\n    byVersion { ...FeedbackReportCountFields }\n    trend { start count byKind { ...FeedbackReportCountFields } }\n    topTopics {\n      topic { id title product kind status answerVersion fixReleased }\n      reporters\n      items\n    }\n    notFound { query normalizedQuery language count lastAt }\n    satisfaction { answers average distribution trend { start answers average } }\n    from\n    to\n    today\n    bucket\n    timeZone\n    definitionVersion\n    rebuilding\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackReportDefinitionFields on FeedbackReportDefinition {\n    version\n    kinds { key labels { fa en ja vi } countsAs }\n    sources\n    dismissedCount\n    changedAt\n    appliedVersion\n    rebuilding\n  }\n"): (typeof documents)["\n  fragment FeedbackReportDefinitionFields on FeedbackReportDefinition {\n    version\n    kinds { key labels { fa en ja vi } countsAs }\n    sources\n    dismissedCount\n    changedAt\n    appliedVersion\n    rebuilding\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackReportItemFields on FeedbackReportItem {\n    id\n    at\n    text\n    channel\n    kind\n    reportKind\n    severity\n    product\n    version\n    build\n    language\n    topicId\n    source {\n      kind\n      chatId\n      ticketId\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n      invitationId\n    }\n    ticketNumber\n    reporter { kind customerId name email phone }\n  }\n"): (typeof documents)["\n  fragment FeedbackReportItemFields on FeedbackReportItem {\n    id\n    at\n    text\n    channel\n    kind\n    reportKind\n    severity\n    product\n    version\n    build\n    language\n    topicId\n    source {\n      kind\n      chatId\n      ticketId\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n      invitationId\n    }\n    ticketNumber\n    reporter { kind customerId name email phone }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackReport($filter: FeedbackReportFilter) {\n    feedbackReport(filter: $filter) { ...FeedbackReportFields }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n"): (typeof documents)["\n  query FeedbackReport($filter: FeedbackReportFilter) {\n    feedbackReport(filter: $filter) { ...FeedbackReportFields }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackReportItems($filter: FeedbackReportFilter, $first: Int, $after: String) {\n    feedbackReportItems(filter: $filter, first: $first, after: $after) {\n      items { ...FeedbackReportItemFields }\n      total\n      pageInfo { endCursor hasNextPage }\n    }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n"): (typeof documents)["\n  query FeedbackReportItems($filter: FeedbackReportFilter, $first: Int, $after: String) {\n    feedbackReportItems(filter: $filter, first: $first, after: $after) {\n      items { ...FeedbackReportItemFields }\n      total\n      pageInfo { endCursor hasNextPage }\n    }\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n    feedbackReportProducts { key name versions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackReportDefinition {\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n  }\n"): (typeof documents)["\n  query FeedbackReportDefinition {\n    feedbackReportDefinition { ...FeedbackReportDefinitionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeFeedbackReportDefinition($input: ChangeFeedbackReportDefinitionInput!) {\n    changeFeedbackReportDefinition(input: $input) { ...FeedbackReportDefinitionFields }\n  }\n"): (typeof documents)["\n  mutation ChangeFeedbackReportDefinition($input: ChangeFeedbackReportDefinitionInput!) {\n    changeFeedbackReportDefinition(input: $input) { ...FeedbackReportDefinitionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackDeliveryFields on FeedbackDelivery {\n    answerId\n    occasion\n    delivered\n    channel\n    mailId\n    ticketId\n    language\n    reason\n    at\n  }\n"): (typeof documents)["\n  fragment FeedbackDeliveryFields on FeedbackDelivery {\n    answerId\n    occasion\n    delivered\n    channel\n    mailId\n    ticketId\n    language\n    reason\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackItemFields on FeedbackItem {\n    id\n    source {\n      kind\n      chatId\n      ticketId\n      ticketNumber\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n    }\n    channel\n    text\n    product\n    version\n    build\n    kind\n    severity\n    tags\n    reporter {\n      kind\n      customerId\n      ticketId\n      name\n      email\n      phone\n    }\n    language\n    capturedAt\n    state\n    dismissal {\n      reason\n      duplicateOf\n      at\n    }\n    topic {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackItemFields on FeedbackItem {\n    id\n    source {\n      kind\n      chatId\n      ticketId\n      ticketNumber\n      messageId\n      callId\n      noteId\n      questionId\n      articleId\n      articleRevision\n      surveyId\n    }\n    channel\n    text\n    product\n    version\n    build\n    kind\n    severity\n    tags\n    reporter {\n      kind\n      customerId\n      ticketId\n      name\n      email\n      phone\n    }\n    language\n    capturedAt\n    state\n    dismissal {\n      reason\n      duplicateOf\n      at\n    }\n    topic {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackAnswerFields on FeedbackAnswer {\n    id\n    status\n    version\n    reason\n    note\n    at\n    fixReleasedAt\n  }\n"): (typeof documents)["\n  fragment FeedbackAnswerFields on FeedbackAnswer {\n    id\n    status\n    version\n    reason\n    note\n    at\n    fixReleasedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackTopicRowFields on FeedbackTopic {\n    id\n    title\n    product\n    kind\n    state\n    openedAt\n    forwardedAt\n    team {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswerFields\n    }\n    itemCount\n    reporterCount\n    deliveredCount\n    undeliverableCount\n  }\n"): (typeof documents)["\n  fragment FeedbackTopicRowFields on FeedbackTopic {\n    id\n    title\n    product\n    kind\n    state\n    openedAt\n    forwardedAt\n    team {\n      id\n      name\n    }\n    answers {\n      ...FeedbackAnswerFields\n    }\n    itemCount\n    reporterCount\n    deliveredCount\n    undeliverableCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedbackTopicFields on FeedbackTopic {\n    ...FeedbackTopicRowFields\n    items {\n      ...FeedbackItemFields\n      deliveries {\n        ...FeedbackDeliveryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FeedbackTopicFields on FeedbackTopic {\n    ...FeedbackTopicRowFields\n    items {\n      ...FeedbackItemFields\n      deliveries {\n        ...FeedbackDeliveryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackQueue($filter: FeedbackQueueFilter) {\n    feedbackQueue(filter: $filter) {\n      nodes {\n        ...FeedbackItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FeedbackQueue($filter: FeedbackQueueFilter) {\n    feedbackQueue(filter: $filter) {\n      nodes {\n        ...FeedbackItemFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  query FeedbackItem($id: ID!) {\n    feedbackItem(id: $id) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackSuggestions($itemId: ID!) {\n    feedbackSuggestions(itemId: $itemId) {\n      topics {\n        topic {\n          id\n          title\n          product\n          kind\n          itemCount\n        }\n        score\n      }\n      items {\n        item {\n          id\n          text\n          language\n        }\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  query FeedbackSuggestions($itemId: ID!) {\n    feedbackSuggestions(itemId: $itemId) {\n      topics {\n        topic {\n          id\n          title\n          product\n          kind\n          itemCount\n        }\n        score\n      }\n      items {\n        item {\n          id\n          text\n          language\n        }\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackTopics($filter: FeedbackTopicFilter) {\n    feedbackTopics(filter: $filter) {\n      nodes {\n        ...FeedbackTopicRowFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query FeedbackTopics($filter: FeedbackTopicFilter) {\n    feedbackTopics(filter: $filter) {\n      nodes {\n        ...FeedbackTopicRowFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedbackTopic($id: ID!) {\n    feedbackTopic(id: $id) {\n      ...FeedbackTopicFields\n    }\n  }\n"): (typeof documents)["\n  query FeedbackTopic($id: ID!) {\n    feedbackTopic(id: $id) {\n      ...FeedbackTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FeedbackChanged {\n    feedbackChanged {\n      itemId\n      topicId\n    }\n  }\n"): (typeof documents)["\n  subscription FeedbackChanged {\n    feedbackChanged {\n      itemId\n      topicId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaptureFeedback($input: CaptureFeedbackInput!, $commandId: ID!) {\n    captureFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CaptureFeedback($input: CaptureFeedbackInput!, $commandId: ID!) {\n    captureFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyFeedback($itemId: ID!, $input: FeedbackClassificationInput!, $commandId: ID!) {\n    classifyFeedback(itemId: $itemId, input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClassifyFeedback($itemId: ID!, $input: FeedbackClassificationInput!, $commandId: ID!) {\n    classifyFeedback(itemId: $itemId, input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissFeedback($itemId: ID!, $reason: FeedbackDismissReason!, $duplicateOf: ID, $commandId: ID!) {\n    dismissFeedback(itemId: $itemId, reason: $reason, duplicateOf: $duplicateOf, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation DismissFeedback($itemId: ID!, $reason: FeedbackDismissReason!, $duplicateOf: ID, $commandId: ID!) {\n    dismissFeedback(itemId: $itemId, reason: $reason, duplicateOf: $duplicateOf, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreFeedback($itemId: ID!, $commandId: ID!) {\n    restoreFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreFeedback($itemId: ID!, $commandId: ID!) {\n    restoreFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupFeedback($input: GroupFeedbackInput!, $commandId: ID!) {\n    groupFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackTopicRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation GroupFeedback($input: GroupFeedbackInput!, $commandId: ID!) {\n    groupFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackTopicRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UngroupFeedback($itemId: ID!, $commandId: ID!) {\n    ungroupFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UngroupFeedback($itemId: ID!, $commandId: ID!) {\n    ungroupFeedback(itemId: $itemId, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardFeedbackTopic($topicId: ID!, $teamId: ID, $commandId: ID!) {\n    forwardFeedbackTopic(topicId: $topicId, teamId: $teamId, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardFeedbackTopic($topicId: ID!, $teamId: ID, $commandId: ID!) {\n    forwardFeedbackTopic(topicId: $topicId, teamId: $teamId, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeedbackTopic($topicId: ID!, $input: AnswerFeedbackTopicInput!, $commandId: ID!) {\n    answerFeedbackTopic(topicId: $topicId, input: $input, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFeedbackTopic($topicId: ID!, $input: AnswerFeedbackTopicInput!, $commandId: ID!) {\n    answerFeedbackTopic(topicId: $topicId, input: $input, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileFeedback($input: FileFeedbackInput!, $commandId: ID!) {\n    fileFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation FileFeedback($input: FileFeedbackInput!, $commandId: ID!) {\n    fileFeedback(input: $input, commandId: $commandId) {\n      ...FeedbackItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameFeedbackTopic($topicId: ID!, $title: String!, $commandId: ID!) {\n    renameFeedbackTopic(topicId: $topicId, title: $title, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameFeedbackTopic($topicId: ID!, $title: String!, $commandId: ID!) {\n    renameFeedbackTopic(topicId: $topicId, title: $title, commandId: $commandId) {\n      ...FeedbackTopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductTeamFields on ProductTeam {\n    id\n    name\n    products\n    members {\n      staffId\n      name\n    }\n    personalDataGranted\n  }\n"): (typeof documents)["\n  fragment ProductTeamFields on ProductTeam {\n    id\n    name\n    products\n    members {\n      staffId\n      name\n    }\n    personalDataGranted\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductTeams {\n    productTeams {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  query ProductTeams {\n    productTeams {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineProductTeam($input: ProductTeamInput!, $commandId: ID!) {\n    defineProductTeam(input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation DefineProductTeam($input: ProductTeamInput!, $commandId: ID!) {\n    defineProductTeam(input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeProductTeam($teamId: ID!, $input: ProductTeamInput!, $commandId: ID!) {\n    changeProductTeam(teamId: $teamId, input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeProductTeam($teamId: ID!, $input: ProductTeamInput!, $commandId: ID!) {\n    changeProductTeam(teamId: $teamId, input: $input, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    addProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    addProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    removeProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProductTeamMember($teamId: ID!, $staffId: ID!, $commandId: ID!) {\n    removeProductTeamMember(teamId: $teamId, staffId: $staffId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    grantTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    grantTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    revokeTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTeamPersonalData($teamId: ID!, $commandId: ID!) {\n    revokeTeamPersonalData(teamId: $teamId, commandId: $commandId) {\n      ...ProductTeamFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsVolumesFields on OperationsVolumes {\n    received\n    answered\n    byChannel { channel received answered }\n    byRequesterType { requesterType received answered }\n    matrix { channel requesterType received answered }\n  }\n"): (typeof documents)["\n  fragment OperationsVolumesFields on OperationsVolumes {\n    received\n    answered\n    byChannel { channel received answered }\n    byRequesterType { requesterType received answered }\n    matrix { channel requesterType received answered }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsStaffingFields on OperationsStaffing {\n    agentsOnline\n    personHours\n    personDays\n    handlingHours\n    occupancy\n  }\n"): (typeof documents)["\n  fragment OperationsStaffingFields on OperationsStaffing {\n    agentsOnline\n    personHours\n    personDays\n    handlingHours\n    occupancy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsSlaFields on OperationsSlaFigure {\n    count\n    averageMinutes\n    withTarget\n    met\n    breached\n    metRate\n  }\n"): (typeof documents)["\n  fragment OperationsSlaFields on OperationsSlaFigure {\n    count\n    averageMinutes\n    withTarget\n    met\n    breached\n    metRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsServiceLevelsFields on OperationsServiceLevels {\n    callsOffered\n    callsAnswered\n    callsAbandoned\n    answerRate\n    serviceLevelSeconds\n    answeredWithinTarget\n    serviceLevel\n    averageWaitSeconds\n    p90WaitSeconds\n    chatsRequested\n    chatsAccepted\n    chatsAbandoned\n    averageChatWaitSeconds\n    firstResponse { ...OperationsSlaFields }\n    resolution { ...OperationsSlaFields }\n  }\n"): (typeof documents)["\n  fragment OperationsServiceLevelsFields on OperationsServiceLevels {\n    callsOffered\n    callsAnswered\n    callsAbandoned\n    answerRate\n    serviceLevelSeconds\n    answeredWithinTarget\n    serviceLevel\n    averageWaitSeconds\n    p90WaitSeconds\n    chatsRequested\n    chatsAccepted\n    chatsAbandoned\n    averageChatWaitSeconds\n    firstResponse { ...OperationsSlaFields }\n    resolution { ...OperationsSlaFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsShiftFields on OperationsShift {\n    key\n    name { fa en ja vi }\n    start\n    end\n  }\n"): (typeof documents)["\n  fragment OperationsShiftFields on OperationsShift {\n    key\n    name { fa en ja vi }\n    start\n    end\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsDashboardFields on OperationsDashboard {\n    from\n    to\n    granularity\n    timeZone\n    settingsVersion\n    rebuilding\n    volumes { ...OperationsVolumesFields }\n    staffing { ...OperationsStaffingFields }\n    serviceLevels { ...OperationsServiceLevelsFields }\n    buckets {\n      key\n      day\n      hour\n      shift\n      start\n      end\n      backlog\n      queuePeak\n      volumes { received answered byChannel { channel received answered } }\n      staffing { ...OperationsStaffingFields }\n      serviceLevels { callsOffered callsAnswered callsAbandoned answerRate serviceLevel averageWaitSeconds }\n    }\n    backlog { key at open }\n    peak { at waiting agentsOnline { id name } }\n    shifts { ...OperationsShiftFields }\n  }\n"): (typeof documents)["\n  fragment OperationsDashboardFields on OperationsDashboard {\n    from\n    to\n    granularity\n    timeZone\n    settingsVersion\n    rebuilding\n    volumes { ...OperationsVolumesFields }\n    staffing { ...OperationsStaffingFields }\n    serviceLevels { ...OperationsServiceLevelsFields }\n    buckets {\n      key\n      day\n      hour\n      shift\n      start\n      end\n      backlog\n      queuePeak\n      volumes { received answered byChannel { channel received answered } }\n      staffing { ...OperationsStaffingFields }\n      serviceLevels { callsOffered callsAnswered callsAbandoned answerRate serviceLevel averageWaitSeconds }\n    }\n    backlog { key at open }\n    peak { at waiting agentsOnline { id name } }\n    shifts { ...OperationsShiftFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsDashboard($filter: OperationsFilter!) {\n    operationsDashboard(filter: $filter) { ...OperationsDashboardFields }\n  }\n"): (typeof documents)["\n  query OperationsDashboard($filter: OperationsFilter!) {\n    operationsDashboard(filter: $filter) { ...OperationsDashboardFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OperationsSettingsFields on OperationsSettings {\n    version\n    shifts { ...OperationsShiftFields }\n    answeredMinTalkSeconds\n    serviceLevelSeconds\n    requesterTypes { key group }\n    knownRequesterTypes\n    updatedAt\n    rebuild { state version finishedAt durationMs eventsReplayed }\n  }\n"): (typeof documents)["\n  fragment OperationsSettingsFields on OperationsSettings {\n    version\n    shifts { ...OperationsShiftFields }\n    answeredMinTalkSeconds\n    serviceLevelSeconds\n    requesterTypes { key group }\n    knownRequesterTypes\n    updatedAt\n    rebuild { state version finishedAt durationMs eventsReplayed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsSettings { operationsSettings { ...OperationsSettingsFields } }\n"): (typeof documents)["\n  query OperationsSettings { operationsSettings { ...OperationsSettingsFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineOperationsShifts($input: DefineShiftsInput!) {\n    defineShifts(input: $input) { ...OperationsSettingsFields }\n  }\n"): (typeof documents)["\n  mutation DefineOperationsShifts($input: DefineShiftsInput!) {\n    defineShifts(input: $input) { ...OperationsSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOperationsDefinitions($input: ChangeOperationsDefinitionsInput!) {\n    changeOperationsDefinitions(input: $input) { ...OperationsSettingsFields }\n  }\n"): (typeof documents)["\n  mutation ChangeOperationsDefinitions($input: ChangeOperationsDefinitionsInput!) {\n    changeOperationsDefinitions(input: $input) { ...OperationsSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsRequesterTypes { ticketSettings { requesterTypes { key name { fa en ja vi } } } }\n"): (typeof documents)["\n  query OperationsRequesterTypes { ticketSettings { requesterTypes { key name { fa en ja vi } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessCalendarFields on BusinessCalendar {\n    id\n    name\n    timeZone\n    hours { day start end }\n    holidays\n  }\n"): (typeof documents)["\n  fragment BusinessCalendarFields on BusinessCalendar {\n    id\n    name\n    timeZone\n    hours { day start end }\n    holidays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketSettingsFields on TicketSettings {\n    requesterTypes { key name { fa en ja vi } }\n    inboundAddresses { address department { ...DepartmentFields } }\n    defaultDepartment { ...DepartmentFields }\n    departments {\n      department { ...DepartmentFields }\n      fields { key label { fa en ja vi } kind options required public }\n      autoAssignment\n      capPerAgent\n    }\n    calendars { ...BusinessCalendarFields }\n    slaPolicies {\n      department { ...DepartmentFields }\n      priority\n      calendar { id name }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n    }\n    smtpListener\n  }\n"): (typeof documents)["\n  fragment TicketSettingsFields on TicketSettings {\n    requesterTypes { key name { fa en ja vi } }\n    inboundAddresses { address department { ...DepartmentFields } }\n    defaultDepartment { ...DepartmentFields }\n    departments {\n      department { ...DepartmentFields }\n      fields { key label { fa en ja vi } kind options required public }\n      autoAssignment\n      capPerAgent\n    }\n    calendars { ...BusinessCalendarFields }\n    slaPolicies {\n      department { ...DepartmentFields }\n      priority\n      calendar { id name }\n      firstResponseMinutes\n      nextResponseMinutes\n      resolutionMinutes\n    }\n    smtpListener\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSettings { ticketSettings { ...TicketSettingsFields } }\n"): (typeof documents)["\n  query TicketSettings { ticketSettings { ...TicketSettingsFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequesterTypes($types: [RequesterTypeInput!]!, $commandId: ID!) {\n    setRequesterTypes(types: $types, commandId: $commandId) { ...TicketSettingsFields }\n  }\n"): (typeof documents)["\n  mutation SetRequesterTypes($types: [RequesterTypeInput!]!, $commandId: ID!) {\n    setRequesterTypes(types: $types, commandId: $commandId) { ...TicketSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInboundAddresses($addresses: [InboundAddressInput!]!, $defaultDepartmentId: ID!, $commandId: ID!) {\n    setInboundAddresses(addresses: $addresses, defaultDepartmentId: $defaultDepartmentId, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetInboundAddresses($addresses: [InboundAddressInput!]!, $defaultDepartmentId: ID!, $commandId: ID!) {\n    setInboundAddresses(addresses: $addresses, defaultDepartmentId: $defaultDepartmentId, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineTicketFields($departmentId: ID!, $fields: [TicketFieldDefinitionInput!]!, $commandId: ID!) {\n    defineTicketFields(departmentId: $departmentId, fields: $fields, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation DefineTicketFields($departmentId: ID!, $fields: [TicketFieldDefinitionInput!]!, $commandId: ID!) {\n    defineTicketFields(departmentId: $departmentId, fields: $fields, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAutoAssignment($departmentId: ID!, $enabled: Boolean!, $capPerAgent: Int!, $commandId: ID!) {\n    setAutoAssignment(departmentId: $departmentId, enabled: $enabled, capPerAgent: $capPerAgent, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetAutoAssignment($departmentId: ID!, $enabled: Boolean!, $capPerAgent: Int!, $commandId: ID!) {\n    setAutoAssignment(departmentId: $departmentId, enabled: $enabled, capPerAgent: $capPerAgent, commandId: $commandId) {\n      ...TicketSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!, $commandId: ID!) {\n    setBusinessCalendar(calendar: $calendar, commandId: $commandId) { ...TicketSettingsFields }\n  }\n"): (typeof documents)["\n  mutation SetBusinessCalendar($calendar: BusinessCalendarInput!, $commandId: ID!) {\n    setBusinessCalendar(calendar: $calendar, commandId: $commandId) { ...TicketSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSlaPolicy($policy: SlaPolicyInput!, $commandId: ID!) {\n    setSlaPolicy(policy: $policy, commandId: $commandId) { ...TicketSettingsFields }\n  }\n"): (typeof documents)["\n  mutation SetSlaPolicy($policy: SlaPolicyInput!, $commandId: ID!) {\n    setSlaPolicy(policy: $policy, commandId: $commandId) { ...TicketSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketFromChat($chatId: ID!, $commandId: ID!) {\n    ticketFromChat(chatId: $chatId, commandId: $commandId) { id number }\n  }\n"): (typeof documents)["\n  mutation TicketFromChat($chatId: ID!, $commandId: ID!) {\n    ticketFromChat(chatId: $chatId, commandId: $commandId) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TicketFromOfflineQuestion($questionId: ID!, $commandId: ID!) {\n    ticketFromOfflineQuestion(questionId: $questionId, commandId: $commandId) { id number }\n  }\n"): (typeof documents)["\n  mutation TicketFromOfflineQuestion($questionId: ID!, $commandId: ID!) {\n    ticketFromOfflineQuestion(questionId: $questionId, commandId: $commandId) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftArticleFromTicket($ticketId: ID!, $commandId: ID!) {\n    draftArticleFromTicket(ticketId: $ticketId, commandId: $commandId)\n  }\n"): (typeof documents)["\n  mutation DraftArticleFromTicket($ticketId: ID!, $commandId: ID!) {\n    draftArticleFromTicket(ticketId: $ticketId, commandId: $commandId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTicket($input: OpenTicketInput!, $commandId: ID!) {\n    openTicket(input: $input, commandId: $commandId) { id number }\n  }\n"): (typeof documents)["\n  mutation OpenTicket($input: OpenTicketInput!, $commandId: ID!) {\n    openTicket(input: $input, commandId: $commandId) { id number }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditTicketDetails(\n    $ticketId: ID!\n    $subject: String\n    $product: String\n    $version: String\n    $requesterType: String\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    editTicketDetails(\n      ticketId: $ticketId\n      subject: $subject\n      product: $product\n      version: $version\n      requesterType: $requesterType\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditTicketDetails(\n    $ticketId: ID!\n    $subject: String\n    $product: String\n    $version: String\n    $requesterType: String\n    $expectedRevision: Int\n    $commandId: ID!\n  ) {\n    editTicketDetails(\n      ticketId: $ticketId\n      subject: $subject\n      product: $product\n      version: $version\n      requesterType: $requesterType\n      expectedRevision: $expectedRevision\n      commandId: $commandId\n    ) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewTicketChoices {\n    publicTicketForm {\n      requesterTypes { key name { fa en ja vi } }\n      departments {\n        department { ...DepartmentFields }\n        fields { key label { fa en ja vi } kind options required public }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewTicketChoices {\n    publicTicketForm {\n      requesterTypes { key name { fa en ja vi } }\n      departments {\n        department { ...DepartmentFields }\n        fields { key label { fa en ja vi } kind options required public }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketNotices {\n    ticketsChanged {\n      ticket {\n        id\n        number\n        subject\n        timeline { id kind at actor { id } assignee { id } mentions { id } }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketNotices {\n    ticketsChanged {\n      ticket {\n        id\n        number\n        subject\n        timeline { id kind at actor { id } assignee { id } mentions { id } }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;