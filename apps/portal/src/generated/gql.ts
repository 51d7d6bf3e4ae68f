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
    "\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author {\n      kind\n      name\n    }\n    text\n    at\n    notice\n    subject {\n      kind\n      name\n    }\n    clientMessageId\n  }\n": typeof types.VisitorEntryFieldsFragmentDoc,
    "\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n": typeof types.VisitorChatRatingFragmentDoc,
    "\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating {\n      ...VisitorChatRating\n    }\n    canRate\n  }\n": typeof types.VisitorChatFieldsFragmentDoc,
    "\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript {\n      ...VisitorEntryFields\n    }\n  }\n": typeof types.VisitorChatWithTranscriptFragmentDoc,
    "\n  query ChatDepartments {\n    departments {\n      id\n      name {\n        fa\n        en\n        ja\n        vi\n      }\n    }\n  }\n": typeof types.ChatDepartmentsDocument,
    "\n  query ChatAvailability($departmentId: ID!) {\n    chatAvailability(departmentId: $departmentId) {\n      departmentId\n      online\n    }\n  }\n": typeof types.ChatAvailabilityDocument,
    "\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n": typeof types.VisitorChatDocument,
    "\n  mutation RequestChat($input: ChatRequestInput!) {\n    requestChat(input: $input) {\n      ...VisitorChatWithTranscript\n    }\n  }\n": typeof types.RequestChatDocument,
    "\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) {\n      ...VisitorEntryFields\n    }\n  }\n": typeof types.SendVisitorMessageDocument,
    "\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n": typeof types.CloseChatAsVisitorDocument,
    "\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n": typeof types.SetVisitorTypingDocument,
    "\n  mutation RateChat($input: ChatRatingInput!) {\n    rateChat(input: $input) {\n      ...VisitorChatFields\n    }\n  }\n": typeof types.RateChatDocument,
    "\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) {\n    askOfflineQuestion(input: $input) {\n      id\n      askedAt\n    }\n  }\n": typeof types.AskOfflineQuestionDocument,
    "\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) {\n      mailId\n      to\n    }\n  }\n": typeof types.EmailChatTranscriptDocument,
    "\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) {\n      chat {\n        ...VisitorChatFields\n      }\n      entry {\n        ...VisitorEntryFields\n      }\n    }\n  }\n": typeof types.VisitorChatActivityDocument,
    "\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) {\n      chatId\n      by\n      name\n      typing\n      at\n    }\n  }\n": typeof types.VisitorChatTypingDocument,
};
const documents: Documents = {
    "\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author {\n      kind\n      name\n    }\n    text\n    at\n    notice\n    subject {\n      kind\n      name\n    }\n    clientMessageId\n  }\n": types.VisitorEntryFieldsFragmentDoc,
    "\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n": types.VisitorChatRatingFragmentDoc,
    "\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating {\n      ...VisitorChatRating\n    }\n    canRate\n  }\n": types.VisitorChatFieldsFragmentDoc,
    "\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript {\n      ...VisitorEntryFields\n    }\n  }\n": types.VisitorChatWithTranscriptFragmentDoc,
    "\n  query ChatDepartments {\n    departments {\n      id\n      name {\n        fa\n        en\n        ja\n        vi\n      }\n    }\n  }\n": types.ChatDepartmentsDocument,
    "\n  query ChatAvailability($departmentId: ID!) {\n    chatAvailability(departmentId: $departmentId) {\n      departmentId\n      online\n    }\n  }\n": types.ChatAvailabilityDocument,
    "\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n": types.VisitorChatDocument,
    "\n  mutation RequestChat($input: ChatRequestInput!) {\n    requestChat(input: $input) {\n      ...VisitorChatWithTranscript\n    }\n  }\n": types.RequestChatDocument,
    "\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) {\n      ...VisitorEntryFields\n    }\n  }\n": types.SendVisitorMessageDocument,
    "\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n": types.CloseChatAsVisitorDocument,
    "\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n": types.SetVisitorTypingDocument,
    "\n  mutation RateChat($input: ChatRatingInput!) {\n    rateChat(input: $input) {\n      ...VisitorChatFields\n    }\n  }\n": types.RateChatDocument,
    "\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) {\n    askOfflineQuestion(input: $input) {\n      id\n      askedAt\n    }\n  }\n": types.AskOfflineQuestionDocument,
    "\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) {\n      mailId\n      to\n    }\n  }\n": types.EmailChatTranscriptDocument,
    "\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) {\n      chat {\n        ...VisitorChatFields\n      }\n      entry {\n        ...VisitorEntryFields\n      }\n    }\n  }\n": types.VisitorChatActivityDocument,
    "\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) {\n      chatId\n      by\n      name\n      typing\n      at\n    }\n  }\n": types.VisitorChatTypingDocument,
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
export function graphql(source: "\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author {\n      kind\n      name\n    }\n    text\n    at\n    notice\n    subject {\n      kind\n      name\n    }\n    clientMessageId\n  }\n"): (typeof documents)["\n  fragment VisitorEntryFields on TranscriptEntry {\n    id\n    kind\n    author {\n      kind\n      name\n    }\n    text\n    at\n    notice\n    subject {\n      kind\n      name\n    }\n    clientMessageId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n"): (typeof documents)["\n  fragment VisitorChatRating on ChatRating {\n    score\n    good\n    comment\n    ratedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating {\n      ...VisitorChatRating\n    }\n    canRate\n  }\n"): (typeof documents)["\n  fragment VisitorChatFields on VisitorChat {\n    id\n    status\n    departmentId\n    visitorName\n    agentName\n    queuePosition\n    requestedAt\n    closedAt\n    closedBy\n    rating {\n      ...VisitorChatRating\n    }\n    canRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript {\n      ...VisitorEntryFields\n    }\n  }\n"): (typeof documents)["\n  fragment VisitorChatWithTranscript on VisitorChat {\n    ...VisitorChatFields\n    transcript {\n      ...VisitorEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatDepartments {\n    departments {\n      id\n      name {\n        fa\n        en\n        ja\n        vi\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatDepartments {\n    departments {\n      id\n      name {\n        fa\n        en\n        ja\n        vi\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAvailability($departmentId: ID!) {\n    chatAvailability(departmentId: $departmentId) {\n      departmentId\n      online\n    }\n  }\n"): (typeof documents)["\n  query ChatAvailability($departmentId: ID!) {\n    chatAvailability(departmentId: $departmentId) {\n      departmentId\n      online\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n"): (typeof documents)["\n  query VisitorChat($chatId: ID!, $visitorToken: String!) {\n    visitorChat(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestChat($input: ChatRequestInput!) {\n    requestChat(input: $input) {\n      ...VisitorChatWithTranscript\n    }\n  }\n"): (typeof documents)["\n  mutation RequestChat($input: ChatRequestInput!) {\n    requestChat(input: $input) {\n      ...VisitorChatWithTranscript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) {\n      ...VisitorEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendVisitorMessage($chatId: ID!, $visitorToken: String!, $clientMessageId: ID!, $text: String!) {\n    sendVisitorMessage(chatId: $chatId, visitorToken: $visitorToken, clientMessageId: $clientMessageId, text: $text) {\n      ...VisitorEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n"): (typeof documents)["\n  mutation CloseChatAsVisitor($chatId: ID!, $visitorToken: String!) {\n    closeChatAsVisitor(chatId: $chatId, visitorToken: $visitorToken) {\n      ...VisitorChatWithTranscript\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation SetVisitorTyping($chatId: ID!, $visitorToken: String!, $typing: Boolean!) {\n    setVisitorTyping(chatId: $chatId, visitorToken: $visitorToken, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateChat($input: ChatRatingInput!) {\n    rateChat(input: $input) {\n      ...VisitorChatFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateChat($input: ChatRatingInput!) {\n    rateChat(input: $input) {\n      ...VisitorChatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) {\n    askOfflineQuestion(input: $input) {\n      id\n      askedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AskOfflineQuestion($input: OfflineQuestionInput!) {\n    askOfflineQuestion(input: $input) {\n      id\n      askedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) {\n      mailId\n      to\n    }\n  }\n"): (typeof documents)["\n  mutation EmailChatTranscript($chatId: ID!, $visitorToken: String!, $email: String!) {\n    emailChatTranscript(chatId: $chatId, visitorToken: $visitorToken, email: $email) {\n      mailId\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) {\n      chat {\n        ...VisitorChatFields\n      }\n      entry {\n        ...VisitorEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription VisitorChatActivity($chatId: ID!, $visitorToken: String!) {\n    visitorChatActivity(chatId: $chatId, visitorToken: $visitorToken) {\n      chat {\n        ...VisitorChatFields\n      }\n      entry {\n        ...VisitorEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) {\n      chatId\n      by\n      name\n      typing\n      at\n    }\n  }\n"): (typeof documents)["\n  subscription VisitorChatTyping($chatId: ID!, $visitorToken: String!) {\n    visitorChatTyping(chatId: $chatId, visitorToken: $visitorToken) {\n      chatId\n      by\n      name\n      typing\n      at\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;