/**
 * Configuration, for supervisors and admins: branches (names, zone, modes, address, rules,
 * closures), topics (names, rules) and experts (a staff member's branch and topics, weekly hours,
 * absences, withdrawal). Staff read the experts and one expert's free slots (to assign or move a
 * session). Every change is a command with the caller's command id; a new branch's or topic's id
 * comes from it unless given.
 */
import {
  NO_RULE_OVERRIDES,
  QUERY_MAX_DAYS,
  instantOf,
  offeredSlots,
  type BookingActor,
  type BookingRulesPatch,
  type BookingsRejection,
} from '@deskstream/bookings-domain';
import type { StoreConflict } from '@deskstream/access';
import type { BookingsReadModel } from '@deskstream/bookings-read-models';
import type { CommandOutcome } from '@deskstream/event-sourcing';
import { eventIdFor } from '@deskstream/event-sourcing';
import type { BookingRulesInput, MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import {
  bookingCommandError,
  bookingError,
  checkCommandId,
  requireBookingAdmin,
  requireBookingStaff,
  staffActor,
} from './access';
import type { BookingsCommands } from './commands';
import { slotView } from './views';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY_MS = 86_400_000;

export interface ConfigResolverDeps {
  readModel: BookingsReadModel;
  commands: BookingsCommands;
  now: () => Date;
}

const rulesPatch = (rules: BookingRulesInput): BookingRulesPatch => ({
  ...NO_RULE_OVERRIDES,
  ...Object.fromEntries(Object.entries(rules).map(([name, value]) => [name, value ?? null])),
});

async function done(outcome: Promise<CommandOutcome<unknown, string>>): Promise<void> {
  const result = await outcome;
  if (!result.ok) throw bookingCommandError(result.error as BookingsRejection | StoreConflict);
}

export function configResolvers({ readModel, commands, now }: ConfigResolverDeps) {
  const { directory } = readModel;
  const admin = (context: Parameters<typeof requireBookingAdmin>[0], commandId: string) => {
    const staff = requireBookingAdmin(context);
    checkCommandId(commandId);
    const by: BookingActor = staffActor(staff);
    return {
      by,
      actor: { kind: 'staff' as const, id: staff.id },
      at: now().toISOString(),
      cid: `config-${staff.id}-${commandId}`,
    };
  };
  const newId = (id: string | null | undefined, kind: string, commandId: string) => {
    if (id === null || id === undefined) return eventIdFor(`${kind}/${commandId}`, 0);
    if (!ID.test(id)) throw bookingError('BOOKING_ID_INVALID');
    return id;
  };
  const branchOf = (id: string) => {
    const branch = directory.branches.get(id);
    if (!branch) throw bookingError('BOOKING_BRANCH_NOT_FOUND');
    return branch;
  };
  const topicOf = (id: string) => {
    const topic = directory.topics.get(id);
    if (!topic) throw bookingError('BOOKING_TOPIC_NOT_FOUND');
    return topic;
  };
  const expertOf = (id: string) => {
    const expert = directory.experts.get(id);
    if (!expert) throw bookingError('BOOKING_EXPERT_NOT_FOUND');
    return expert;
  };
  const checkPlace = (branchId: string, topicIds: readonly string[]) => {
    branchOf(branchId);
    if (topicIds.some((id) => !directory.topics.has(id))) throw bookingError('BOOKING_TOPICS_INVALID');
  };

  const Query = {
    bookingExperts: (_root, { branchId }, context) => {
      requireBookingStaff(context);
      return [...directory.experts.values()]
        .filter((expert) => !branchId || expert.branchId === branchId)
        .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
    },
    bookingExpertSlots: (_root, { expertId, topicId, mode, from, days }, context) => {
      requireBookingStaff(context);
      const expert = expertOf(expertId);
      const candidate = readModel.candidate(expert.id, topicId, expert.branchId);
      if (!candidate) throw bookingError('BOOKING_EXPERT_LACKS_TOPIC');
      const span = days ?? 14;
      if (!Number.isInteger(span) || span < 1 || span > QUERY_MAX_DAYS) throw bookingError('BOOKING_RANGE_INVALID');
      const nowMs = now().getTime();
      const fromMs = from ? instantOf(from) : nowMs;
      if (Number.isNaN(fromMs)) throw bookingError('BOOKING_TIME_INVALID');
      const facts = { offersMode: branchOf(expert.branchId).modes.includes(mode), hasExperts: true };
      return offeredSlots([candidate], facts, {
        fromMs,
        toMs: fromMs + span * DAY_MS,
        nowMs,
        keepNoticeAndWindow: false,
      }).map(slotView);
    },
    bookingStaffCandidates: (_root, _args, context) => {
      requireBookingAdmin(context);
      return [...directory.staff.values()]
        .map((staff) => ({ ...staff, enrolled: directory.experts.get(staff.id)?.active ?? false }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName));
    },
  } satisfies Pick<QueryResolvers, 'bookingExperts' | 'bookingExpertSlots' | 'bookingStaffCandidates'>;

  const Mutation = {
    openBookingBranch: async (_root, { id, input, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      const branchId = newId(id, 'branch', commandId);
      const data = { branchId, ...input, address: input.address ?? '', at, by };
      await done(commands.branch({ type: 'OpenBranch', data }, cid, actor));
      return branchOf(branchId);
    },
    updateBookingBranch: async (_root, { id, input, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      branchOf(id);
      const data = { branchId: id, ...input, address: input.address ?? '', at, by };
      await done(commands.branch({ type: 'ChangeBranch', data }, cid, actor));
      return branchOf(id);
    },
    setBookingBranchRules: async (_root, { id, rules, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      branchOf(id);
      await done(
        commands.branch(
          { type: 'SetBranchRules', data: { branchId: id, rules: rulesPatch(rules), at, by } },
          cid,
          actor,
        ),
      );
      return branchOf(id);
    },
    addBookingBranchClosure: async (_root, { id, from, to, note, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      branchOf(id);
      const closureId = eventIdFor(`closure/${commandId}`, 0);
      const data = { branchId: id, closureId, from, to, note: note ?? '', at, by };
      await done(commands.branch({ type: 'AddBranchClosure', data }, cid, actor));
      return branchOf(id);
    },
    removeBookingBranchClosure: async (_root, { id, closureId, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      branchOf(id);
      await done(
        commands.branch({ type: 'RemoveBranchClosure', data: { branchId: id, closureId, at, by } }, cid, actor),
      );
      return branchOf(id);
    },
    defineBookingTopic: async (_root, { id, name, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      const topicId = newId(id, 'topic', commandId);
      await done(commands.topic({ type: 'DefineTopic', data: { topicId, name, at, by } }, cid, actor));
      return topicOf(topicId);
    },
    updateBookingTopic: async (_root, { id, name, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      topicOf(id);
      await done(commands.topic({ type: 'ChangeTopic', data: { topicId: id, name, at, by } }, cid, actor));
      return topicOf(id);
    },
    setBookingTopicRules: async (_root, { id, rules, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      topicOf(id);
      await done(
        commands.topic({ type: 'SetTopicRules', data: { topicId: id, rules: rulesPatch(rules), at, by } }, cid, actor),
      );
      return topicOf(id);
    },
    enrolBookingExpert: async (_root, { staffId, branchId, topicIds, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      const staff = directory.staff.get(staffId);
      if (!staff) throw bookingError('BOOKING_STAFF_NOT_FOUND');
      checkPlace(branchId, topicIds);
      const data = { expertId: staffId, displayName: staff.displayName, branchId, topicIds: [...topicIds], at, by };
      await done(commands.expert({ type: 'EnrolExpert', data }, cid, actor));
      return expertOf(staffId);
    },
    updateBookingExpert: async (_root, { id, branchId, topicIds, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      expertOf(id);
      checkPlace(branchId, topicIds);
      await done(
        commands.expert(
          { type: 'ChangeExpert', data: { expertId: id, branchId, topicIds: [...topicIds], at, by } },
          cid,
          actor,
        ),
      );
      return expertOf(id);
    },
    setBookingExpertAvailability: async (_root, { id, weekly, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      expertOf(id);
      await done(
        commands.expert(
          { type: 'SetAvailability', data: { expertId: id, weekly: weekly.map((h) => ({ ...h })), at, by } },
          cid,
          actor,
        ),
      );
      return expertOf(id);
    },
    addBookingExpertAbsence: async (_root, { id, kind, from, to, note, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      expertOf(id);
      const absenceId = eventIdFor(`absence/${commandId}`, 0);
      const data = { expertId: id, absenceId, kind, from, to, note: note ?? '', at, by };
      await done(commands.expert({ type: 'AddAbsence', data }, cid, actor));
      return expertOf(id);
    },
    removeBookingExpertAbsence: async (_root, { id, absenceId, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      expertOf(id);
      await done(commands.expert({ type: 'RemoveAbsence', data: { expertId: id, absenceId, at, by } }, cid, actor));
      return expertOf(id);
    },
    withdrawBookingExpert: async (_root, { id, commandId }, context) => {
      const { by, actor, at, cid } = admin(context, commandId);
      expertOf(id);
      await done(commands.expert({ type: 'WithdrawExpert', data: { expertId: id, at, by } }, cid, actor));
      return expertOf(id);
    },
  } satisfies Pick<
    MutationResolvers,
    | 'openBookingBranch'
    | 'updateBookingBranch'
    | 'setBookingBranchRules'
    | 'addBookingBranchClosure'
    | 'removeBookingBranchClosure'
    | 'defineBookingTopic'
    | 'updateBookingTopic'
    | 'setBookingTopicRules'
    | 'enrolBookingExpert'
    | 'updateBookingExpert'
    | 'setBookingExpertAvailability'
    | 'addBookingExpertAbsence'
    | 'removeBookingExpertAbsence'
    | 'withdrawBookingExpert'
  >;
  return { Query, Mutation };
}
