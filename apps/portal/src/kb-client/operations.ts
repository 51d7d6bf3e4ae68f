/**
 * The knowledge-base pages' operations, checked against the schema by `npm run codegen` and
 * generated as typed strings (`./generated`): the script posts their text as it is.
 */
import { graphql } from './generated';

export const SuggestQuery = graphql(`
  query KbSuggest($q: String!, $l: KnowledgeBaseLocale!, $first: Int!) {
    local: searchArticles(query: $q, locale: $l, first: $first) { hits { ...KbHit } }
    everywhere: searchArticles(query: $q, first: $first) { hits { ...KbHit } }
  }
`);

graphql(`
  fragment KbHit on ArticleSearchHit { exactErrorCode article { id locale slug title errorCodes } }
`);

export const ReportUnansweredMutation = graphql(`
  mutation KbMiss($q: String!, $l: KnowledgeBaseLocale) { reportUnansweredSearch(query: $q, locale: $l) }
`);

export const VoteMutation = graphql(`
  mutation KbVote($id: ID!, $helpful: Boolean!, $comment: String) { voteOnArticle(id: $id, helpful: $helpful, comment: $comment) { helpful notHelpful } }
`);

export const AskMutation = graphql(`
  mutation KbAsk($input: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $input) { id at } }
`);
