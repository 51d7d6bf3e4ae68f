import { describe, expect, it } from 'vitest';
import { emptyFeedbackSource, type FeedbackActor } from '@deskstream/feedback-domain';
import { FeedbackTriageReadModel } from './triage-read-model';
import { applyTriageEvent, type FeedbackTriageEvent } from './projection';
import { queue, reporterCount, suggestions, topics } from './triage-queries';

const by: FeedbackActor = { kind: 'staff', id: 'ana' };
const at = '2026-12-01T10:00:00.000Z';
const catalogueBy = { kind: 'STAFF', id: 'ana' } as never;

const captured = (itemId: string, text: string, extra: Partial<{ product: string; customerId: string }> = {}) =>
  ({
    type: 'FeedbackCaptured',
    data: {
      itemId,
      source: { ...emptyFeedbackSource('CHAT_MESSAGE'), chatId: 'c', messageId: itemId },
      channel: 'CHAT',
      text,
      product: extra.product ?? 'jame-feqh',
      version: null,
      build: null,
      kind: null,
      severity: null,
      tags: [],
      reporter: {
        kind: 'CUSTOMER',
        customerId: extra.customerId ?? null,
        ticketId: null,
        personal: { name: null, email: `${itemId}@example.org`, phone: null },
      },
      language: 'en',
      capturedBy: by,
      at,
    },
  }) satisfies FeedbackTriageEvent;

function model(events: FeedbackTriageEvent[]) {
  const readModel = new FeedbackTriageReadModel();
  for (const event of events) applyTriageEvent(readModel, event);
  return readModel;
}

const english = 'The app crashes when I search after updating to 2.1 (error E-1042)';
const persian = 'بعد از به‌روزرسانی به نسخه ۲٫۱ برنامه هنگام جست‌وجو بسته می‌شود، خطای E-1042';
const opened: FeedbackTriageEvent = {
  type: 'FeedbackTopicOpened',
  data: { topicId: 't1', title: 'Search crashes', product: 'jame-feqh', kind: 'BUG', by, at },
};
const grouped = (itemId: string): FeedbackTriageEvent => ({
  type: 'FeedbackGrouped',
  data: { itemId, topicId: 't1', suggested: false, score: null, by, at },
});
const answered = (answerId: string, status: 'FIXED' | 'ACKNOWLEDGED', version: string | null): FeedbackTriageEvent => ({
  type: 'FeedbackTopicAnswered',
  data: { topicId: 't1', answerId, status, version, reason: null, note: null, by, at },
});

describe('the triage read model', () => {
  it('pages the queue newest first with filters', () => {
    const readModel = model([
      captured('i1', english),
      captured('i2', persian),
      captured('i3', 'Printing shows the wrong font', { product: 'other' }),
      { type: 'FeedbackDismissed', data: { itemId: 'i3', reason: 'NOISE', duplicateOf: null, by, at } },
    ]);
    const first = queue(readModel, {}, 1);
    expect(first.nodes.map((item) => item.id)).toEqual(['i2']);
    expect(first.totalCount).toBe(2);
    expect(first.hasNextPage).toBe(true);
    const second = queue(readModel, {}, 1, first.endCursor);
    expect(second.nodes.map((item) => item.id)).toEqual(['i1']);
    expect(second.hasNextPage).toBe(false);
    expect(queue(readModel, { state: 'DISMISSED' }, 10).nodes.map((item) => item.id)).toEqual(['i3']);
    expect(queue(readModel, { text: 'جستجو' }, 10).nodes).toHaveLength(0);
    expect(queue(readModel, { text: 'CRASHES search' }, 10).nodes.map((item) => item.id)).toEqual(['i1']);
  });

  it('suggests the topic a Persian report of an English one’s bug belongs to', () => {
    const readModel = model([
      captured('i1', english),
      opened,
      grouped('i1'),
      captured('i2', persian),
      captured('i3', 'Printing a book page shows the wrong font in 3.0'),
    ]);
    const found = suggestions(readModel, 'i2');
    expect(found.topics.map((suggestion) => suggestion.topic.id)).toEqual(['t1']);
    expect(found.topics[0]!.score).toBeGreaterThan(0.5);
    expect(suggestions(readModel, 'i3').topics).toEqual([]);
    expect(suggestions(readModel, 'i1').items.map((suggestion) => suggestion.item.id)).toEqual(['i2']);
  });

  it('owes each answer to every reporter until its delivery is recorded, and a latecomer the latest answer', () => {
    const readModel = model([
      captured('i1', english, { customerId: 'cu1' }),
      captured('i2', persian, { customerId: 'cu1' }),
      captured('i3', english),
      opened,
      grouped('i1'),
      grouped('i2'),
      { type: 'FeedbackTopicForwarded', data: { topicId: 't1', teamId: 'team', by, at } },
      answered('a1', 'ACKNOWLEDGED', null),
    ]);
    expect([...readModel.dueDeliveries.values()].map((due) => due.itemId)).toEqual(['i1', 'i2']);
    expect(reporterCount(readModel, readModel.topic('t1')!)).toBe(1);
    applyTriageEvent(readModel, {
      type: 'FeedbackAnswerDelivered',
      data: {
        itemId: 'i1',
        topicId: 't1',
        answerId: 'a1',
        occasion: 'ANSWER',
        channel: 'MAIL',
        mailId: 'm1',
        ticketId: null,
        language: 'en',
        at,
      },
    });
    applyTriageEvent(readModel, { type: 'FeedbackUngrouped', data: { itemId: 'i2', topicId: 't1', by, at } });
    expect(readModel.dueDeliveries.size).toBe(0);
    applyTriageEvent(readModel, grouped('i3'));
    expect([...readModel.dueDeliveries.values()]).toEqual([
      { itemId: 'i3', topicId: 't1', answerId: 'a1', occasion: 'ANSWER' },
    ]);
    expect(topics(readModel, { state: 'ANSWERED', teamIds: ['team'] }, 10).nodes).toHaveLength(1);
    expect(topics(readModel, { teamIds: ['other'] }, 10).nodes).toHaveLength(0);
  });

  it('tells a fixed answer’s users again when its version ships, not when it had shipped already', () => {
    const readModel = model([
      {
        type: 'ProductDefined',
        data: { productKey: 'jame-feqh', name: 'Jame', serialFormats: {} as never, at, by: catalogueBy },
      },
      {
        type: 'ProductVersionAdded',
        data: { productKey: 'jame-feqh', version: '2.0', releasedOn: null, at, by: catalogueBy },
      },
      captured('i1', english),
      opened,
      grouped('i1'),
      { type: 'FeedbackTopicForwarded', data: { topicId: 't1', teamId: 'team', by, at } },
      answered('a-old', 'FIXED', '2.0'),
      answered('a1', 'FIXED', '2.1'),
    ]);
    expect(readModel.dueFixReleases.size).toBe(0);
    applyTriageEvent(readModel, {
      type: 'ProductVersionAdded',
      data: { productKey: 'jame-feqh', version: '2.1', releasedOn: null, at, by: catalogueBy },
    });
    expect([...readModel.dueFixReleases.values()]).toEqual([{ topicId: 't1', answerId: 'a1', version: '2.1' }]);
    applyTriageEvent(readModel, {
      type: 'FeedbackTopicFixReleased',
      data: { topicId: 't1', answerId: 'a1', version: '2.1', at },
    });
    expect(readModel.dueFixReleases.size).toBe(0);
    expect([...readModel.dueDeliveries.values()].filter((due) => due.occasion === 'FIX_RELEASED')).toEqual([
      { itemId: 'i1', topicId: 't1', answerId: 'a1', occasion: 'FIX_RELEASED' },
    ]);
  });
});
