/**
 * The patron's side, without an account: branches, topics and free slots for the form; booking
 * (a chosen slot, or a request staff pick up); and the booking behind their secret link, which
 * they may reschedule or cancel until the cutoff. Every call counts against the address's budget.
 */
import type { AccessContext } from '@deskstream/access';
import {
  checkContact,
  checkDetails,
  checkPatronName,
  checkPreferredTimes,
  instantOf,
  isLinkToken,
  isTimeZone,
  offeredSlots,
  QUERY_MAX_DAYS,
  type BookingsRejection,
  type PatronContact,
} from '@deskstream/bookings-domain';
import type { BookingsReadModel, SessionRecord } from '@deskstream/bookings-read-models';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { BookSessionInput, MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import { bookingError, checkCommandId, clientAddress, linkTokenHash } from './access';
import type { BookingFloodGuard, PatronAction } from './flood-guard';
import type { SessionNotices } from './session-notices';
import type { PatronBookings } from './patron-bookings';
import { patronRequestView, patronSessionView, slotView } from './views';

const DAY_MS = 86_400_000;

export interface PatronResolverDeps {
  readModel: BookingsReadModel;
  flood: BookingFloodGuard;
  bookings: PatronBookings;
  notices: SessionNotices;
  now: () => Date;
}

const fail = (problem: BookingsRejection | undefined) => {
  if (problem) throw bookingError(problem.code);
};

/** The patron's contact as it is kept, or the error that says what is wrong with it. */
export function patronContact(input: BookSessionInput): PatronContact {
  const contact = checkContact(input);
  if ('code' in contact) throw bookingError(contact.code);
  fail(input.name ? checkPatronName(input.name) : undefined);
  if (input.timeZone && !isTimeZone(input.timeZone)) throw bookingError('BOOKING_TIME_ZONE_INVALID');
  return { ...contact, name: input.name?.trim() || null, locale: input.locale, timeZone: input.timeZone || null };
}

export function patronResolvers({ readModel, flood, bookings, notices, now }: PatronResolverDeps) {
  const { directory, board } = readModel;
  const admit = (context: AccessContext, action: PatronAction) => {
    if (!flood.allow(action, clientAddress(context), now().getTime())) throw bookingError('BOOKING_RATE_LIMITED');
  };
  const byLink = (token: string) => {
    if (!isLinkToken(token)) throw bookingError('BOOKING_LINK_NOT_FOUND');
    const found = board.byLink(linkTokenHash(token));
    if (!found.session && !found.request) throw bookingError('BOOKING_LINK_NOT_FOUND');
    return found;
  };
  const view = (found: { session?: SessionRecord; request?: ReturnType<typeof board.byLink>['request'] }) =>
    found.session
      ? patronSessionView(readModel, found.session, now().getTime())
      : patronRequestView(readModel, found.request!);

  const Query = {
    bookingBranches: () => [...directory.branches.values()].sort((a, b) => a.name.en.localeCompare(b.name.en)),
    bookingTopics: () =>
      [...directory.topics.values()].sort((a, b) => a.definedAt.localeCompare(b.definedAt) || a.id.localeCompare(b.id)),
    bookingSlots: (_root, { topicId, preferredBranchId, mode, from, days }, context) => {
      admit(context, 'slots');
      if (!directory.topics.has(topicId)) throw bookingError('BOOKING_TOPIC_NOT_FOUND');
      if (!directory.branches.has(preferredBranchId)) throw bookingError('BOOKING_BRANCH_NOT_FOUND');
      const span = days ?? 14;
      if (!Number.isInteger(span) || span < 1 || span > QUERY_MAX_DAYS) throw bookingError('BOOKING_RANGE_INVALID');
      const nowMs = now().getTime();
      const fromMs = from ? instantOf(from) : nowMs;
      if (Number.isNaN(fromMs)) throw bookingError('BOOKING_TIME_INVALID');
      const { candidates, preferred, nobodyForTopic } = readModel.candidatesFor(topicId, mode, preferredBranchId);
      const slots = offeredSlots(candidates, preferred, {
        fromMs,
        toMs: fromMs + span * DAY_MS,
        nowMs,
        keepNoticeAndWindow: true,
      });
      return { topicId, preferredBranchId, mode, slots: slots.map(slotView), nobodyForTopic };
    },
    patronBooking: (_root, { linkToken }, context) => {
      admit(context, 'link');
      return view(byLink(linkToken));
    },
  } satisfies Pick<QueryResolvers, 'bookingBranches' | 'bookingTopics' | 'bookingSlots' | 'patronBooking'>;

  const Mutation = {
    bookSession: async (_root, { input }, context) => {
      admit(context, 'book');
      checkCommandId(input.commandId);
      if (!isLinkToken(input.linkToken)) throw bookingError('BOOKING_LINK_TOKEN_INVALID');
      fail(checkDetails(input.details));
      fail(checkPreferredTimes(input.preferredTimes ?? ''));
      const patron = patronContact(input);
      if (!directory.topics.has(input.topicId)) throw bookingError('BOOKING_TOPIC_NOT_FOUND');
      if (!directory.branches.has(input.preferredBranchId)) throw bookingError('BOOKING_BRANCH_NOT_FOUND');
      const tokenHash = linkTokenHash(input.linkToken);
      const bookingId = eventIdFor(`booking/${tokenHash}/${input.commandId}`, 0);
      const known = board.sessions.get(bookingId) ?? board.requests.get(bookingId);
      if (known) return view(board.byLink(tokenHash));
      const outcome = await bookings.book({ input, patron, bookingId, tokenHash });
      if (outcome.session) await notices.confirm(outcome.session, 'BOOKED', input.linkToken);
      return view(outcome);
    },
    reschedulePatronBooking: async (_root, { linkToken, startsAt, commandId }, context) => {
      admit(context, 'link');
      checkCommandId(commandId);
      const { session } = byLink(linkToken);
      if (!session) throw bookingError('BOOKING_SESSION_NOT_ACTIVE');
      const moved = await bookings.reschedule(session, startsAt, commandId);
      if (moved.sequence !== session.sequence) await notices.confirm(moved, 'MOVED', linkToken);
      return view({ session: moved });
    },
    cancelPatronBooking: async (_root, { linkToken, commandId }, context) => {
      admit(context, 'link');
      checkCommandId(commandId);
      const found = byLink(linkToken);
      // Records change in place: what it was before the command, to tell of a cancellation once.
      const wasBooked = found.session?.status === 'BOOKED';
      const cancelled = await bookings.cancel(found, commandId);
      if (cancelled.session && wasBooked && cancelled.session.status === 'CANCELLED')
        await notices.confirm(cancelled.session, 'CANCELLED', null);
      return view(cancelled);
    },
  } satisfies Pick<MutationResolvers, 'bookSession' | 'reschedulePatronBooking' | 'cancelPatronBooking'>;

  return { Query, Mutation };
}
