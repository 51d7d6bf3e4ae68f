import { newCommandId, outcomeOf, type GraphqlConnection, type Outcome } from '@deskstream/ui';
import type { TypedDocumentNode } from '@urql/core';
import {
  DraftArticleMutation,
  EditableArticleQuery,
  PublishArticleMutation,
  RestoreArticleRevisionMutation,
  ReviseArticleMutation,
  SubmitArticleForReviewMutation,
  UnpublishArticleMutation,
} from '../api/knowledge-base-operations';
import type { ArticleInput, EditableArticleFieldsFragment as EditableArticle } from '../generated/graphql';

/**
 * The editor's calls to the api, each answered as an `Outcome` of the article as it now stands.
 * Every command carries a fresh command id, so a retried click is written once.
 */
export function createArticleEditorApi(connection: GraphqlConnection) {
  const mutate = <Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    pick: (data: Data) => EditableArticle,
  ): Promise<Outcome<EditableArticle>> =>
    outcomeOf(connection.client.mutation(document, variables).toPromise()).then((outcome) =>
      outcome.ok ? { ok: true, data: pick(outcome.data) } : outcome,
    );

  return {
    /** The article as it is now, or null in `editableArticle` when there is no such article. */
    fetch: (id: string) =>
      outcomeOf(connection.client.query(EditableArticleQuery, { id }, { requestPolicy: 'network-only' }).toPromise()),
    draft: (input: ArticleInput) =>
      mutate(DraftArticleMutation, { input, commandId: newCommandId() }, (d) => d.draftArticle),
    revise: (id: string, baseRevision: number, input: ArticleInput) =>
      mutate(ReviseArticleMutation, { id, baseRevision, input, commandId: newCommandId() }, (d) => d.reviseArticle),
    submitForReview: (id: string, revision: number) =>
      mutate(
        SubmitArticleForReviewMutation,
        { id, revision, commandId: newCommandId() },
        (d) => d.submitArticleForReview,
      ),
    publish: (id: string, revision: number) =>
      mutate(PublishArticleMutation, { id, revision, commandId: newCommandId() }, (d) => d.publishArticle),
    unpublish: (id: string) =>
      mutate(UnpublishArticleMutation, { id, commandId: newCommandId() }, (d) => d.unpublishArticle),
    restore: (id: string, baseRevision: number, fromRevision: number) =>
      mutate(
        RestoreArticleRevisionMutation,
        { id, baseRevision, fromRevision, commandId: newCommandId() },
        (d) => d.restoreArticleRevision,
      ),
  };
}
