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
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token staff { ...StaffMemberFields } }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {\n    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }\n  }\n": typeof types.SetPresenceDocument,
    "\n  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }\n": typeof types.OnlineAgentsDocument,
    "\n  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }\n": typeof types.PresenceChangedDocument,
    "\n  fragment OutboxMailFields on OutboxMail {\n    id\n    to\n    subject\n    purpose { kind id }\n    state\n    queuedAt\n    attempts\n    maxAttempts\n    nextAttemptAt\n    lastError\n    sentAt\n    transport\n    deliveryDetail\n  }\n": typeof types.OutboxMailFieldsFragmentDoc,
    "\n  query OutboxMails($state: MailDeliveryState, $limit: Int) {\n    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }\n  }\n": typeof types.OutboxMailsDocument,
    "\n  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }\n": typeof types.OutboxMailChangedDocument,
    "\n  fragment ChatOverviewFields on ChatOverview {\n    waiting { ...ChatSummaryFields }\n    active { ...ChatSummaryFields }\n    agents { agent { id name } online departmentIds activeChats }\n  }\n": typeof types.ChatOverviewFieldsFragmentDoc,
    "\n  fragment DailyChatFiguresFields on DailyChatFigures {\n    day\n    chatsStarted\n    chatsAnswered\n    chatsMissed\n    offlineQuestions\n    offlineQuestionsAnswered\n    medianWaitSeconds\n    medianFirstResponseSeconds\n    chatsAbandoned\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": typeof types.DailyChatFiguresFieldsFragmentDoc,
    "\n  query ChatOverview { chatOverview { ...ChatOverviewFields } }\n": typeof types.ChatOverviewDocument,
    "\n  query ChatDailyFigures($from: String!, $to: String!) {\n    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }\n  }\n": typeof types.ChatDailyFiguresDocument,
    "\n  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }\n": typeof types.ChatOverviewChangedDocument,
    "\n  subscription ChatFiguresChanged { chatFiguresChanged }\n": typeof types.ChatFiguresChangedDocument,
    "\n  fragment AgentChatFiguresFields on AgentChatFigures {\n    agent { id name }\n    chatsAnswered\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": typeof types.AgentChatFiguresFieldsFragmentDoc,
    "\n  query ChatAgentFigures($from: String!, $to: String!) {\n    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }\n  }\n": typeof types.ChatAgentFiguresDocument,
    "\n  query DeskCalendar { deskCalendar { timeZone today } }\n": typeof types.DeskCalendarDocument,
};
const documents: Documents = {
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
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token staff { ...StaffMemberFields } }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation SetPresence($status: PresenceStatus!, $commandId: ID!) {\n    setPresence(status: $status, commandId: $commandId) { ...StaffMemberFields }\n  }\n": types.SetPresenceDocument,
    "\n  query OnlineAgents { onlineAgents { ...BoardDepartmentFields } }\n": types.OnlineAgentsDocument,
    "\n  subscription PresenceChanged { presenceChanged { ...BoardDepartmentFields } }\n": types.PresenceChangedDocument,
    "\n  fragment OutboxMailFields on OutboxMail {\n    id\n    to\n    subject\n    purpose { kind id }\n    state\n    queuedAt\n    attempts\n    maxAttempts\n    nextAttemptAt\n    lastError\n    sentAt\n    transport\n    deliveryDetail\n  }\n": types.OutboxMailFieldsFragmentDoc,
    "\n  query OutboxMails($state: MailDeliveryState, $limit: Int) {\n    outboxMails(state: $state, limit: $limit) { ...OutboxMailFields }\n  }\n": types.OutboxMailsDocument,
    "\n  subscription OutboxMailChanged { outboxMailChanged { ...OutboxMailFields } }\n": types.OutboxMailChangedDocument,
    "\n  fragment ChatOverviewFields on ChatOverview {\n    waiting { ...ChatSummaryFields }\n    active { ...ChatSummaryFields }\n    agents { agent { id name } online departmentIds activeChats }\n  }\n": types.ChatOverviewFieldsFragmentDoc,
    "\n  fragment DailyChatFiguresFields on DailyChatFigures {\n    day\n    chatsStarted\n    chatsAnswered\n    chatsMissed\n    offlineQuestions\n    offlineQuestionsAnswered\n    medianWaitSeconds\n    medianFirstResponseSeconds\n    chatsAbandoned\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": types.DailyChatFiguresFieldsFragmentDoc,
    "\n  query ChatOverview { chatOverview { ...ChatOverviewFields } }\n": types.ChatOverviewDocument,
    "\n  query ChatDailyFigures($from: String!, $to: String!) {\n    chatDailyFigures(from: $from, to: $to) { ...DailyChatFiguresFields }\n  }\n": types.ChatDailyFiguresDocument,
    "\n  subscription ChatOverviewChanged { chatOverviewChanged { ...ChatOverviewFields } }\n": types.ChatOverviewChangedDocument,
    "\n  subscription ChatFiguresChanged { chatFiguresChanged }\n": types.ChatFiguresChangedDocument,
    "\n  fragment AgentChatFiguresFields on AgentChatFigures {\n    agent { id name }\n    chatsAnswered\n    ratings\n    averageRating\n    goodRatingShare\n  }\n": types.AgentChatFiguresFieldsFragmentDoc,
    "\n  query ChatAgentFigures($from: String!, $to: String!) {\n    chatAgentFigures(from: $from, to: $to) { ...AgentChatFiguresFields }\n  }\n": types.ChatAgentFiguresDocument,
    "\n  query DeskCalendar { deskCalendar { timeZone today } }\n": types.DeskCalendarDocument,
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
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token staff { ...StaffMemberFields } }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { token staff { ...StaffMemberFields } }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;