import { describe, expect, it } from 'vitest';
import {
  emptyFeedbackSource,
  feedbackItemDecider,
  feedbackTopicDecider,
  type FeedbackActor,
  type FeedbackItemCommand,
  type FeedbackTopicCommand,
} from '@deskstream/feedback-domain';
import { FeedbackTriageReadModel, applyTriageEvent, type FeedbackTriageEvent } from '@deskstream/feedback-read-models';
import type { FeedbackCommands } from './commands';
import { FeedbackLoopBack } from './loop-back';
import type { FeedbackMail } from './ports';

const by: FeedbackActor = { kind: 'staff', id: 'ana' };
const at = '2026-12-01T10:00:00.000Z';

function captured(
  itemId: string,
  reporter: { email?: string; ticketId?: string; unit?: boolean },
): FeedbackTriageEvent {
  return {
    type: 'FeedbackCaptured',
    data: {
      itemId,
      source: emptyFeedbackSource('STAFF'),
      channel: reporter.ticketId ? 'TICKET' : 'CHAT',
      text: 'Search crashes',
      product: null,
      version: null,
      build: null,
      kind: null,
      severity: null,
      tags: [],
      reporter: {
        kind: reporter.unit ? 'SUPPORT_UNIT' : 'CUSTOMER',
        customerId: null,
        ticketId: reporter.ticketId ?? null,
        personal: { name: null, email: reporter.email ?? null, phone: null },
      },
      language: 'fa',
      capturedBy: by,
      at,
    },
  };
}

/** Commands that decide on the events the read model was given and apply what they decide, as the store and runner would. */
function fakeCommands(model: FeedbackTriageReadModel, history: FeedbackTriageEvent[]) {
  const streamOf = (id: string) => history.filter((event) => (event.data as { itemId?: string }).itemId === id);
  const run = (decide: () => unknown) => {
    const decided = decide();
    if (!Array.isArray(decided)) return Promise.resolve({ ok: false as const, error: decided });
    for (const event of decided) {
      history.push(event);
      applyTriageEvent(model, event);
    }
    return Promise.resolve({ ok: true as const, events: decided });
  };
  return {
    item: (command: FeedbackItemCommand) =>
      run(() => {
        const events = streamOf(command.data.itemId) as never[];
        const state = events.reduce(feedbackItemDecider.evolve, feedbackItemDecider.initialState());
        return feedbackItemDecider.decide(command, state);
      }),
    topic: (command: FeedbackTopicCommand) =>
      run(() => {
        const events = history.filter(
          (event) =>
            event.type.startsWith('FeedbackTopic') &&
            (event.data as { topicId: string }).topicId === command.data.topicId,
        ) as never[];
        const state = events.reduce(feedbackTopicDecider.evolve, feedbackTopicDecider.initialState());
        return feedbackTopicDecider.decide(command, state);
      }),
  } as unknown as FeedbackCommands;
}

describe('the loop back', () => {
  it('delivers an answer to each reporter once, on their ticket or by mail, and records who could not be told', async () => {
    const model = new FeedbackTriageReadModel();
    const history: FeedbackTriageEvent[] = [
      captured('by-ticket', { ticketId: 't1', email: 'maryam@example.org' }),
      captured('by-mail', { email: 'sam@example.org' }),
      captured('nobody', {}),
      captured('unit', { unit: true }),
      { type: 'FeedbackTopicOpened', data: { topicId: 'topic', title: 'Search', product: null, kind: 'BUG', by, at } },
      ...['by-ticket', 'by-mail', 'nobody', 'unit'].map((itemId): FeedbackTriageEvent => ({
        type: 'FeedbackGrouped',
        data: { itemId, topicId: 'topic', suggested: false, score: null, by, at },
      })),
      { type: 'FeedbackTopicForwarded', data: { topicId: 'topic', teamId: 'team', by, at } },
      {
        type: 'FeedbackTopicAnswered',
        data: { topicId: 'topic', answerId: 'a1', status: 'FIXED', version: '2.1', reason: null, note: null, by, at },
      },
    ];
    for (const event of history) applyTriageEvent(model, event);
    const mails: FeedbackMail[] = [];
    const replies: { ticketId: string; text: string; commandId: string }[] = [];
    const deps = {
      readModel: model,
      commands: fakeCommands(model, history),
      mailbox: { queue: async (mail: FeedbackMail) => (mails.push(mail), { ok: true as const }) },
      tickets: {
        reply: async (ticketId: string, text: string, commandId: string) => (
          replies.push({ ticketId, text, commandId }),
          { ok: true as const, ticketId }
        ),
        numberOf: () => 1,
      },
      now: () => new Date(at),
    };
    const loopBack = new FeedbackLoopBack(deps);
    loopBack.start({ onChange: () => () => undefined });
    await loopBack.idle();

    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain('۲٫۱');
    expect(mails.map((mail) => mail.to)).toEqual(['sam@example.org']);
    const recorded = (itemId: string) => model.item(itemId)!.deliveries.map((given) => given.channel ?? given.reason);
    expect(recorded('by-ticket')).toEqual(['TICKET_REPLY']);
    expect(recorded('by-mail')).toEqual(['MAIL']);
    expect(recorded('nobody')).toEqual(['NO_CONTACT']);
    expect(recorded('unit')).toEqual(['SUPPORT_UNIT']);
    expect(model.dueDeliveries.size).toBe(0);

    // Another process over the same history owes and sends nothing more.
    const again = new FeedbackLoopBack({ ...deps, readModel: model });
    again.start({ onChange: () => () => undefined });
    await again.idle();
    expect(replies).toHaveLength(1);
    expect(mails).toHaveLength(1);
  });
});
