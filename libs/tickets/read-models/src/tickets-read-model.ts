/**
 * The tickets read model: every ticket with its timeline, by id, number and mail Message-ID; the
 * indexes behind filtered lists; full-text search; the desk's ticket settings and saved views;
 * the staff directory it needs (departments, usernames, who is online); the delivery of replies
 * from the outbox's published events; and SLA targets computed from each ticket's history.
 */
import {
  slaTracks,
  targetsAt,
  type SlaTargetTrack,
  type SlaTargetView,
  type TicketAttachment,
  type TicketEvent,
} from '@deskstream/tickets-domain';
import { keptState, keptValue, type ReadModelSnapshots } from '@deskstream/event-sourcing';
import { applyTicketEvent, newRecord } from './apply-ticket-event';
import { TicketIndex } from './ticket-index';
import {
  countTickets,
  listTickets,
  type TicketListFilter,
  type TicketListPage,
  type TicketListRequest,
} from './ticket-list';
import type { TicketRecord, TimelineEntryRecord } from './ticket-record';
import { TicketSearch } from './ticket-search';
import { TicketSettingsModel } from './ticket-settings';
import { TicketStaffDirectory } from './staff-directory';

export type ReplyDeliveryState = 'QUEUED' | 'SENT' | 'FAILED' | 'BOUNCED' | 'NOT_MAILED';

export interface ReplyDeliveryRecord {
  state: ReplyDeliveryState;
  to: string | null;
  mailId: string | null;
  detail: string | null;
}

interface SlaCache {
  revision: number;
  slaVersion: number;
  tracks: SlaTargetTrack[];
  earlierBreaches: SlaTargetTrack[];
}

/** Raise when what an event does to the tickets read model changes: its snapshot is then replayed. */
export const TICKETS_SNAPSHOT_VERSION = 1;

export class TicketsReadModel {
  private readonly tickets = new Map<string, TicketRecord>();
  private readonly numbers = new Map<number, string>();
  private readonly messageIds = new Map<string, string>();
  private readonly accessTokens = new Map<string, string>();
  private readonly mail = new Map<string, { state: 'QUEUED' | 'SENT' | 'FAILED'; detail: string | null }>();
  private readonly slaCache = new Map<string, SlaCache>();
  private readonly counts = new Map<string, number>();
  readonly index = new TicketIndex();
  readonly search = new TicketSearch();
  readonly settings = new TicketSettingsModel();
  readonly directory = new TicketStaffDirectory();
  /** Grows with every change: counts and caches computed before are stale. */
  version = 0;
  /**
   * Its state for durable snapshots: the tickets with their indexes, settings and staff (records
   * shared between them stay shared); counts and SLA figures are caches, left out. After a
   * restore every ticket waits to be indexed for search again, as after a replay.
   */
  readonly snapshots: ReadModelSnapshots = {
    name: 'tickets',
    version: TICKETS_SNAPSHOT_VERSION,
    snapshot: () => this.kept.snapshot(),
    restore: (state) => {
      this.kept.restore(state);
      this.slaCache.clear();
      this.counts.clear();
      for (const record of this.tickets.values()) this.search.changed(record);
    },
  };
  private readonly kept = keptState({
    tickets: this.tickets,
    numbers: this.numbers,
    messageIds: this.messageIds,
    accessTokens: this.accessTokens,
    mail: this.mail,
    index: this.index.kept,
    settings: this.settings.kept,
    directory: this.directory.kept,
    version: keptValue(
      () => this.version,
      (value) => (this.version = value),
    ),
  });

  get size(): number {
    return this.tickets.size;
  }

  byId(ticketId: string): TicketRecord | undefined {
    return this.tickets.get(ticketId);
  }

  byNumber(number: number): TicketRecord | undefined {
    const id = this.numbers.get(number);
    return id === undefined ? undefined : this.tickets.get(id);
  }

  /** The ticket behind a secret link (sha256 hex of its token). */
  byAccessTokenHash(hash: string): TicketRecord | undefined {
    const id = this.accessTokens.get(hash);
    return id === undefined ? undefined : this.tickets.get(id);
  }

  /** The ticket's department and the file, when the ticket (or one merged into it) references the hash. */
  referencedByTicket(ticketId: string, hash: string): { departmentId: string; attachment: TicketAttachment } | null {
    const record = this.tickets.get(ticketId);
    if (!record) return null;
    for (const id of [record.id, ...record.absorbed]) {
      for (const entry of this.tickets.get(id)?.timeline ?? []) {
        const attachment = entry.attachments?.find((candidate) => candidate.hash === hash);
        if (attachment) return { departmentId: record.departmentId, attachment };
      }
    }
    return null;
  }

  /** The file, when the ticket behind this secret link references the hash. */
  referencedByAccessToken(accessTokenHash: string, hash: string): TicketAttachment | null {
    const record = this.byAccessTokenHash(accessTokenHash);
    return record ? (this.referencedByTicket(record.id, hash)?.attachment ?? null) : null;
  }

  /** The ticket a received or sent mail's Message-ID belongs to. */
  ticketForMessageId(messageId: string): TicketRecord | undefined {
    const id = this.messageIds.get(messageId.trim().replace(/^<|>$/g, '').toLowerCase());
    return id === undefined ? undefined : this.tickets.get(id);
  }

  /** Applies one of the ticket events; answers the ticket it changed. */
  applyTicket(event: TicketEvent, eventId: string, revision: number): TicketRecord | undefined {
    let record: TicketRecord | undefined;
    if (event.type === 'TicketOpened') {
      if (this.tickets.has(event.data.ticketId)) return undefined;
      record = newRecord(event, revision);
      this.tickets.set(record.id, record);
      this.numbers.set(record.number, record.id);
      if (record.accessTokenHash) this.accessTokens.set(record.accessTokenHash, record.id);
    } else {
      record = this.tickets.get(event.data.ticketId);
      if (!record) return undefined;
    }
    applyTicketEvent(record, event, eventId);
    record.revision = revision;
    if (event.type === 'TicketMessageReceived' && event.data.mail)
      this.messageIds.set(event.data.mail.messageId.toLowerCase(), record.id);
    if (event.type === 'TicketReplied' && event.data.mail)
      this.messageIds.set(event.data.mail.messageId.toLowerCase(), record.id);
    this.index.update(record);
    this.search.changed(record);
    this.version++;
    return record;
  }

  /** An outbox mail's progress (MailQueued, MailSent, MailFailed). */
  applyMail(mailId: string, state: 'QUEUED' | 'SENT' | 'FAILED', detail: string | null): boolean {
    if (state === 'QUEUED' ? this.mail.has(mailId) : !this.mail.has(mailId)) return false;
    this.mail.set(mailId, { state, detail });
    return true;
  }

  delivery(entry: TimelineEntryRecord, record: TicketRecord): ReplyDeliveryRecord {
    const mailId = entry.mailId ?? null;
    const to = entry.to ?? null;
    if (mailId === null) return { state: 'NOT_MAILED', to, mailId, detail: null };
    const bounce = record.timeline.find(
      (other) => other.kind === 'REPLY_BOUNCED' && other.messageId === entry.messageId,
    );
    if (bounce) return { state: 'BOUNCED', to, mailId, detail: bounce.detail ?? null };
    const mail = this.mail.get(mailId);
    return { state: mail?.state ?? 'QUEUED', to, mailId, detail: mail?.detail ?? null };
  }

  list(request: TicketListRequest): TicketListPage {
    return listTickets(this.index, request, () => this.count(request.filter));
  }

  /** How many tickets match; cached until the next change (filters with a `where` are not cached). */
  count(filter: TicketListFilter): number {
    if (filter.where) return countTickets(this.index, filter);
    const key = `${this.version}|${JSON.stringify(filter)}`;
    const cached = this.counts.get(key);
    if (cached !== undefined) return cached;
    if (this.counts.size > 500) this.counts.clear();
    const count = countTickets(this.index, filter);
    this.counts.set(key, count);
    return count;
  }

  /** Best search matches (at most 50) among tickets the predicate accepts. */
  searchTickets(query: string, accept: (record: TicketRecord) => boolean): TicketRecord[] {
    return this.search
      .search(query, (id) => {
        const record = this.tickets.get(id);
        return record !== undefined && accept(record);
      })
      .map((id) => this.tickets.get(id)!);
  }

  private tracks(record: TicketRecord): SlaCache | undefined {
    const policy = this.settings.policy(record.departmentId, record.priority);
    const calendar = policy && this.settings.calendars.get(policy.calendarId);
    if (!policy || !calendar) return undefined;
    const cached = this.slaCache.get(record.id);
    if (cached && cached.revision === record.revision && cached.slaVersion === this.settings.slaVersion) return cached;
    const { targets, earlierBreaches } = slaTracks(record.openedAt, record.sla, policy, calendar);
    const fresh = { revision: record.revision, slaVersion: this.settings.slaVersion, tracks: targets, earlierBreaches };
    this.slaCache.set(record.id, fresh);
    return fresh;
  }

  /** The ticket's SLA targets as they stand at `now` (none without a policy and calendar). */
  sla(record: TicketRecord, now: Date): SlaTargetView[] {
    const cached = this.tracks(record);
    if (!cached) return [];
    const policy = this.settings.policy(record.departmentId, record.priority)!;
    return targetsAt(cached.tracks, now.getTime(), this.settings.calendars.get(policy.calendarId)!);
  }

  /** The soonest due time of a target still running (breached or not); null when none runs. */
  nextDueAt(record: TicketRecord): string | null {
    const cached = this.tracks(record);
    let soonest: number | null = null;
    for (const track of cached?.tracks ?? [])
      if (track.dueAt !== null && (soonest === null || track.dueAt < soonest)) soonest = track.dueAt;
    return soonest === null ? null : new Date(soonest).toISOString();
  }

  /** The SLA breaches so far (computed from history, policy and `now`), as timeline entries. */
  slaBreaches(record: TicketRecord, now: Date): TimelineEntryRecord[] {
    const cached = this.tracks(record);
    if (!cached) return [];
    const breaches: TimelineEntryRecord[] = [];
    const nowMs = now.getTime();
    for (const track of [...cached.earlierBreaches, ...cached.tracks]) {
      const at = track.breachedAt ?? (track.dueAt !== null && track.dueAt <= nowMs ? track.dueAt : null);
      if (at === null) continue;
      breaches.push({
        id: `${record.id}-sla-${track.metric}-${at}`,
        kind: 'SLA_BREACHED',
        at: new Date(at).toISOString(),
        actor: { kind: 'SYSTEM', name: 'SLA' },
        slaMetric: track.metric,
      });
    }
    return breaches;
  }

  /** The ticket's own entries, those of tickets merged into it (marked), and its SLA breaches, in time order. */
  timeline(record: TicketRecord, now: Date): TimelineEntryRecord[] {
    const entries: TimelineEntryRecord[] = [...record.timeline];
    for (const mergedId of record.absorbed) {
      const merged = this.tickets.get(mergedId);
      if (!merged) continue;
      for (const entry of merged.timeline) entries.push({ ...entry, fromTicketId: merged.id });
    }
    entries.push(...this.slaBreaches(record, now));
    return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
}
