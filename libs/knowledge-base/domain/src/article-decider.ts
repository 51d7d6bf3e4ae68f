/**
 * An article's decider, pure: the `article-<id>` stream. Every save names the revision the editor
 * started from; if someone saved in between, the save is refused with KB_REVISION_CONFLICT rather
 * than silently overwriting their work. Time and editor come in the command. Repeating a command
 * that has already had its effect decides no events.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { ArticleContent, ArticleEvent, Editor } from './knowledge-base-events';
import { checkContent, isContentRejection, sameContent } from './article-content';
import { reject, type KnowledgeBaseRejection } from './errors';

export type ArticleCommand =
  | { type: 'DraftArticle'; data: { articleId: string; content: ArticleContent; by: Editor; at: string } }
  | {
      type: 'ReviseArticle';
      data: { articleId: string; baseRevision: number; content: ArticleContent; by: Editor; at: string };
    }
  | { type: 'SubmitArticleForReview'; data: { articleId: string; revision: number; by: Editor; at: string } }
  | { type: 'PublishArticle'; data: { articleId: string; revision: number; by: Editor; at: string } }
  | { type: 'UnpublishArticle'; data: { articleId: string; by: Editor; at: string } }
  | {
      type: 'RestoreArticleRevision';
      data: { articleId: string; baseRevision: number; fromRevision: number; by: Editor; at: string };
    };

export interface ArticleState {
  exists: boolean;
  /** The latest revision's number (1 for a fresh draft); 0 before the draft. */
  revision: number;
  /** Content of revision n at index n - 1. */
  contents: readonly ArticleContent[];
  publishedRevision: number | null;
  reviewRevision: number | null;
}

export const initialArticleState = (): ArticleState => ({
  exists: false,
  revision: 0,
  contents: [],
  publishedRevision: null,
  reviewRevision: null,
});

export function evolveArticle(state: ArticleState, event: ArticleEvent): ArticleState {
  switch (event.type) {
    case 'ArticleDrafted':
      return { ...state, exists: true, revision: 1, contents: [event.data.content] };
    case 'ArticleRevised':
    case 'ArticleRestored':
      return { ...state, revision: event.data.revision, contents: [...state.contents, event.data.content] };
    case 'ArticleSubmittedForReview':
      return { ...state, reviewRevision: event.data.revision };
    case 'ArticlePublished':
      return { ...state, publishedRevision: event.data.revision };
    case 'ArticleUnpublished':
      return { ...state, publishedRevision: null };
    default:
      return assertNever(event);
  }
}

export function decideArticle(command: ArticleCommand, state: ArticleState): ArticleEvent[] | KnowledgeBaseRejection {
  if (command.type === 'DraftArticle') {
    const { articleId, by, at } = command.data;
    if (state.exists) return reject('KB_ARTICLE_EXISTS');
    const content = checkContent(command.data.content);
    if (isContentRejection(content)) return content;
    return [{ type: 'ArticleDrafted', data: { articleId, revision: 1, content, by, at } }];
  }
  if (!state.exists) return reject('KB_ARTICLE_NOT_FOUND');
  const latest = state.contents[state.revision - 1]!;

  switch (command.type) {
    case 'ReviseArticle': {
      const { articleId, baseRevision, by, at } = command.data;
      if (baseRevision !== state.revision) return reject('KB_REVISION_CONFLICT');
      const content = checkContent(command.data.content);
      if (isContentRejection(content)) return content;
      if (sameContent(content, latest)) return [];
      return [{ type: 'ArticleRevised', data: { articleId, revision: state.revision + 1, content, by, at } }];
    }
    case 'RestoreArticleRevision': {
      const { articleId, baseRevision, fromRevision, by, at } = command.data;
      if (baseRevision !== state.revision) return reject('KB_REVISION_CONFLICT');
      const content = state.contents[fromRevision - 1];
      if (!Number.isInteger(fromRevision) || fromRevision < 1 || !content) return reject('KB_REVISION_NOT_FOUND');
      if (sameContent(content, latest)) return [];
      return [
        { type: 'ArticleRestored', data: { articleId, revision: state.revision + 1, fromRevision, content, by, at } },
      ];
    }
    case 'SubmitArticleForReview': {
      const { articleId, revision, by, at } = command.data;
      if (revision !== state.revision) return reject('KB_REVISION_CONFLICT');
      if (state.reviewRevision === revision || state.publishedRevision === revision) return [];
      return [{ type: 'ArticleSubmittedForReview', data: { articleId, revision, by, at } }];
    }
    case 'PublishArticle': {
      const { articleId, revision, by, at } = command.data;
      if (revision !== state.revision) return reject('KB_REVISION_CONFLICT');
      if (state.publishedRevision === revision) return [];
      return [{ type: 'ArticlePublished', data: { articleId, revision, by, at } }];
    }
    case 'UnpublishArticle': {
      const { articleId, by, at } = command.data;
      if (state.publishedRevision === null) return [];
      return [{ type: 'ArticleUnpublished', data: { articleId, revision: state.publishedRevision, by, at } }];
    }
    default:
      return assertNever(command);
  }
}

export const articleDecider: Decider<ArticleCommand, ArticleEvent, ArticleState, KnowledgeBaseRejection> = {
  initialState: initialArticleState,
  evolve: evolveArticle,
  decide: decideArticle,
};
