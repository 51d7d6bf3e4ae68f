/**
 * The loop back: a durable process that delivers every answer of a topic (and every fix release)
 * to every reporter of it, once, through the channel they used — a reply on their ticket through
 * the tickets' commands, else mail through the outbox — worded in their language, and records the
 * delivery (`FeedbackAnswerDelivered`) or why there was none (`FeedbackAnswerUndeliverable`).
 *
 * What is owed comes from the triage read model, which derives it from events: after a restart the
 * replay knows exactly what is still owed. Every send has ids derived from (item, answer,
 * occasion), so a send repeated after a crash between sending and recording is recognised by the
 * tickets and the outbox and not made twice. Fix releases (a FIXED answer's version appearing in
 * the catalogue) are recorded on the topic first, which makes their deliveries owed.
 */
import type { Actor } from '@deskstream/domain-kit';
import { eventIdFor, type ProjectionRunner } from '@deskstream/event-sourcing';
import type { FeedbackAnswerDelivered, FeedbackAnswerUndeliverable } from '@deskstream/feedback-domain';
import type {
  DueDelivery,
  FeedbackAnswerRecord,
  FeedbackItemRecord,
  FeedbackTriageReadModel,
} from '@deskstream/feedback-read-models';
import { wordAnswer } from './answer-wording';
import type { FeedbackCommands } from './commands';
import type { FeedbackMailbox, FeedbackTicketReplies } from './ports';

export const FEEDBACK_ANSWER_MAIL = 'feedback-answer';
const SYSTEM: Actor = { kind: 'system', id: 'feedback-loop-back' };
const RETRY_MS = 5_000;

export interface LoopBackDeps {
  readModel: FeedbackTriageReadModel;
  commands: FeedbackCommands;
  mailbox?: FeedbackMailbox;
  tickets?: FeedbackTicketReplies;
  now: () => Date;
  log?: { error(details: object, message: string): void };
}

type DeliveryRecord = FeedbackAnswerDelivered['data'] | FeedbackAnswerUndeliverable['data'];

export const deliveryCommandId = (due: DueDelivery) =>
  `feedback-delivery/${due.itemId}/${due.answerId}/${due.occasion}`;

export class FeedbackLoopBack {
  private running = false;
  private again = false;
  private stopped = false;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | undefined;
  /** Deliveries whose record the item refused (e.g. the item is gone): not tried again in this process. */
  private readonly givenUp = new Set<string>();
  /** Settles when the current pass is over (for tests and shutdown). */
  private pass: Promise<void> = Promise.resolve();

  private markStarted!: () => void;
  private readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor(private readonly deps: LoopBackDeps) {}

  /** Follows the read model: every change that may owe something schedules a pass. */
  start(runner: Pick<ProjectionRunner, 'onChange'>): void {
    this.stopListening = runner.onChange(() => this.schedule());
    this.schedule();
    this.markStarted();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.markStarted();
    this.stopListening?.();
    if (this.retry) clearTimeout(this.retry);
    await this.pass;
  }

  schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const { readModel } = this.deps;
    if (readModel.dueDeliveries.size === 0 && readModel.dueFixReleases.size === 0) return;
    this.running = true;
    this.pass = this.drain().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
  }

  private async drain(): Promise<void> {
    const { readModel, commands, now } = this.deps;
    try {
      for (const fix of [...readModel.dueFixReleases.values()]) {
        if (this.stopped) return;
        const data = { ...fix, at: now().toISOString() };
        const commandId = `feedback-fix-released/${fix.topicId}/${fix.answerId}`;
        await commands.topic({ type: 'ReleaseFeedbackFix', data }, commandId, SYSTEM);
      }
      for (const due of [...readModel.dueDeliveries.values()]) {
        if (this.stopped) return;
        if (!this.givenUp.has(deliveryCommandId(due))) await this.deliver(due);
      }
    } catch (error) {
      // The store or a port is away: try again shortly, from what the read model still owes.
      this.deps.log?.error({ err: error }, 'feedback answers could not be delivered; retrying');
      if (!this.stopped) this.retry = setTimeout(() => this.schedule(), RETRY_MS);
    }
  }

  private async deliver(due: DueDelivery): Promise<void> {
    const { readModel, commands } = this.deps;
    const item = readModel.item(due.itemId);
    const topic = readModel.topic(due.topicId);
    const answer = topic?.answers.find((given) => given.id === due.answerId);
    const commandId = deliveryCommandId(due);
    if (!item || !topic || !answer) return void this.givenUp.add(commandId);
    const record = await this.send(item, due, answer);
    const outcome = await commands.item({ type: 'RecordFeedbackDelivery', data: record }, commandId, SYSTEM);
    if (!outcome.ok) this.givenUp.add(commandId);
  }

  /** Sends through the reporter's channel; answers what to record. */
  private async send(
    item: FeedbackItemRecord,
    due: DueDelivery,
    answer: FeedbackAnswerRecord,
  ): Promise<DeliveryRecord> {
    const { mailbox, tickets, now } = this.deps;
    const at = now().toISOString();
    const base = { itemId: item.id, topicId: due.topicId, answerId: due.answerId, occasion: due.occasion, at };
    const undeliverable = (reason: FeedbackAnswerUndeliverable['data']['reason']): DeliveryRecord => ({
      ...base,
      reason,
    });
    if (item.reporter.kind === 'SUPPORT_UNIT') return undeliverable('SUPPORT_UNIT');
    const language = item.language;
    const worded = wordAnswer({ ...answer, occasion: due.occasion }, language, {
      name: item.reporter.personal.name,
      said: item.text,
    });
    const commandId = deliveryCommandId(due);
    if (item.reporter.ticketId && tickets) {
      const replied = await tickets.reply(item.reporter.ticketId, worded.text, `${commandId}:reply`);
      if (replied.ok) return { ...base, channel: 'TICKET_REPLY', mailId: null, ticketId: replied.ticketId, language };
    }
    const to = item.reporter.personal.email;
    if (!to) return undeliverable(item.reporter.ticketId ? 'REJECTED' : 'NO_CONTACT');
    if (!mailbox) return undeliverable('REJECTED');
    const mailId = eventIdFor(`${commandId}:mail`, 0);
    const mail = { mailId, to, ...worded, purpose: { kind: FEEDBACK_ANSWER_MAIL, id: item.id } };
    const queued = await mailbox.queue(mail, `${commandId}:mail`, SYSTEM);
    if (!queued.ok && !queued.exists) return undeliverable('REJECTED');
    return { ...base, channel: 'MAIL', mailId, ticketId: null, language };
  }

  /** Settles once the process has started and no pass is under way (for tests and tools). */
  async idle(): Promise<void> {
    await this.started;
    while (this.running) await this.pass;
  }
}
