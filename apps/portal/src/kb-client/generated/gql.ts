/* eslint-disable */
import * as types from './graphql';



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
    "\n  query KbSuggest($q: String!, $l: KnowledgeBaseLocale!, $first: Int!) {\n    local: searchArticles(query: $q, locale: $l, first: $first) { hits { ...KbHit } }\n    everywhere: searchArticles(query: $q, first: $first) { hits { ...KbHit } }\n  }\n": typeof types.KbSuggestDocument,
    "\n  fragment KbHit on ArticleSearchHit { exactErrorCode article { id locale slug title errorCodes } }\n": typeof types.KbHitFragmentDoc,
    "\n  mutation KbMiss($q: String!, $l: KnowledgeBaseLocale) { reportUnansweredSearch(query: $q, locale: $l) }\n": typeof types.KbMissDocument,
    "\n  mutation KbVote($id: ID!, $helpful: Boolean!, $comment: String) { voteOnArticle(id: $id, helpful: $helpful, comment: $comment) { helpful notHelpful } }\n": typeof types.KbVoteDocument,
    "\n  mutation KbAsk($input: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $input) { id at } }\n": typeof types.KbAskDocument,
};
const documents: Documents = {
    "\n  query KbSuggest($q: String!, $l: KnowledgeBaseLocale!, $first: Int!) {\n    local: searchArticles(query: $q, locale: $l, first: $first) { hits { ...KbHit } }\n    everywhere: searchArticles(query: $q, first: $first) { hits { ...KbHit } }\n  }\n": types.KbSuggestDocument,
    "\n  fragment KbHit on ArticleSearchHit { exactErrorCode article { id locale slug title errorCodes } }\n": types.KbHitFragmentDoc,
    "\n  mutation KbMiss($q: String!, $l: KnowledgeBaseLocale) { reportUnansweredSearch(query: $q, locale: $l) }\n": types.KbMissDocument,
    "\n  mutation KbVote($id: ID!, $helpful: Boolean!, $comment: String) { voteOnArticle(id: $id, helpful: $helpful, comment: $comment) { helpful notHelpful } }\n": types.KbVoteDocument,
    "\n  mutation KbAsk($input: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $input) { id at } }\n": types.KbAskDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSuggest($q: String!, $l: KnowledgeBaseLocale!, $first: Int!) {\n    local: searchArticles(query: $q, locale: $l, first: $first) { hits { ...KbHit } }\n    everywhere: searchArticles(query: $q, first: $first) { hits { ...KbHit } }\n  }\n"): typeof import('./graphql').KbSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbHit on ArticleSearchHit { exactErrorCode article { id locale slug title errorCodes } }\n"): typeof import('./graphql').KbHitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbMiss($q: String!, $l: KnowledgeBaseLocale) { reportUnansweredSearch(query: $q, locale: $l) }\n"): typeof import('./graphql').KbMissDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbVote($id: ID!, $helpful: Boolean!, $comment: String) { voteOnArticle(id: $id, helpful: $helpful, comment: $comment) { helpful notHelpful } }\n"): typeof import('./graphql').KbVoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbAsk($input: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $input) { id at } }\n"): typeof import('./graphql').KbAskDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
