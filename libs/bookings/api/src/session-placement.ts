/**
 * Placing a session on an expert's day: the routing picks the experts free at that time (the
 * preferred branch's first, the expert it already has first when it moves), and each is tried on
 * their day's stream with the exact expected revision until one takes it. When someone else got
 * there first the decider refuses (BOOKING_SLOT_TAKEN) and the next expert is tried; when nobody
 * is left the caller gets BOOKING_SLOT_TAKEN with the next free slots. A session that moves to
 * another day or expert is then marked moved on its old day, which frees that time.
 */
import {
  dayIn,
  expertsFreeAt,
  offeredSlots,
  whyUnbookable,
  type BookingActor,
  type MovedFrom,
  type PatronContact,
  type RoutingCandidate,
  type SessionMode,
} from '@deskstream/bookings-domain';
import type { BookingsReadModel, SessionRecord } from '@deskstream/bookings-read-models';
import { bookingCommandError, bookingError, slotTakenError, storeActorOf } from './access';
import type { BookingsCommands } from './commands';
import { slotView } from './views';

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** How many next free slots a patron who lost a race is offered, and how far ahead they are looked for. */
const NEXT_SLOTS = 6;
const NEXT_SLOTS_DAYS = 31;

export interface Placement {
  bookingId: string;
  sequence: number;
  topicId: string;
  preferredBranchId: string;
  mode: SessionMode;
  startMs: number;
  patron: PatronContact;
  details: string;
  linkTokenHash: string;
  requestId: string | null;
  videoLink: string | null;
  by: BookingActor;
  at: string;
  nowMs: number;
  /** Patrons keep the notice and the window; staff placing a session need not. */
  keepNoticeAndWindow: boolean;
  /** Staff chose the expert. */
  onlyExpertId?: string;
  /** The expert to keep if free (a patron's reschedule). */
  keepExpertId?: string;
  movedFrom: MovedFrom | null;
  commandId: string;
}

export class SessionPlacement {
  constructor(
    private readonly readModel: BookingsReadModel,
    private readonly commands: BookingsCommands,
  ) {}

  /** Candidates for the placement: everyone on the topic where the mode is offered, or the one expert staff chose. */
  private candidates(placement: Placement) {
    const topical = this.readModel.candidatesFor(placement.topicId, placement.mode, placement.preferredBranchId);
    if (!placement.onlyExpertId) return topical;
    const expert = this.readModel.directory.experts.get(placement.onlyExpertId);
    if (!expert) throw bookingError('BOOKING_EXPERT_NOT_FOUND');
    if (!expert.active) throw bookingError('BOOKING_EXPERT_WITHDRAWN');
    const chosen = this.readModel.candidate(expert.id, placement.topicId, placement.preferredBranchId);
    if (!chosen) throw bookingError('BOOKING_EXPERT_LACKS_TOPIC');
    return { ...topical, candidates: [chosen] };
  }

  nextSlots(
    candidates: readonly RoutingCandidate[],
    facts: ReturnType<BookingsReadModel['candidatesFor']>['preferred'],
    placement: Placement,
  ) {
    return offeredSlots(candidates, facts, {
      fromMs: placement.startMs,
      toMs: placement.startMs + NEXT_SLOTS_DAYS * DAY_MS,
      nowMs: placement.nowMs,
      keepNoticeAndWindow: placement.keepNoticeAndWindow,
    })
      .filter((slot) => slot.start !== placement.startMs)
      .slice(0, NEXT_SLOTS)
      .map(slotView);
  }

  /** Books the session with the first expert free at that time; throws the GraphQL error that says why not. */
  async place(placement: Placement): Promise<SessionRecord> {
    const { candidates, preferred } = this.candidates(placement);
    const search = {
      nowMs: placement.nowMs,
      keepNoticeAndWindow: placement.keepNoticeAndWindow,
      ignoreBookingId: placement.movedFrom ? placement.bookingId : undefined,
    };
    const routed = expertsFreeAt(candidates, preferred, placement.startMs, search);
    const keep = routed.findIndex((r) => r.candidate.calendar.expertId === placement.keepExpertId);
    if (keep > 0) routed.unshift(...routed.splice(keep, 1));
    if (routed.length === 0) {
      const why = whyUnbookable(candidates, placement.startMs, search);
      if (why === 'BOOKING_SLOT_TAKEN') throw slotTakenError(this.nextSlots(candidates, preferred, placement));
      throw bookingError(why);
    }
    for (const { candidate, routedReason } of routed) {
      const { calendar, rules } = candidate;
      const day = dayIn(calendar.timeZone, placement.startMs);
      const outcome = await this.commands.day(
        {
          type: 'BookSession',
          expertId: calendar.expertId,
          day,
          data: {
            bookingId: placement.bookingId,
            sequence: placement.sequence,
            expertId: calendar.expertId,
            expertName: candidate.expertName,
            branchId: calendar.branchId,
            preferredBranchId: placement.preferredBranchId,
            topicId: placement.topicId,
            mode: placement.mode,
            startsAt: new Date(placement.startMs).toISOString(),
            endsAt: new Date(placement.startMs + rules.sessionMinutes * MINUTE).toISOString(),
            timeZone: calendar.timeZone,
            day,
            terms: {
              paddingMinutes: rules.paddingMinutes,
              cancellationCutoffMinutes: rules.cancellationCutoffMinutes,
              reminderLeadMinutes: rules.reminderLeadMinutes,
            },
            patron: placement.patron,
            details: placement.details,
            linkTokenHash: placement.linkTokenHash,
            requestId: placement.requestId,
            videoLink: placement.mode === 'VIDEO' ? placement.videoLink : null,
            at: placement.at,
            by: placement.by,
            routedReason,
            movedFrom: placement.movedFrom,
          },
        },
        `${placement.commandId}/${calendar.expertId}`,
        storeActorOf(placement.by),
      );
      if (!outcome.ok && outcome.error.code === 'BOOKING_SLOT_TAKEN') continue;
      if (!outcome.ok) throw bookingCommandError(outcome.error);
      await this.markMoved(placement, calendar.expertId, day);
      const session = this.readModel.board.sessions.get(placement.bookingId);
      if (!session) throw new Error(`Session ${placement.bookingId} was booked but is not in the read model.`);
      return session;
    }
    throw slotTakenError(this.nextSlots(candidates, preferred, placement));
  }

  private async markMoved(placement: Placement, expertId: string, day: string): Promise<void> {
    const from = placement.movedFrom;
    if (!from || (from.expertId === expertId && from.day === day)) return;
    const outcome = await this.commands.day(
      {
        type: 'MarkSessionMoved',
        expertId: from.expertId,
        day: from.day,
        data: {
          bookingId: placement.bookingId,
          sequence: from.sequence,
          why: from.why,
          toExpertId: expertId,
          toDay: day,
          toStartsAt: new Date(placement.startMs).toISOString(),
          at: placement.at,
          by: placement.by,
        },
      },
      `${placement.commandId}/moved`,
      storeActorOf(placement.by),
    );
    if (!outcome.ok) throw bookingCommandError(outcome.error);
  }
}
