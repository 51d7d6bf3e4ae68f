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
    "\n  fragment SignedInAccountFields on Account {\n    id\n    kind\n    name\n    cardNumber\n    email\n  }\n": typeof types.SignedInAccountFieldsFragmentDoc,
    "\n  fragment AccountNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n  }\n": typeof types.AccountNoticeFieldsFragmentDoc,
    "\n  fragment MyRequestFields on MyRequest {\n    id\n    kind\n    title\n    state\n    at\n    reference\n  }\n": typeof types.MyRequestFieldsFragmentDoc,
    "\n  fragment AccountReservationFields on Reservation {\n    id\n    title\n    itemKind\n    status\n    pickUpBranch { id name { fa en ja vi } }\n    placedAt\n    readyAt\n    holdUntil\n    canChange\n  }\n": typeof types.AccountReservationFieldsFragmentDoc,
    "\n  fragment AccountLoanFields on Loan {\n    id\n    title\n    itemKind\n    lentAt\n    dueAt\n    renewed\n    overdue\n    canRenew\n    renewRefusal\n  }\n": typeof types.AccountLoanFieldsFragmentDoc,
    "\n  query AccountSignInRules {\n    accountSignInRules {\n      kinds\n      patronPasswordMin\n      patronPasswordMax\n      customerPasswordMin\n      customerPasswordMax\n      lockoutFailures\n      lockoutMinutes\n    }\n  }\n": typeof types.AccountSignInRulesDocument,
    "\n  query AccountMe { myAccount { ...SignedInAccountFields } }\n": typeof types.AccountMeDocument,
    "\n  mutation SignInAccount($login: String!, $password: String!) {\n    signInAccount(login: $login, password: $password) {\n      token\n      expiresAt\n      account { ...SignedInAccountFields }\n    }\n  }\n": typeof types.SignInAccountDocument,
    "\n  mutation SignOutAccount { signOutAccount }\n": typeof types.SignOutAccountDocument,
    "\n  query MyRequests {\n    myRequests {\n      chats { ...MyRequestFields }\n      offlineQuestions { ...MyRequestFields }\n      tickets { ...MyRequestFields }\n      bookings { ...MyRequestFields }\n      calls { ...MyRequestFields }\n      notices { ...AccountNoticeFields }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query MyPreferences {\n    myAccount {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n": typeof types.MyPreferencesDocument,
    "\n  mutation SetMyAccountPreferences($input: AccountPreferencesInput!, $commandId: ID!) {\n    setMyAccountPreferences(input: $input, commandId: $commandId) {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n  }\n": typeof types.SetMyAccountPreferencesDocument,
    "\n  query MyLoans {\n    myAccount {\n      id\n      reservations { ...AccountReservationFields }\n      loans { ...AccountLoanFields }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n": typeof types.MyLoansDocument,
    "\n  mutation CancelMyReservation($reservationId: ID!, $commandId: ID!) {\n    cancelMyReservation(reservationId: $reservationId, commandId: $commandId) { ...AccountReservationFields }\n  }\n": typeof types.CancelMyReservationDocument,
    "\n  mutation ChangeMyReservation($reservationId: ID!, $pickUpBranchId: ID!, $commandId: ID!) {\n    changeMyReservation(reservationId: $reservationId, pickUpBranchId: $pickUpBranchId, commandId: $commandId) {\n      ...AccountReservationFields\n    }\n  }\n": typeof types.ChangeMyReservationDocument,
    "\n  mutation RenewMyLoan($loanId: ID!, $commandId: ID!) {\n    renewMyLoan(loanId: $loanId, commandId: $commandId) { ...AccountLoanFields }\n  }\n": typeof types.RenewMyLoanDocument,
    "\n  query MyDataExport { myDataExport }\n": typeof types.MyDataExportDocument,
    "\n  mutation RequestAccountPasswordReset($login: String!) { requestAccountPasswordReset(login: $login) }\n": typeof types.RequestAccountPasswordResetDocument,
    "\n  mutation ResetAccountPassword($token: String!, $password: String!, $commandId: ID!) {\n    resetAccountPassword(token: $token, password: $password, commandId: $commandId)\n  }\n": typeof types.ResetAccountPasswordDocument,
    "\n  query ResetLinkStatus($token: String!) { resetLinkStatus(token: $token) }\n": typeof types.ResetLinkStatusDocument,
    "\n  fragment BookingBranchChoice on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n": typeof types.BookingBranchChoiceFragmentDoc,
    "\n  fragment BookingTopicChoice on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n": typeof types.BookingTopicChoiceFragmentDoc,
    "\n  fragment BookingSlotChoice on BookingSlot {\n    startsAt\n    endsAt\n    branchId\n    timeZone\n    routedReason\n  }\n": typeof types.BookingSlotChoiceFragmentDoc,
    "\n  fragment PatronBookingFields on PatronBooking {\n    status\n    topic { ...BookingTopicChoice }\n    preferredBranch { ...BookingBranchChoice }\n    branch { ...BookingBranchChoice }\n    mode\n    startsAt\n    endsAt\n    timeZone\n    expertName\n    routedReason\n    waitingReason\n    videoLink\n    details\n    name\n    email\n    phone\n    locale\n    changeableUntil\n  }\n": typeof types.PatronBookingFieldsFragmentDoc,
    "\n  query BookingChoices {\n    bookingBranches { ...BookingBranchChoice }\n    bookingTopics { ...BookingTopicChoice }\n  }\n": typeof types.BookingChoicesDocument,
    "\n  query BookingSlots($topicId: ID!, $preferredBranchId: ID!, $mode: BookingMode!, $from: String, $days: Int) {\n    bookingSlots(topicId: $topicId, preferredBranchId: $preferredBranchId, mode: $mode, from: $from, days: $days) {\n      topicId\n      preferredBranchId\n      mode\n      nobodyForTopic\n      slots { ...BookingSlotChoice }\n    }\n  }\n": typeof types.BookingSlotsDocument,
    "\n  mutation BookSession($input: BookSessionInput!) { bookSession(input: $input) { ...PatronBookingFields } }\n": typeof types.BookSessionDocument,
    "\n  query PatronBooking($linkToken: String!) { patronBooking(linkToken: $linkToken) { ...PatronBookingFields } }\n": typeof types.PatronBookingDocument,
    "\n  mutation ReschedulePatronBooking($linkToken: String!, $startsAt: String!, $commandId: ID!) {\n    reschedulePatronBooking(linkToken: $linkToken, startsAt: $startsAt, commandId: $commandId) { ...PatronBookingFields }\n  }\n": typeof types.ReschedulePatronBookingDocument,
    "\n  mutation CancelPatronBooking($linkToken: String!, $commandId: ID!) {\n    cancelPatronBooking(linkToken: $linkToken, commandId: $commandId) { ...PatronBookingFields }\n  }\n": typeof types.CancelPatronBookingDocument,
    "\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind name }\n    text\n    at\n    notice\n    subject { kind name }\n    clientMessageId\n  }\n": typeof types.VisitorEntryFieldsFragmentDoc,
    "\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n": typeof types.VisitorChatRatingFragmentDoc,
    "\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating { ...VisitorChatRating }\n    canRate\n  }\n": typeof types.VisitorChatFieldsFragmentDoc,
    "\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript { ...VisitorEntryFields }\n  }\n": typeof types.VisitorChatWithTranscriptFragmentDoc,
    "\n  query ChatDepartments { departments { id name { fa en ja vi } } }\n": typeof types.ChatDepartmentsDocument,
    "\n  query ChatAvailability($departmentId: ID!) { chatAvailability(departmentId: $departmentId) { departmentId online } }\n": typeof types.ChatAvailabilityDocument,
    "\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n": typeof types.VisitorChatDocument,
    "\n  mutation RequestChat($input: ChatRequestInput!) { requestChat(input: $input) { ...VisitorChatWithTranscript } }\n": typeof types.RequestChatDocument,
    "\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) { ...VisitorEntryFields }\n  }\n": typeof types.SendVisitorMessageDocument,
    "\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n": typeof types.CloseChatAsVisitorDocument,
    "\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n": typeof types.SetVisitorTypingDocument,
    "\n  mutation RateChat($input: ChatRatingInput!) { rateChat(input: $input) { ...VisitorChatFields } }\n": typeof types.RateChatDocument,
    "\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }\n": typeof types.AskOfflineQuestionDocument,
    "\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) { mailId to }\n  }\n": typeof types.EmailChatTranscriptDocument,
    "\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) { chat { ...VisitorChatFields } entry { ...VisitorEntryFields } }\n  }\n": typeof types.VisitorChatActivityDocument,
    "\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) { chatId by name typing at }\n  }\n": typeof types.VisitorChatTypingDocument,
    "\n  fragment SurveyInvitationFields on SurveyInvitation {\n    kind\n    question\n    language\n    product\n    version\n    answered\n    rating\n    comment\n  }\n": typeof types.SurveyInvitationFieldsFragmentDoc,
    "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      ...SurveyInvitationFields\n    }\n  }\n": typeof types.SurveyInvitationDocument,
    "\n  mutation AnswerSurvey($token: String!, $rating: Int!, $comment: String) {\n    answerSurvey(token: $token, rating: $rating, comment: $comment) {\n      ...SurveyInvitationFields\n    }\n  }\n": typeof types.AnswerSurveyDocument,
    "\n  fragment PublicTicketAttachment on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n": typeof types.PublicTicketAttachmentFragmentDoc,
    "\n  fragment PublicTicketEntryFields on PublicTicketEntry {\n    id\n    kind\n    at\n    author\n    text\n    status\n    attachments { ...PublicTicketAttachment }\n  }\n": typeof types.PublicTicketEntryFieldsFragmentDoc,
    "\n  fragment PublicTicketFields on PublicTicket {\n    number\n    subject\n    status\n    department { id name { fa en ja vi } }\n    openedAt\n    updatedAt\n    canReply\n    entries { ...PublicTicketEntryFields }\n  }\n": typeof types.PublicTicketFieldsFragmentDoc,
    "\n  query PublicTicketForm {\n    publicTicketForm {\n      departments {\n        department { id name { fa en ja vi } }\n        fields { key label { fa en ja vi } kind options required }\n      }\n      requesterTypes { key name { fa en ja vi } }\n      maxAttachments\n      maxAttachmentBytes\n      maxTextCharacters\n    }\n  }\n": typeof types.PublicTicketFormDocument,
    "\n  mutation SubmitTicket($input: SubmitTicketInput!, $commandId: ID!) {\n    submitTicket(input: $input, commandId: $commandId) { number token status }\n  }\n": typeof types.SubmitTicketDocument,
    "\n  query PublicTicket($token: String!) { publicTicket(token: $token) { ...PublicTicketFields } }\n": typeof types.PublicTicketDocument,
    "\n  mutation ReplyToPublicTicket($token: String!, $text: String!, $attachments: [ID!], $commandId: ID!) {\n    replyToPublicTicket(token: $token, text: $text, attachments: $attachments, commandId: $commandId) {\n      ...PublicTicketFields\n    }\n  }\n": typeof types.ReplyToPublicTicketDocument,
    "\n  subscription PublicTicketChanged($token: String!) { publicTicketChanged(token: $token) { ...PublicTicketFields } }\n": typeof types.PublicTicketChangedDocument,
};
const documents: Documents = {
    "\n  fragment SignedInAccountFields on Account {\n    id\n    kind\n    name\n    cardNumber\n    email\n  }\n": types.SignedInAccountFieldsFragmentDoc,
    "\n  fragment AccountNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n  }\n": types.AccountNoticeFieldsFragmentDoc,
    "\n  fragment MyRequestFields on MyRequest {\n    id\n    kind\n    title\n    state\n    at\n    reference\n  }\n": types.MyRequestFieldsFragmentDoc,
    "\n  fragment AccountReservationFields on Reservation {\n    id\n    title\n    itemKind\n    status\n    pickUpBranch { id name { fa en ja vi } }\n    placedAt\n    readyAt\n    holdUntil\n    canChange\n  }\n": types.AccountReservationFieldsFragmentDoc,
    "\n  fragment AccountLoanFields on Loan {\n    id\n    title\n    itemKind\n    lentAt\n    dueAt\n    renewed\n    overdue\n    canRenew\n    renewRefusal\n  }\n": types.AccountLoanFieldsFragmentDoc,
    "\n  query AccountSignInRules {\n    accountSignInRules {\n      kinds\n      patronPasswordMin\n      patronPasswordMax\n      customerPasswordMin\n      customerPasswordMax\n      lockoutFailures\n      lockoutMinutes\n    }\n  }\n": types.AccountSignInRulesDocument,
    "\n  query AccountMe { myAccount { ...SignedInAccountFields } }\n": types.AccountMeDocument,
    "\n  mutation SignInAccount($login: String!, $password: String!) {\n    signInAccount(login: $login, password: $password) {\n      token\n      expiresAt\n      account { ...SignedInAccountFields }\n    }\n  }\n": types.SignInAccountDocument,
    "\n  mutation SignOutAccount { signOutAccount }\n": types.SignOutAccountDocument,
    "\n  query MyRequests {\n    myRequests {\n      chats { ...MyRequestFields }\n      offlineQuestions { ...MyRequestFields }\n      tickets { ...MyRequestFields }\n      bookings { ...MyRequestFields }\n      calls { ...MyRequestFields }\n      notices { ...AccountNoticeFields }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query MyPreferences {\n    myAccount {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n": types.MyPreferencesDocument,
    "\n  mutation SetMyAccountPreferences($input: AccountPreferencesInput!, $commandId: ID!) {\n    setMyAccountPreferences(input: $input, commandId: $commandId) {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n  }\n": types.SetMyAccountPreferencesDocument,
    "\n  query MyLoans {\n    myAccount {\n      id\n      reservations { ...AccountReservationFields }\n      loans { ...AccountLoanFields }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n": types.MyLoansDocument,
    "\n  mutation CancelMyReservation($reservationId: ID!, $commandId: ID!) {\n    cancelMyReservation(reservationId: $reservationId, commandId: $commandId) { ...AccountReservationFields }\n  }\n": types.CancelMyReservationDocument,
    "\n  mutation ChangeMyReservation($reservationId: ID!, $pickUpBranchId: ID!, $commandId: ID!) {\n    changeMyReservation(reservationId: $reservationId, pickUpBranchId: $pickUpBranchId, commandId: $commandId) {\n      ...AccountReservationFields\n    }\n  }\n": types.ChangeMyReservationDocument,
    "\n  mutation RenewMyLoan($loanId: ID!, $commandId: ID!) {\n    renewMyLoan(loanId: $loanId, commandId: $commandId) { ...AccountLoanFields }\n  }\n": types.RenewMyLoanDocument,
    "\n  query MyDataExport { myDataExport }\n": types.MyDataExportDocument,
    "\n  mutation RequestAccountPasswordReset($login: String!) { requestAccountPasswordReset(login: $login) }\n": types.RequestAccountPasswordResetDocument,
    "\n  mutation ResetAccountPassword($token: String!, $password: String!, $commandId: ID!) {\n    resetAccountPassword(token: $token, password: $password, commandId: $commandId)\n  }\n": types.ResetAccountPasswordDocument,
    "\n  query ResetLinkStatus($token: String!) { resetLinkStatus(token: $token) }\n": types.ResetLinkStatusDocument,
    "\n  fragment BookingBranchChoice on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n": types.BookingBranchChoiceFragmentDoc,
    "\n  fragment BookingTopicChoice on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n": types.BookingTopicChoiceFragmentDoc,
    "\n  fragment BookingSlotChoice on BookingSlot {\n    startsAt\n    endsAt\n    branchId\n    timeZone\n    routedReason\n  }\n": types.BookingSlotChoiceFragmentDoc,
    "\n  fragment PatronBookingFields on PatronBooking {\n    status\n    topic { ...BookingTopicChoice }\n    preferredBranch { ...BookingBranchChoice }\n    branch { ...BookingBranchChoice }\n    mode\n    startsAt\n    endsAt\n    timeZone\n    expertName\n    routedReason\n    waitingReason\n    videoLink\n    details\n    name\n    email\n    phone\n    locale\n    changeableUntil\n  }\n": types.PatronBookingFieldsFragmentDoc,
    "\n  query BookingChoices {\n    bookingBranches { ...BookingBranchChoice }\n    bookingTopics { ...BookingTopicChoice }\n  }\n": types.BookingChoicesDocument,
    "\n  query BookingSlots($topicId: ID!, $preferredBranchId: ID!, $mode: BookingMode!, $from: String, $days: Int) {\n    bookingSlots(topicId: $topicId, preferredBranchId: $preferredBranchId, mode: $mode, from: $from, days: $days) {\n      topicId\n      preferredBranchId\n      mode\n      nobodyForTopic\n      slots { ...BookingSlotChoice }\n    }\n  }\n": types.BookingSlotsDocument,
    "\n  mutation BookSession($input: BookSessionInput!) { bookSession(input: $input) { ...PatronBookingFields } }\n": types.BookSessionDocument,
    "\n  query PatronBooking($linkToken: String!) { patronBooking(linkToken: $linkToken) { ...PatronBookingFields } }\n": types.PatronBookingDocument,
    "\n  mutation ReschedulePatronBooking($linkToken: String!, $startsAt: String!, $commandId: ID!) {\n    reschedulePatronBooking(linkToken: $linkToken, startsAt: $startsAt, commandId: $commandId) { ...PatronBookingFields }\n  }\n": types.ReschedulePatronBookingDocument,
    "\n  mutation CancelPatronBooking($linkToken: String!, $commandId: ID!) {\n    cancelPatronBooking(linkToken: $linkToken, commandId: $commandId) { ...PatronBookingFields }\n  }\n": types.CancelPatronBookingDocument,
    "\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind name }\n    text\n    at\n    notice\n    subject { kind name }\n    clientMessageId\n  }\n": types.VisitorEntryFieldsFragmentDoc,
    "\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n": types.VisitorChatRatingFragmentDoc,
    "\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating { ...VisitorChatRating }\n    canRate\n  }\n": types.VisitorChatFieldsFragmentDoc,
    "\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript { ...VisitorEntryFields }\n  }\n": types.VisitorChatWithTranscriptFragmentDoc,
    "\n  query ChatDepartments { departments { id name { fa en ja vi } } }\n": types.ChatDepartmentsDocument,
    "\n  query ChatAvailability($departmentId: ID!) { chatAvailability(departmentId: $departmentId) { departmentId online } }\n": types.ChatAvailabilityDocument,
    "\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n": types.VisitorChatDocument,
    "\n  mutation RequestChat($input: ChatRequestInput!) { requestChat(input: $input) { ...VisitorChatWithTranscript } }\n": types.RequestChatDocument,
    "\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) { ...VisitorEntryFields }\n  }\n": types.SendVisitorMessageDocument,
    "\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n": types.CloseChatAsVisitorDocument,
    "\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n": types.SetVisitorTypingDocument,
    "\n  mutation RateChat($input: ChatRatingInput!) { rateChat(input: $input) { ...VisitorChatFields } }\n": types.RateChatDocument,
    "\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }\n": types.AskOfflineQuestionDocument,
    "\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) { mailId to }\n  }\n": types.EmailChatTranscriptDocument,
    "\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) { chat { ...VisitorChatFields } entry { ...VisitorEntryFields } }\n  }\n": types.VisitorChatActivityDocument,
    "\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) { chatId by name typing at }\n  }\n": types.VisitorChatTypingDocument,
    "\n  fragment SurveyInvitationFields on SurveyInvitation {\n    kind\n    question\n    language\n    product\n    version\n    answered\n    rating\n    comment\n  }\n": types.SurveyInvitationFieldsFragmentDoc,
    "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      ...SurveyInvitationFields\n    }\n  }\n": types.SurveyInvitationDocument,
    "\n  mutation AnswerSurvey($token: String!, $rating: Int!, $comment: String) {\n    answerSurvey(token: $token, rating: $rating, comment: $comment) {\n      ...SurveyInvitationFields\n    }\n  }\n": types.AnswerSurveyDocument,
    "\n  fragment PublicTicketAttachment on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n": types.PublicTicketAttachmentFragmentDoc,
    "\n  fragment PublicTicketEntryFields on PublicTicketEntry {\n    id\n    kind\n    at\n    author\n    text\n    status\n    attachments { ...PublicTicketAttachment }\n  }\n": types.PublicTicketEntryFieldsFragmentDoc,
    "\n  fragment PublicTicketFields on PublicTicket {\n    number\n    subject\n    status\n    department { id name { fa en ja vi } }\n    openedAt\n    updatedAt\n    canReply\n    entries { ...PublicTicketEntryFields }\n  }\n": types.PublicTicketFieldsFragmentDoc,
    "\n  query PublicTicketForm {\n    publicTicketForm {\n      departments {\n        department { id name { fa en ja vi } }\n        fields { key label { fa en ja vi } kind options required }\n      }\n      requesterTypes { key name { fa en ja vi } }\n      maxAttachments\n      maxAttachmentBytes\n      maxTextCharacters\n    }\n  }\n": types.PublicTicketFormDocument,
    "\n  mutation SubmitTicket($input: SubmitTicketInput!, $commandId: ID!) {\n    submitTicket(input: $input, commandId: $commandId) { number token status }\n  }\n": types.SubmitTicketDocument,
    "\n  query PublicTicket($token: String!) { publicTicket(token: $token) { ...PublicTicketFields } }\n": types.PublicTicketDocument,
    "\n  mutation ReplyToPublicTicket($token: String!, $text: String!, $attachments: [ID!], $commandId: ID!) {\n    replyToPublicTicket(token: $token, text: $text, attachments: $attachments, commandId: $commandId) {\n      ...PublicTicketFields\n    }\n  }\n": types.ReplyToPublicTicketDocument,
    "\n  subscription PublicTicketChanged($token: String!) { publicTicketChanged(token: $token) { ...PublicTicketFields } }\n": types.PublicTicketChangedDocument,
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
export function graphql(source: "\n  fragment SignedInAccountFields on Account {\n    id\n    kind\n    name\n    cardNumber\n    email\n  }\n"): (typeof documents)["\n  fragment SignedInAccountFields on Account {\n    id\n    kind\n    name\n    cardNumber\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n  }\n"): (typeof documents)["\n  fragment AccountNoticeFields on AccountNotice {\n    id\n    kind\n    subject\n    method\n    delivery\n    at\n    deliveredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyRequestFields on MyRequest {\n    id\n    kind\n    title\n    state\n    at\n    reference\n  }\n"): (typeof documents)["\n  fragment MyRequestFields on MyRequest {\n    id\n    kind\n    title\n    state\n    at\n    reference\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountReservationFields on Reservation {\n    id\n    title\n    itemKind\n    status\n    pickUpBranch { id name { fa en ja vi } }\n    placedAt\n    readyAt\n    holdUntil\n    canChange\n  }\n"): (typeof documents)["\n  fragment AccountReservationFields on Reservation {\n    id\n    title\n    itemKind\n    status\n    pickUpBranch { id name { fa en ja vi } }\n    placedAt\n    readyAt\n    holdUntil\n    canChange\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountLoanFields on Loan {\n    id\n    title\n    itemKind\n    lentAt\n    dueAt\n    renewed\n    overdue\n    canRenew\n    renewRefusal\n  }\n"): (typeof documents)["\n  fragment AccountLoanFields on Loan {\n    id\n    title\n    itemKind\n    lentAt\n    dueAt\n    renewed\n    overdue\n    canRenew\n    renewRefusal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSignInRules {\n    accountSignInRules {\n      kinds\n      patronPasswordMin\n      patronPasswordMax\n      customerPasswordMin\n      customerPasswordMax\n      lockoutFailures\n      lockoutMinutes\n    }\n  }\n"): (typeof documents)["\n  query AccountSignInRules {\n    accountSignInRules {\n      kinds\n      patronPasswordMin\n      patronPasswordMax\n      customerPasswordMin\n      customerPasswordMax\n      lockoutFailures\n      lockoutMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountMe { myAccount { ...SignedInAccountFields } }\n"): (typeof documents)["\n  query AccountMe { myAccount { ...SignedInAccountFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAccount($login: String!, $password: String!) {\n    signInAccount(login: $login, password: $password) {\n      token\n      expiresAt\n      account { ...SignedInAccountFields }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInAccount($login: String!, $password: String!) {\n    signInAccount(login: $login, password: $password) {\n      token\n      expiresAt\n      account { ...SignedInAccountFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutAccount { signOutAccount }\n"): (typeof documents)["\n  mutation SignOutAccount { signOutAccount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests {\n    myRequests {\n      chats { ...MyRequestFields }\n      offlineQuestions { ...MyRequestFields }\n      tickets { ...MyRequestFields }\n      bookings { ...MyRequestFields }\n      calls { ...MyRequestFields }\n      notices { ...AccountNoticeFields }\n    }\n  }\n"): (typeof documents)["\n  query MyRequests {\n    myRequests {\n      chats { ...MyRequestFields }\n      offlineQuestions { ...MyRequestFields }\n      tickets { ...MyRequestFields }\n      bookings { ...MyRequestFields }\n      calls { ...MyRequestFields }\n      notices { ...AccountNoticeFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPreferences {\n    myAccount {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n"): (typeof documents)["\n  query MyPreferences {\n    myAccount {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAccountPreferences($input: AccountPreferencesInput!, $commandId: ID!) {\n    setMyAccountPreferences(input: $input, commandId: $commandId) {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyAccountPreferences($input: AccountPreferencesInput!, $commandId: ID!) {\n    setMyAccountPreferences(input: $input, commandId: $commandId) {\n      id\n      email\n      phone\n      preferences {\n        contact { kind method }\n        pickUpBranch { id name { fa en ja vi } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLoans {\n    myAccount {\n      id\n      reservations { ...AccountReservationFields }\n      loans { ...AccountLoanFields }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n"): (typeof documents)["\n  query MyLoans {\n    myAccount {\n      id\n      reservations { ...AccountReservationFields }\n      loans { ...AccountLoanFields }\n    }\n    pickUpBranches { id name { fa en ja vi } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyReservation($reservationId: ID!, $commandId: ID!) {\n    cancelMyReservation(reservationId: $reservationId, commandId: $commandId) { ...AccountReservationFields }\n  }\n"): (typeof documents)["\n  mutation CancelMyReservation($reservationId: ID!, $commandId: ID!) {\n    cancelMyReservation(reservationId: $reservationId, commandId: $commandId) { ...AccountReservationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMyReservation($reservationId: ID!, $pickUpBranchId: ID!, $commandId: ID!) {\n    changeMyReservation(reservationId: $reservationId, pickUpBranchId: $pickUpBranchId, commandId: $commandId) {\n      ...AccountReservationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMyReservation($reservationId: ID!, $pickUpBranchId: ID!, $commandId: ID!) {\n    changeMyReservation(reservationId: $reservationId, pickUpBranchId: $pickUpBranchId, commandId: $commandId) {\n      ...AccountReservationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewMyLoan($loanId: ID!, $commandId: ID!) {\n    renewMyLoan(loanId: $loanId, commandId: $commandId) { ...AccountLoanFields }\n  }\n"): (typeof documents)["\n  mutation RenewMyLoan($loanId: ID!, $commandId: ID!) {\n    renewMyLoan(loanId: $loanId, commandId: $commandId) { ...AccountLoanFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport { myDataExport }\n"): (typeof documents)["\n  query MyDataExport { myDataExport }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountPasswordReset($login: String!) { requestAccountPasswordReset(login: $login) }\n"): (typeof documents)["\n  mutation RequestAccountPasswordReset($login: String!) { requestAccountPasswordReset(login: $login) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountPassword($token: String!, $password: String!, $commandId: ID!) {\n    resetAccountPassword(token: $token, password: $password, commandId: $commandId)\n  }\n"): (typeof documents)["\n  mutation ResetAccountPassword($token: String!, $password: String!, $commandId: ID!) {\n    resetAccountPassword(token: $token, password: $password, commandId: $commandId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResetLinkStatus($token: String!) { resetLinkStatus(token: $token) }\n"): (typeof documents)["\n  query ResetLinkStatus($token: String!) { resetLinkStatus(token: $token) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingBranchChoice on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n"): (typeof documents)["\n  fragment BookingBranchChoice on BookingBranch {\n    id\n    name { fa en ja vi }\n    timeZone\n    modes\n    address\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingTopicChoice on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n"): (typeof documents)["\n  fragment BookingTopicChoice on BookingTopic {\n    id\n    name { fa en ja vi }\n    expertCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingSlotChoice on BookingSlot {\n    startsAt\n    endsAt\n    branchId\n    timeZone\n    routedReason\n  }\n"): (typeof documents)["\n  fragment BookingSlotChoice on BookingSlot {\n    startsAt\n    endsAt\n    branchId\n    timeZone\n    routedReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatronBookingFields on PatronBooking {\n    status\n    topic { ...BookingTopicChoice }\n    preferredBranch { ...BookingBranchChoice }\n    branch { ...BookingBranchChoice }\n    mode\n    startsAt\n    endsAt\n    timeZone\n    expertName\n    routedReason\n    waitingReason\n    videoLink\n    details\n    name\n    email\n    phone\n    locale\n    changeableUntil\n  }\n"): (typeof documents)["\n  fragment PatronBookingFields on PatronBooking {\n    status\n    topic { ...BookingTopicChoice }\n    preferredBranch { ...BookingBranchChoice }\n    branch { ...BookingBranchChoice }\n    mode\n    startsAt\n    endsAt\n    timeZone\n    expertName\n    routedReason\n    waitingReason\n    videoLink\n    details\n    name\n    email\n    phone\n    locale\n    changeableUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingChoices {\n    bookingBranches { ...BookingBranchChoice }\n    bookingTopics { ...BookingTopicChoice }\n  }\n"): (typeof documents)["\n  query BookingChoices {\n    bookingBranches { ...BookingBranchChoice }\n    bookingTopics { ...BookingTopicChoice }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSlots($topicId: ID!, $preferredBranchId: ID!, $mode: BookingMode!, $from: String, $days: Int) {\n    bookingSlots(topicId: $topicId, preferredBranchId: $preferredBranchId, mode: $mode, from: $from, days: $days) {\n      topicId\n      preferredBranchId\n      mode\n      nobodyForTopic\n      slots { ...BookingSlotChoice }\n    }\n  }\n"): (typeof documents)["\n  query BookingSlots($topicId: ID!, $preferredBranchId: ID!, $mode: BookingMode!, $from: String, $days: Int) {\n    bookingSlots(topicId: $topicId, preferredBranchId: $preferredBranchId, mode: $mode, from: $from, days: $days) {\n      topicId\n      preferredBranchId\n      mode\n      nobodyForTopic\n      slots { ...BookingSlotChoice }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookSession($input: BookSessionInput!) { bookSession(input: $input) { ...PatronBookingFields } }\n"): (typeof documents)["\n  mutation BookSession($input: BookSessionInput!) { bookSession(input: $input) { ...PatronBookingFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatronBooking($linkToken: String!) { patronBooking(linkToken: $linkToken) { ...PatronBookingFields } }\n"): (typeof documents)["\n  query PatronBooking($linkToken: String!) { patronBooking(linkToken: $linkToken) { ...PatronBookingFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReschedulePatronBooking($linkToken: String!, $startsAt: String!, $commandId: ID!) {\n    reschedulePatronBooking(linkToken: $linkToken, startsAt: $startsAt, commandId: $commandId) { ...PatronBookingFields }\n  }\n"): (typeof documents)["\n  mutation ReschedulePatronBooking($linkToken: String!, $startsAt: String!, $commandId: ID!) {\n    reschedulePatronBooking(linkToken: $linkToken, startsAt: $startsAt, commandId: $commandId) { ...PatronBookingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPatronBooking($linkToken: String!, $commandId: ID!) {\n    cancelPatronBooking(linkToken: $linkToken, commandId: $commandId) { ...PatronBookingFields }\n  }\n"): (typeof documents)["\n  mutation CancelPatronBooking($linkToken: String!, $commandId: ID!) {\n    cancelPatronBooking(linkToken: $linkToken, commandId: $commandId) { ...PatronBookingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind name }\n    text\n    at\n    notice\n    subject { kind name }\n    clientMessageId\n  }\n"): (typeof documents)["\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author { kind name }\n    text\n    at\n    notice\n    subject { kind name }\n    clientMessageId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n"): (typeof documents)["\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating { ...VisitorChatRating }\n    canRate\n  }\n"): (typeof documents)["\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating { ...VisitorChatRating }\n    canRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript { ...VisitorEntryFields }\n  }\n"): (typeof documents)["\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript { ...VisitorEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatDepartments { departments { id name { fa en ja vi } } }\n"): (typeof documents)["\n  query ChatDepartments { departments { id name { fa en ja vi } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAvailability($departmentId: ID!) { chatAvailability(departmentId: $departmentId) { departmentId online } }\n"): (typeof documents)["\n  query ChatAvailability($departmentId: ID!) { chatAvailability(departmentId: $departmentId) { departmentId online } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n"): (typeof documents)["\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChat($input: ChatRequestInput!) { requestChat(input: $input) { ...VisitorChatWithTranscript } }\n"): (typeof documents)["\n  mutation RequestChat($input: ChatRequestInput!) { requestChat(input: $input) { ...VisitorChatWithTranscript } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) { ...VisitorEntryFields }\n  }\n"): (typeof documents)["\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) { ...VisitorEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n"): (typeof documents)["\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) { ...VisitorChatWithTranscript }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateChat($input: ChatRatingInput!) { rateChat(input: $input) { ...VisitorChatFields } }\n"): (typeof documents)["\n  mutation RateChat($input: ChatRatingInput!) { rateChat(input: $input) { ...VisitorChatFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }\n"): (typeof documents)["\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) { mailId to }\n  }\n"): (typeof documents)["\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) { mailId to }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) { chat { ...VisitorChatFields } entry { ...VisitorEntryFields } }\n  }\n"): (typeof documents)["\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) { chat { ...VisitorChatFields } entry { ...VisitorEntryFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) { chatId by name typing at }\n  }\n"): (typeof documents)["\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) { chatId by name typing at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyInvitationFields on SurveyInvitation {\n    kind\n    question\n    language\n    product\n    version\n    answered\n    rating\n    comment\n  }\n"): (typeof documents)["\n  fragment SurveyInvitationFields on SurveyInvitation {\n    kind\n    question\n    language\n    product\n    version\n    answered\n    rating\n    comment\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      ...SurveyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      ...SurveyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerSurvey($token: String!, $rating: Int!, $comment: String) {\n    answerSurvey(token: $token, rating: $rating, comment: $comment) {\n      ...SurveyInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerSurvey($token: String!, $rating: Int!, $comment: String) {\n    answerSurvey(token: $token, rating: $rating, comment: $comment) {\n      ...SurveyInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicTicketAttachment on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n"): (typeof documents)["\n  fragment PublicTicketAttachment on TicketAttachment {\n    hash\n    filename\n    contentType\n    size\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicTicketEntryFields on PublicTicketEntry {\n    id\n    kind\n    at\n    author\n    text\n    status\n    attachments { ...PublicTicketAttachment }\n  }\n"): (typeof documents)["\n  fragment PublicTicketEntryFields on PublicTicketEntry {\n    id\n    kind\n    at\n    author\n    text\n    status\n    attachments { ...PublicTicketAttachment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicTicketFields on PublicTicket {\n    number\n    subject\n    status\n    department { id name { fa en ja vi } }\n    openedAt\n    updatedAt\n    canReply\n    entries { ...PublicTicketEntryFields }\n  }\n"): (typeof documents)["\n  fragment PublicTicketFields on PublicTicket {\n    number\n    subject\n    status\n    department { id name { fa en ja vi } }\n    openedAt\n    updatedAt\n    canReply\n    entries { ...PublicTicketEntryFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicTicketForm {\n    publicTicketForm {\n      departments {\n        department { id name { fa en ja vi } }\n        fields { key label { fa en ja vi } kind options required }\n      }\n      requesterTypes { key name { fa en ja vi } }\n      maxAttachments\n      maxAttachmentBytes\n      maxTextCharacters\n    }\n  }\n"): (typeof documents)["\n  query PublicTicketForm {\n    publicTicketForm {\n      departments {\n        department { id name { fa en ja vi } }\n        fields { key label { fa en ja vi } kind options required }\n      }\n      requesterTypes { key name { fa en ja vi } }\n      maxAttachments\n      maxAttachmentBytes\n      maxTextCharacters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTicket($input: SubmitTicketInput!, $commandId: ID!) {\n    submitTicket(input: $input, commandId: $commandId) { number token status }\n  }\n"): (typeof documents)["\n  mutation SubmitTicket($input: SubmitTicketInput!, $commandId: ID!) {\n    submitTicket(input: $input, commandId: $commandId) { number token status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicTicket($token: String!) { publicTicket(token: $token) { ...PublicTicketFields } }\n"): (typeof documents)["\n  query PublicTicket($token: String!) { publicTicket(token: $token) { ...PublicTicketFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToPublicTicket($token: String!, $text: String!, $attachments: [ID!], $commandId: ID!) {\n    replyToPublicTicket(token: $token, text: $text, attachments: $attachments, commandId: $commandId) {\n      ...PublicTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToPublicTicket($token: String!, $text: String!, $attachments: [ID!], $commandId: ID!) {\n    replyToPublicTicket(token: $token, text: $text, attachments: $attachments, commandId: $commandId) {\n      ...PublicTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PublicTicketChanged($token: String!) { publicTicketChanged(token: $token) { ...PublicTicketFields } }\n"): (typeof documents)["\n  subscription PublicTicketChanged($token: String!) { publicTicketChanged(token: $token) { ...PublicTicketFields } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;