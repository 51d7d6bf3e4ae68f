/** Article commands through the real client, the emulator and the projection runner. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '@deskstream/esdb-emulator';
import type { Actor } from '@deskstream/domain-kit';
import { articleStream } from '@deskstream/knowledge-base-domain';
import { LEILA, TOMAS, at, content, persianContent } from '@deskstream/knowledge-base-domain/testing';
import { renderArticleBody } from './render-article-body';
import {
  startKnowledgeBaseProcess,
  startStore,
  type KnowledgeBaseProcess,
} from './test-support/knowledge-base-on-emulator';

let store: RunningEmulator;
let kb: KnowledgeBaseProcess;
const actor = (staffId: string): Actor => ({ kind: 'staff', id: staffId });

beforeAll(async () => {
  store = await startStore();
  kb = await startKnowledgeBaseProcess(store.url);
});
afterAll(async () => {
  await kb?.stop();
  await store?.stop();
});

describe('editing an article on the store', () => {
  it('drafts, revises and publishes, and the read model holds each step as soon as the command returns', async () => {
    const drafted = await kb.commands.article(
      { type: 'DraftArticle', data: { articleId: 'i1', content: persianContent(), by: LEILA, at: at(0) } },
      'draft-i1',
      actor(LEILA.staffId),
    );
    expect(drafted.ok).toBe(true);
    expect(kb.readModel.catalog.articles.get('i1')!.revisions).toHaveLength(1);

    const revised = await kb.commands.article(
      {
        type: 'ReviseArticle',
        data: {
          articleId: 'i1',
          baseRevision: 1,
          content: persianContent({ body: 'متن **تازه**' }),
          by: TOMAS,
          at: at(1),
        },
      },
      'revise-i1-a',
      actor(TOMAS.staffId),
    );
    expect(revised.ok).toBe(true);
    await kb.commands.article(
      { type: 'PublishArticle', data: { articleId: 'i1', revision: 2, by: TOMAS, at: at(2) } },
      'publish-i1',
      actor(TOMAS.staffId),
    );
    expect(kb.readModel.catalog.publicBySlug('fa', 'خطای-1603')!.revision).toBe(2);
    expect(kb.readModel.search.search('۱۶۰۳').hits[0]!.id).toBe('i1');
  });

  it('gives the second of two editors who saved the same revision a conflict, not a silent overwrite', async () => {
    const save = (editor: typeof LEILA, title: string, commandId: string) =>
      kb.commands.article(
        {
          type: 'ReviseArticle',
          data: {
            articleId: 'i1',
            baseRevision: 2,
            content: persianContent({ body: 'متن **تازه**', title }),
            by: editor,
            at: at(3),
          },
        },
        commandId,
        actor(editor.staffId),
      );
    const [first, second] = await Promise.all([
      save(LEILA, 'عنوان لیلا', 'save-leila'),
      save(TOMAS, 'عنوان توماس', 'save-tomas'),
    ]);
    const outcomes = [first, second].map((outcome) => (outcome.ok ? 'saved' : outcome.error.code)).sort();
    expect(outcomes).toEqual(['KB_REVISION_CONFLICT', 'saved']);
    expect(kb.readModel.catalog.articles.get('i1')!.revisions).toHaveLength(3);
  });

  it('writes a retried command once', async () => {
    const command = {
      type: 'DraftArticle' as const,
      data: { articleId: 'i2', content: content({ slug: 'retry' }), by: LEILA, at: at(4) },
    };
    const first = await kb.commands.article(command, 'draft-i2', actor(LEILA.staffId));
    const again = await kb.commands.article(command, 'draft-i2', actor(LEILA.staffId));
    expect(first).toEqual(again);
    const stored = [];
    for await (const resolved of kb.client.readStream(articleStream('i2'))) stored.push(resolved.event!.type);
    expect(stored).toEqual(['ArticleDrafted']);
  });

  it('rebuilds the same read model, and byte-identical pages, from the events after a restart', async () => {
    const rebuilt = await startKnowledgeBaseProcess(store.url);
    try {
      const page = (process: KnowledgeBaseProcess) => {
        const article = process.readModel.catalog.publicBySlug('fa', 'خطای-1603')!;
        return JSON.stringify({ article, html: process.readModel.renderedBody(article.id, article.revision) });
      };
      expect(page(rebuilt)).toBe(page(kb));
      expect(JSON.stringify(rebuilt.readModel.catalog.articles.get('i1'))).toBe(
        JSON.stringify(kb.readModel.catalog.articles.get('i1')),
      );
      expect(rebuilt.readModel.renderedBody('i1', 2)).toBe(renderArticleBody('متن **تازه**'));
    } finally {
      await rebuilt.stop();
    }
  });
});

describe('visitors on the store', () => {
  it('counts one vote per visitor, article and day', async () => {
    const vote = {
      type: 'VoteOnArticle' as const,
      data: { articleId: 'i1', helpful: true, voter: 'visitor-a', at: at(10) },
    };
    await kb.commands.vote(vote, 'vote-1', { kind: 'visitor', id: 'anonymous' });
    await kb.commands.vote({ ...vote, data: { ...vote.data, helpful: false } }, 'vote-2', {
      kind: 'visitor',
      id: 'anonymous',
    });
    expect(kb.readModel.popularity.helpfulnessOf('i1')).toEqual({ helpful: 1, notHelpful: 0 });
  });
});
