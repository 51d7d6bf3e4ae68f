/**
 * Read-model records as the schema shows them: field resolvers for branches, topics, experts,
 * sessions and requests (the records are the mapped types), and the patron's view of a booking.
 */
import { effectiveRules, patronMayChange, type OfferedSlot } from '@deskstream/bookings-domain';
import type {
  BookingsReadModel,
  BranchRecord,
  RequestRecord,
  SessionRecord,
  TopicRecord,
} from '@deskstream/bookings-read-models';
import type { BookingSlot, ResolversTypes, Resolvers } from '@deskstream/graphql-types';

const MINUTE = 60_000;

export function slotView(slot: OfferedSlot): BookingSlot {
  return {
    startsAt: new Date(slot.start).toISOString(),
    endsAt: new Date(slot.end).toISOString(),
    branchId: slot.branchId,
    timeZone: slot.timeZone,
    routedReason: slot.routedReason,
  };
}

function lookup<T>(records: Map<string, T>, id: string, what: string): T {
  const record = records.get(id);
  if (!record) throw new Error(`The read model has no ${what} ${id}.`);
  return record;
}

export function fieldResolvers(readModel: BookingsReadModel) {
  const { directory } = readModel;
  const branch = (id: string): BranchRecord => lookup(directory.branches, id, 'branch');
  const topic = (id: string): TopicRecord => lookup(directory.topics, id, 'topic');
  return {
    BookingBranch: {
      rules: (record) => effectiveRules(record.ruleOverrides),
    },
    BookingTopic: {
      expertCount: (record) => directory.expertsOn(record.id).length,
    },
    BookingExpert: {
      branch: (record) => branch(record.branchId),
      topics: (record) => record.topicIds.flatMap((id) => directory.topics.get(id) ?? []),
    },
    BookingSession: {
      topic: (record) => topic(record.topicId),
      branch: (record) => branch(record.branchId),
      preferredBranch: (record) => branch(record.preferredBranchId),
      patronName: (record) => record.patron.name,
      email: (record) => record.patron.email,
      phone: (record) => record.patron.phone,
      locale: (record) => record.patron.locale,
    },
    BookingRequest: {
      topic: (record) => topic(record.topicId),
      preferredBranch: (record) => branch(record.preferredBranchId),
      patronName: (record) => record.patron.name,
      email: (record) => record.patron.email,
      phone: (record) => record.patron.phone,
      locale: (record) => record.patron.locale,
    },
  } satisfies Pick<Resolvers, 'BookingBranch' | 'BookingTopic' | 'BookingExpert' | 'BookingSession' | 'BookingRequest'>;
}

/** A session as its patron sees it. */
export function patronSessionView(
  readModel: BookingsReadModel,
  session: SessionRecord,
  nowMs: number,
): ResolversTypes['PatronBooking'] {
  const { branches, topics } = readModel.directory;
  const changeable =
    session.status === 'BOOKED' &&
    patronMayChange(
      { start: session.startMs, cancellationCutoffMinutes: session.terms.cancellationCutoffMinutes },
      nowMs,
    );
  return {
    status: session.status,
    topic: lookup(topics, session.topicId, 'topic'),
    preferredBranch: lookup(branches, session.preferredBranchId, 'branch'),
    branch: lookup(branches, session.branchId, 'branch'),
    mode: session.mode,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    expertName: session.expertName,
    routedReason: session.routedReason,
    waitingReason: null,
    videoLink: session.videoLink,
    details: session.details,
    name: session.patron.name,
    email: session.patron.email,
    phone: session.patron.phone,
    locale: session.patron.locale,
    changeableUntil: changeable
      ? new Date(session.startMs - session.terms.cancellationCutoffMinutes * MINUTE).toISOString()
      : null,
  };
}

/** A request still waiting (or closed) as its patron sees it. */
export function patronRequestView(
  readModel: BookingsReadModel,
  request: RequestRecord,
): ResolversTypes['PatronBooking'] {
  const { branches, topics } = readModel.directory;
  const preferredBranch = lookup(branches, request.preferredBranchId, 'branch');
  return {
    status: request.status === 'CLOSED' ? 'CLOSED' : 'WAITING',
    topic: lookup(topics, request.topicId, 'topic'),
    preferredBranch,
    branch: null,
    mode: request.mode,
    startsAt: null,
    endsAt: null,
    timeZone: preferredBranch.timeZone,
    expertName: null,
    routedReason: null,
    waitingReason: request.reason,
    videoLink: null,
    details: request.details,
    name: request.patron.name,
    email: request.patron.email,
    phone: request.patron.phone,
    locale: request.patron.locale,
    changeableUntil: null,
  };
}
