/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type KnowledgeBaseLocale =
  | 'en'
  | 'fa'
  | 'ja'
  | 'vi';

export type KnowledgeBaseQuestionInput = {
  articleId?: string | null | undefined;
  commandId: string;
  email?: string | null | undefined;
  locale: KnowledgeBaseLocale;
  name?: string | null | undefined;
  question: string;
  searchQuery?: string | null | undefined;
};

export type KbSuggestQueryVariables = Exact<{
  q: string;
  l: KnowledgeBaseLocale;
  first: number;
}>;


export type KbSuggestQuery = { local: { hits: Array<{ exactErrorCode: boolean, article: { id: string, locale: KnowledgeBaseLocale, slug: string, title: string, errorCodes: Array<string> } }> }, everywhere: { hits: Array<{ exactErrorCode: boolean, article: { id: string, locale: KnowledgeBaseLocale, slug: string, title: string, errorCodes: Array<string> } }> } };

export type KbHitFragment = { exactErrorCode: boolean, article: { id: string, locale: KnowledgeBaseLocale, slug: string, title: string, errorCodes: Array<string> } };

export type KbMissMutationVariables = Exact<{
  q: string;
  l?: KnowledgeBaseLocale | null | undefined;
}>;


export type KbMissMutation = { reportUnansweredSearch: boolean };

export type KbVoteMutationVariables = Exact<{
  id: string;
  helpful: boolean;
  comment?: string | null | undefined;
}>;


export type KbVoteMutation = { voteOnArticle: { helpful: number, notHelpful: number } };

export type KbAskMutationVariables = Exact<{
  input: KnowledgeBaseQuestionInput;
}>;


export type KbAskMutation = { askKnowledgeBase: { id: string, at: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KbHitFragmentDoc = new TypedDocumentString(`
    fragment KbHit on ArticleSearchHit {
  exactErrorCode
  article {
    id
    locale
    slug
    title
    errorCodes
  }
}
    `, {"fragmentName":"KbHit"}) as unknown as TypedDocumentString<KbHitFragment, unknown>;
export const KbSuggestDocument = new TypedDocumentString(`
    query KbSuggest($q: String!, $l: KnowledgeBaseLocale!, $first: Int!) {
  local: searchArticles(query: $q, locale: $l, first: $first) {
    hits {
      ...KbHit
    }
  }
  everywhere: searchArticles(query: $q, first: $first) {
    hits {
      ...KbHit
    }
  }
}
    fragment KbHit on ArticleSearchHit {
  exactErrorCode
  article {
    id
    locale
    slug
    title
    errorCodes
  }
}`) as unknown as TypedDocumentString<KbSuggestQuery, KbSuggestQueryVariables>;
export const KbMissDocument = new TypedDocumentString(`
    mutation KbMiss($q: String!, $l: KnowledgeBaseLocale) {
  reportUnansweredSearch(query: $q, locale: $l)
}
    `) as unknown as TypedDocumentString<KbMissMutation, KbMissMutationVariables>;
export const KbVoteDocument = new TypedDocumentString(`
    mutation KbVote($id: ID!, $helpful: Boolean!, $comment: String) {
  voteOnArticle(id: $id, helpful: $helpful, comment: $comment) {
    helpful
    notHelpful
  }
}
    `) as unknown as TypedDocumentString<KbVoteMutation, KbVoteMutationVariables>;
export const KbAskDocument = new TypedDocumentString(`
    mutation KbAsk($input: KnowledgeBaseQuestionInput!) {
  askKnowledgeBase(input: $input) {
    id
    at
  }
}
    `) as unknown as TypedDocumentString<KbAskMutation, KbAskMutationVariables>;