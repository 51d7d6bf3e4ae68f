/**
 * Calls in memory: every call by id, in the order they were first recorded, with indexes for the
 * Calls page (live now, a day in the organisation's time zone, missed calls), for a customer's
 * number (E.164, else as given), the callback queue, follow-up lists and the webhook token.
 * Records are replaced on every change, so a record handed out never changes under its reader.
 */
import type { CallDirection, CallEvent, CallListEvent, CallOutcome, CtiSettingsEvent } from '@deskstream/calls-domain';
import { assertNever } from '@deskstream/domain-kit';
import { newCallRecord, nextCallRecord } from './apply-call-event';
import type { CallbackRecord, CallListRecord, CallRecord } from './call-record';
import { dayIn } from './zone-day';

export type CallsView = 'LIVE' | 'TODAY' | 'MISSED' | 'ALL';

export interface CallQuery {
  view: CallsView;
  /** TODAY: the day (default: today in the organisation's zone). */
  day?: string;
  direction?: CallDirection;
  outcome?: CallOutcome;
  /** A number as the read model keys it (E.164, else the text as given). */
  number?: string;
  first: number;
  /** The position to continue after, from a page's `endCursor`. */
  after?: number;
  /** Now, for TODAY's default day and for LIVE (a call ringing for longer than a day is not live). */
  now: Date;
}

export interface CallPage {
  calls: CallRecord[];
  /** Where the next page starts (pass back as `after`); null at the end. */
  endCursor: number | null;
  totalCount: number;
}

/** A call the PBX never ended is not shown as live after this long. */
export const LIVE_STALE_AFTER_MS = 12 * 3_600_000;

const append = (index: Map<string, number[]>, key: string, seq: number) => {
  const list = index.get(key);
  if (list) list.push(seq);
  else index.set(key, [seq]);
};

export class CallsReadModel {
  /** The organisation's time zone, in which days count. */
  readonly timeZone: string;
  private readonly calls = new Map<string, CallRecord>();
  /** Call ids in the order first recorded; a call's place in it is its sequence number. */
  private readonly order: string[] = [];
  private readonly seqOf = new Map<string, number>();
  private readonly byDay = new Map<string, number[]>();
  private readonly byNumber = new Map<string, number[]>();
  private readonly missed: number[] = [];
  private readonly missedSeen = new Set<number>();
  private readonly live = new Set<string>();
  private readonly callbacks = new Set<string>();
  private readonly lists = new Map<string, CallListRecord>();
  private token: string | null = null;

  constructor(options: { timeZone?: string } = {}) {
    this.timeZone = options.timeZone ?? 'UTC';
  }

  dayOf = (iso: string) => dayIn(iso, this.timeZone);

  applyCall(event: CallEvent): boolean {
    const { callId } = event.data;
    const existing = this.calls.get(callId);
    let call: CallRecord;
    if (!existing) {
      if (event.type !== 'CallRang' && event.type !== 'CallLogged') return false;
      call = newCallRecord(event, this.dayOf);
      const seq = this.order.push(callId) - 1;
      this.seqOf.set(callId, seq);
      append(this.byDay, call.day, seq);
      append(this.byNumber, call.counterpart.e164 ?? call.counterpart.raw, seq);
    } else call = nextCallRecord(existing, event);
    this.calls.set(callId, call);
    const seq = this.seqOf.get(callId)!;
    if (call.state === 'ENDED') this.live.delete(callId);
    else this.live.add(callId);
    if (call.endOutcome && call.endOutcome !== 'ANSWERED' && !this.missedSeen.has(seq)) {
      this.missedSeen.add(seq);
      this.missed.push(seq);
    }
    const open = call.callback && (call.callback.state === 'WAITING' || call.callback.state === 'ASSIGNED');
    if (open) this.callbacks.add(callId);
    else this.callbacks.delete(callId);
    return true;
  }

  applyList(event: CallListEvent): boolean {
    switch (event.type) {
      case 'CallListCreated': {
        const { listId, name, description, entries, by, at } = event.data;
        if (this.lists.has(listId)) return false;
        this.lists.set(listId, {
          id: listId,
          name,
          description,
          createdBy: by,
          createdAt: at,
          doneCount: 0,
          entries: entries.map((entry) => ({
            id: entry.entryId,
            number: entry.number,
            label: entry.label,
            reference: entry.reference,
            done: false,
            attempts: [],
          })),
        });
        return true;
      }
      case 'CallListAttemptRecorded': {
        const list = this.lists.get(event.data.listId);
        if (!list) return false;
        const { entryId, attemptId, outcome, note, done, by, at } = event.data;
        const entries = list.entries.map((entry) =>
          entry.id === entryId
            ? {
                ...entry,
                done: entry.done || done,
                attempts: [...entry.attempts, { id: attemptId, outcome, note, by, at }],
              }
            : entry,
        );
        this.lists.set(list.id, { ...list, entries, doneCount: entries.filter((entry) => entry.done).length });
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  applySettings(event: CtiSettingsEvent): boolean {
    this.token = event.data.token;
    return true;
  }

  /** The webhook token kept in the store (null until generated). */
  storedToken(): string | null {
    return this.token;
  }

  call(id: string): CallRecord | undefined {
    return this.calls.get(id);
  }

  get size(): number {
    return this.calls.size;
  }

  /** Calls of a view, newest first, a page at a time. */
  page(query: CallQuery): CallPage {
    const candidates = this.candidates(query);
    const day = query.view === 'TODAY' ? (query.day ?? this.dayOf(query.now.toISOString())) : undefined;
    const matches = (call: CallRecord) =>
      (day === undefined || call.day === day) &&
      (!query.direction || call.direction === query.direction) &&
      (!query.outcome || (call.wrapUp?.outcome ?? call.endOutcome) === query.outcome) &&
      (query.view !== 'MISSED' || (call.endOutcome !== null && call.endOutcome !== 'ANSWERED')) &&
      (query.view !== 'LIVE' || query.now.getTime() - Date.parse(call.startedAt) < LIVE_STALE_AFTER_MS);
    const calls: CallRecord[] = [];
    let totalCount = 0;
    let lastIndex: number | null = null;
    let more = false;
    const start = query.after === undefined ? candidates.length - 1 : query.after - 1;
    for (let index = candidates.length - 1; index >= 0; index--) {
      const call = this.calls.get(this.order[candidates.at(index)])!;
      if (!matches(call)) continue;
      totalCount++;
      if (index > start) continue;
      if (calls.length < query.first) {
        calls.push(call);
        lastIndex = index;
      } else more = true;
    }
    return { calls, endCursor: more ? lastIndex : null, totalCount };
  }

  private candidates(query: CallQuery): { length: number; at(index: number): number } {
    const list = (seqs: readonly number[]) => ({ length: seqs.length, at: (index: number) => seqs[index] });
    if (query.number !== undefined) return list(this.byNumber.get(query.number) ?? []);
    switch (query.view) {
      case 'LIVE':
        return list([...this.live].map((id) => this.seqOf.get(id)!).sort((a, b) => a - b));
      case 'TODAY':
        return list(this.byDay.get(query.day ?? this.dayOf(query.now.toISOString())) ?? []);
      case 'MISSED':
        return list(this.missed);
      case 'ALL':
        return { length: this.order.length, at: (index) => index };
      default:
        return assertNever(query.view);
    }
  }

  /** Open callbacks (waiting or assigned), oldest first; with `includeDone` the done and withdrawn ones too. */
  callbackQueue(includeDone = false): CallbackRecord[] {
    const ids = includeDone ? [...this.missed].map((seq) => this.order[seq]) : [...this.callbacks];
    return ids
      .map((id) => this.calls.get(id)?.callback)
      .filter((callback): callback is CallbackRecord => !!callback)
      .sort((a, b) => (a.queuedAt < b.queuedAt ? -1 : a.queuedAt > b.queuedAt ? 1 : 0));
  }

  callLists(): CallListRecord[] {
    return [...this.lists.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  callList(id: string): CallListRecord | undefined {
    return this.lists.get(id);
  }
}
