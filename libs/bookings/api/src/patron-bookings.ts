/**
 * What a patron's booking does: a chosen slot is placed with an expert (routed across branches if
 * need be); with no slot chosen, nobody on the topic, or nobody offering the mode, it becomes a
 * request staff pick up. Through the secret link the patron moves the session to another free
 * slot or cancels it, until the cutoff (a waiting request any time before it is assigned).
 */
import {
  instantOf,
  offeredSlots,
  patronMayChange,
  type PatronContact,
  type WaitingReason,
} from '@deskstream/bookings-domain';
import type { BookingsReadModel, RequestRecord, SessionRecord } from '@deskstream/bookings-read-models';
import type { BookSessionInput } from '@deskstream/graphql-types';
import { bookingCommandError, bookingError } from './access';
import type { BookingsCommands } from './commands';
import type { SessionPlacement } from './session-placement';

const PATRON = { kind: 'patron' } as const;
const STORE_PATRON = { kind: 'visitor', id: 'patron' } as const;
const DAY_MS = 86_400_000;

export interface NewBooking {
  input: BookSessionInput;
  patron: PatronContact;
  bookingId: string;
  tokenHash: string;
}

export class PatronBookings {
  constructor(
    private readonly readModel: BookingsReadModel,
    private readonly commands: BookingsCommands,
    private readonly placement: SessionPlacement,
    private readonly now: () => Date,
  ) {}

  async book({
    input,
    patron,
    bookingId,
    tokenHash,
  }: NewBooking): Promise<{ session?: SessionRecord; request?: RequestRecord }> {
    const nowMs = this.now().getTime();
    const { candidates, preferred } = this.readModel.candidatesFor(input.topicId, input.mode, input.preferredBranchId);
    let waiting: WaitingReason | undefined;
    if (candidates.length === 0) waiting = 'NO_EXPERT_FOR_TOPIC';
    else if (!input.startsAt) {
      const window = { fromMs: nowMs, toMs: nowMs + 92 * DAY_MS, nowMs, keepNoticeAndWindow: true };
      waiting = offeredSlots(candidates, preferred, window).length === 0 ? 'NO_FREE_SLOT' : 'NO_SLOT_CHOSEN';
    }
    if (waiting) return { request: await this.wait(input, patron, bookingId, tokenHash, waiting) };
    const startMs = instantOf(input.startsAt ?? '');
    if (Number.isNaN(startMs)) throw bookingError('BOOKING_TIME_INVALID');
    const session = await this.placement.place({
      bookingId,
      sequence: 0,
      topicId: input.topicId,
      preferredBranchId: input.preferredBranchId,
      mode: input.mode,
      startMs,
      patron,
      details: input.details.trim(),
      linkTokenHash: tokenHash,
      requestId: null,
      videoLink: null,
      by: PATRON,
      at: new Date(nowMs).toISOString(),
      nowMs,
      keepNoticeAndWindow: true,
      movedFrom: null,
      commandId: `book-${bookingId}`,
    });
    return { session };
  }

  private async wait(
    input: BookSessionInput,
    patron: PatronContact,
    requestId: string,
    tokenHash: string,
    reason: WaitingReason,
  ) {
    const outcome = await this.commands.request(
      {
        type: 'RecordWaitingRequest',
        data: {
          requestId,
          topicId: input.topicId,
          preferredBranchId: input.preferredBranchId,
          mode: input.mode,
          patron,
          details: input.details.trim(),
          preferredTimes: (input.preferredTimes ?? '').trim(),
          reason,
          linkTokenHash: tokenHash,
          at: this.now().toISOString(),
        },
      },
      `request-${requestId}`,
      STORE_PATRON,
    );
    if (!outcome.ok) throw bookingCommandError(outcome.error);
    const request = this.readModel.board.requests.get(requestId);
    if (!request) throw new Error(`Request ${requestId} was recorded but is not in the read model.`);
    return request;
  }

  async reschedule(session: SessionRecord, startsAt: string, commandId: string): Promise<SessionRecord> {
    const nowMs = this.now().getTime();
    if (session.status !== 'BOOKED') throw bookingError('BOOKING_SESSION_NOT_ACTIVE');
    const startMs = instantOf(startsAt);
    if (Number.isNaN(startMs)) throw bookingError('BOOKING_TIME_INVALID');
    // Already there: a retried reschedule, or nothing to move.
    if (startMs === session.startMs) return session;
    if (
      !patronMayChange(
        { start: session.startMs, cancellationCutoffMinutes: session.terms.cancellationCutoffMinutes },
        nowMs,
      )
    )
      throw bookingError('BOOKING_CUTOFF_PASSED');
    return this.placement.place({
      ...this.placementOf(session),
      sequence: session.sequence + 1,
      startMs,
      by: PATRON,
      at: new Date(nowMs).toISOString(),
      nowMs,
      keepNoticeAndWindow: true,
      keepExpertId: session.expertId,
      movedFrom: { expertId: session.expertId, day: session.day, sequence: session.sequence, why: 'RESCHEDULED' },
      commandId: `reschedule-${session.id}-${commandId}`,
    });
  }

  placementOf(session: SessionRecord) {
    return {
      bookingId: session.id,
      topicId: session.topicId,
      preferredBranchId: session.preferredBranchId,
      mode: session.mode,
      patron: session.patron,
      details: session.details,
      linkTokenHash: session.linkTokenHash,
      requestId: session.requestId,
      videoLink: session.videoLink,
    };
  }

  async cancel(found: { session?: SessionRecord; request?: RequestRecord }, commandId: string) {
    if (found.session) {
      const { session } = found;
      const outcome = await this.commands.day(
        {
          type: 'CancelSession',
          expertId: session.expertId,
          day: session.day,
          data: { bookingId: session.id, reason: '', at: this.now().toISOString(), by: PATRON },
        },
        `cancel-${session.id}-${commandId}`,
        STORE_PATRON,
      );
      if (!outcome.ok) throw bookingCommandError(outcome.error);
      return { session: this.readModel.board.sessions.get(session.id) ?? session };
    }
    const request = found.request!;
    const outcome = await this.commands.request(
      { type: 'CloseRequest', data: { requestId: request.id, note: '', at: this.now().toISOString(), by: PATRON } },
      `cancel-${request.id}-${commandId}`,
      STORE_PATRON,
    );
    if (!outcome.ok) throw bookingCommandError(outcome.error);
    return { request: this.readModel.board.requests.get(request.id) ?? request };
  }
}
