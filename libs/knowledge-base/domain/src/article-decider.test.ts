import { describe, expect, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import { articleFieldProblems, isValidSlug } from './article-content';
import { articleDecider } from './article-decider';
import type { ArticleEvent } from './knowledge-base-events';
import { LEILA, TOMAS, at, content } from './test-support/articles';

const given = deciderSpec(articleDecider);
const id = 'a1';
const drafted: ArticleEvent = {
  type: 'ArticleDrafted',
  data: { articleId: id, revision: 1, content: content(), by: LEILA, at: at(0) },
};
const revised: ArticleEvent = {
  type: 'ArticleRevised',
  data: {
    articleId: id,
    revision: 2,
    content: content({ body: 'Run setup as administrator, then restart.' }),
    by: TOMAS,
    at: at(5),
  },
};
const published = (revision: number, minutes: number): ArticleEvent => ({
  type: 'ArticlePublished',
  data: { articleId: id, revision, by: TOMAS, at: at(minutes) },
});

describe('drafting', () => {
  it('drafts revision 1 with the editor and the time from the command', () => {
    given([])
      .when({ type: 'DraftArticle', data: { articleId: id, content: content(), by: LEILA, at: at(0) } })
      .then([drafted]);
  });

  it('trims the content it stores', () => {
    given([])
      .when({
        type: 'DraftArticle',
        data: {
          articleId: id,
          content: content({ title: '  Error   1603 during installation ', tags: ['installer', ' installer'] }),
          by: LEILA,
          at: at(0),
        },
      })
      .then([drafted]);
  });

  it('refuses a second draft of the same article', () => {
    given([drafted])
      .when({ type: 'DraftArticle', data: { articleId: id, content: content(), by: LEILA, at: at(1) } })
      .then('KB_ARTICLE_EXISTS');
  });

  it.each([
    [{ slug: 'Error 1603' }, 'KB_SLUG_INVALID'],
    [{ slug: 'error--1603' }, 'KB_SLUG_INVALID'],
    [{ slug: 'search' }, 'KB_SLUG_INVALID'],
    [{ slug: 'errors' }, 'KB_SLUG_INVALID'],
    [{ locale: 'de' as never }, 'KB_LOCALE_INVALID'],
    [{ title: '   ' }, 'KB_TITLE_INVALID'],
    [{ body: 'x'.repeat(20_001) }, 'KB_BODY_TOO_LONG'],
    [{ stage: 'Install!' }, 'KB_STAGE_INVALID'],
    [{ errorCodes: Array.from({ length: 21 }, (_, n) => `E${n}`) }, 'KB_ERROR_CODES_INVALID'],
    [{ symptoms: ['x'.repeat(201)] }, 'KB_SYMPTOMS_INVALID'],
    [{ tags: ['x'.repeat(41)] }, 'KB_TAGS_INVALID'],
    [
      {
        products: [
          { product: 'A', versions: [] },
          { product: 'A', versions: [] },
        ],
      },
      'KB_PRODUCTS_INVALID',
    ],
    [{ translationGroup: '' }, 'KB_TRANSLATION_GROUP_INVALID'],
  ])('refuses invalid content, case %#', (overrides, reason) => {
    given([])
      .when({ type: 'DraftArticle', data: { articleId: id, content: content(overrides), by: LEILA, at: at(0) } })
      .then(reason as never);
  });

  it('accepts a Persian slug', () => {
    const persian = content({ slug: 'خطای-1603', locale: 'fa' });
    given([])
      .when({ type: 'DraftArticle', data: { articleId: id, content: persian, by: LEILA, at: at(0) } })
      .then([{ type: 'ArticleDrafted', data: { articleId: id, revision: 1, content: persian, by: LEILA, at: at(0) } }]);
  });

  it('refuses every other command before the draft', () => {
    given([])
      .when({ type: 'PublishArticle', data: { articleId: id, revision: 1, by: TOMAS, at: at(1) } })
      .then('KB_ARTICLE_NOT_FOUND');
  });
});

describe('revising', () => {
  it('adds the next revision when the editor started from the latest', () => {
    given([drafted])
      .when({
        type: 'ReviseArticle',
        data: {
          articleId: id,
          baseRevision: 1,
          content: content({ body: 'Run setup as administrator, then restart.' }),
          by: TOMAS,
          at: at(5),
        },
      })
      .then([revised]);
  });

  it('refuses a save based on an older revision: two editors saving the same revision get a conflict', () => {
    given([drafted, revised])
      .when({
        type: 'ReviseArticle',
        data: { articleId: id, baseRevision: 1, content: content({ title: 'Leila’s version' }), by: LEILA, at: at(6) },
      })
      .then('KB_REVISION_CONFLICT');
  });

  it('decides nothing for a save that changes nothing', () => {
    given([drafted])
      .when({
        type: 'ReviseArticle',
        data: { articleId: id, baseRevision: 1, content: content(), by: TOMAS, at: at(5) },
      })
      .then([]);
  });
});

describe('review and publishing', () => {
  it('submits the latest revision for review, once', () => {
    const submitted: ArticleEvent = {
      type: 'ArticleSubmittedForReview',
      data: { articleId: id, revision: 2, by: LEILA, at: at(7) },
    };
    given([drafted, revised])
      .when({ type: 'SubmitArticleForReview', data: { articleId: id, revision: 2, by: LEILA, at: at(7) } })
      .then([submitted]);
    given([drafted, revised, submitted])
      .when({ type: 'SubmitArticleForReview', data: { articleId: id, revision: 2, by: LEILA, at: at(8) } })
      .then([]);
    given([drafted, revised])
      .when({ type: 'SubmitArticleForReview', data: { articleId: id, revision: 1, by: LEILA, at: at(7) } })
      .then('KB_REVISION_CONFLICT');
  });

  it('publishes the revision the publisher saw, and only that one', () => {
    given([drafted, revised])
      .when({ type: 'PublishArticle', data: { articleId: id, revision: 2, by: TOMAS, at: at(10) } })
      .then([published(2, 10)]);
    given([drafted, revised])
      .when({ type: 'PublishArticle', data: { articleId: id, revision: 1, by: TOMAS, at: at(10) } })
      .then('KB_REVISION_CONFLICT');
    given([drafted, revised, published(2, 10)])
      .when({ type: 'PublishArticle', data: { articleId: id, revision: 2, by: TOMAS, at: at(11) } })
      .then([]);
  });

  it('unpublishes what is public, and does nothing when nothing is', () => {
    given([drafted, published(1, 1)])
      .when({ type: 'UnpublishArticle', data: { articleId: id, by: TOMAS, at: at(20) } })
      .then([{ type: 'ArticleUnpublished', data: { articleId: id, revision: 1, by: TOMAS, at: at(20) } }]);
    given([drafted])
      .when({ type: 'UnpublishArticle', data: { articleId: id, by: TOMAS, at: at(20) } })
      .then([]);
  });
});

describe('restoring an old revision', () => {
  it('writes the old content as the next revision', () => {
    given([drafted, revised])
      .when({
        type: 'RestoreArticleRevision',
        data: { articleId: id, baseRevision: 2, fromRevision: 1, by: LEILA, at: at(30) },
      })
      .then([
        {
          type: 'ArticleRestored',
          data: { articleId: id, revision: 3, fromRevision: 1, content: content(), by: LEILA, at: at(30) },
        },
      ]);
  });

  it('refuses a revision that does not exist, and a stale base', () => {
    given([drafted, revised])
      .when({
        type: 'RestoreArticleRevision',
        data: { articleId: id, baseRevision: 2, fromRevision: 7, by: LEILA, at: at(30) },
      })
      .then('KB_REVISION_NOT_FOUND');
    given([drafted, revised])
      .when({
        type: 'RestoreArticleRevision',
        data: { articleId: id, baseRevision: 1, fromRevision: 1, by: LEILA, at: at(30) },
      })
      .then('KB_REVISION_CONFLICT');
  });

  it('decides nothing when the latest revision already has that content', () => {
    given([drafted, revised])
      .when({
        type: 'RestoreArticleRevision',
        data: { articleId: id, baseRevision: 2, fromRevision: 2, by: LEILA, at: at(30) },
      })
      .then([]);
  });
});

describe('the rules the editor checks as it types', () => {
  it('name every field the decider would refuse, with its reason', () => {
    expect(articleFieldProblems(content())).toEqual({});
    expect(
      articleFieldProblems(
        content({ slug: 'search', title: ' ', stage: 'Install', body: 'x'.repeat(20_001), tags: ['x'.repeat(41)] }),
      ),
    ).toEqual({
      slug: 'KB_SLUG_INVALID',
      title: 'KB_TITLE_INVALID',
      body: 'KB_BODY_TOO_LONG',
      stage: 'KB_STAGE_INVALID',
      tags: 'KB_TAGS_INVALID',
    });
    expect(isValidSlug('خطای-1603')).toBe(true);
    expect(isValidSlug('error--1603')).toBe(false);
  });
});
