import { outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import {
  AddBookingBranchClosureMutation,
  AddBookingExpertAbsenceMutation,
  OpenBookingBranchMutation,
  UpdateBookingBranchMutation,
  BookingRulesQuery,
  BookingStaffCandidatesQuery,
  BookingTopicRulesQuery,
  DefineBookingTopicMutation,
  EnrolBookingExpertMutation,
  RemoveBookingExpertAbsenceMutation,
  SetBookingBranchRulesMutation,
  SetBookingExpertAvailabilityMutation,
  SetBookingTopicRulesMutation,
  UpdateBookingExpertMutation,
  UpdateBookingTopicMutation,
} from '../api/bookings-operations';
import type {
  BookingAbsenceKind,
  BookingBranchInput,
  BookingNamesInput,
  BookingRulesInput,
  BookingRulesQuery as RulesResult,
  BookingStaffCandidatesQuery as CandidatesResult,
  BookingTopicRulesQuery as TopicRulesResult,
  BookingWeeklyHoursInput,
} from '../generated/graphql';
import { useBookingCalendarStore } from './booking-calendar-store';
import { createCommandIds } from './booking-commands';

export type BranchRules = RulesResult['bookingBranches'][number];
export type TopicRules = TopicRulesResult['bookingTopics'][number];
export type StaffCandidate = CandidatesResult['bookingStaffCandidates'][number];
type Sent = { ok: true } | ({ ok: false } & Failure);

/**
 * Book a Librarian's configuration for supervisors and admins: who takes bookings (enrol a staff
 * member with a branch and topics), their weekly hours and absences, each branch's rules and
 * closures, the topics with their names and own rules. Every change answers with the thing changed; the board is read again after it.
 */
export const useBookingSetupStore = defineStore('booking-setup', () => {
  const connection = useGraphqlConnection();
  const board = useBookingCalendarStore();
  const commands = createCommandIds();
  const candidates = shallowRef<StaffCandidate[]>([]);
  const rules = shallowRef<BranchRules[]>([]);
  const topicRules = shallowRef<TopicRules[]>([]);
  const busy = ref(false);
  const failure = ref<Failure | null>(null);
  const saved = ref<string | null>(null);

  async function load(): Promise<void> {
    const [staff, branchRules, ownTopicRules] = await Promise.all([
      outcomeOf(
        connection.client.query(BookingStaffCandidatesQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
      ),
      outcomeOf(connection.client.query(BookingRulesQuery, {}, { requestPolicy: 'network-only' }).toPromise()),
      outcomeOf(connection.client.query(BookingTopicRulesQuery, {}, { requestPolicy: 'network-only' }).toPromise()),
      board.loadBoard(),
    ]);
    if (staff.ok) candidates.value = staff.data.bookingStaffCandidates;
    if (branchRules.ok) rules.value = branchRules.data.bookingBranches;
    if (ownTopicRules.ok) topicRules.value = ownTopicRules.data.bookingTopics;
  }

  /** Sends one change; `what` names it for the "saved" notice and keeps its command id across a lost answer. */
  async function change(what: string, content: unknown, send: (commandId: string) => Promise<Sent>): Promise<boolean> {
    if (busy.value) return false;
    busy.value = true;
    failure.value = null;
    saved.value = null;
    const sent = await send(commands.idFor(`${what}|${JSON.stringify(content)}`));
    busy.value = false;
    commands.settled(sent.ok ? null : sent);
    if (!sent.ok) {
      failure.value = { code: sent.code, reason: sent.reason };
      return false;
    }
    saved.value = what;
    await load();
    return true;
  }

  const mutate = async (operation: Promise<{ ok: boolean } & Partial<Failure>>): Promise<Sent> => {
    const outcome = await operation;
    return outcome.ok ? { ok: true } : { ok: false, code: outcome.code!, reason: outcome.reason ?? null };
  };
  const run = <V extends object>(document: Parameters<typeof connection.client.mutation>[0], variables: V) =>
    mutate(outcomeOf(connection.client.mutation(document, variables).toPromise()));

  return {
    candidates,
    rules,
    topicRules,
    busy,
    failure,
    saved,
    load,
    enrol: (staffId: string, branchId: string, topicIds: string[]) =>
      change('enrol', [staffId, branchId, topicIds], (commandId) =>
        run(EnrolBookingExpertMutation, { staffId, branchId, topicIds, commandId }),
      ),
    updateExpert: (id: string, branchId: string, topicIds: string[]) =>
      change('expert', [id, branchId, topicIds], (commandId) =>
        run(UpdateBookingExpertMutation, { id, branchId, topicIds, commandId }),
      ),
    setWeekly: (id: string, weekly: BookingWeeklyHoursInput[]) =>
      change('weekly', [id, weekly], (commandId) =>
        run(SetBookingExpertAvailabilityMutation, { id, weekly, commandId }),
      ),
    addAbsence: (id: string, kind: BookingAbsenceKind, from: string, to: string, note: string) =>
      change('absence', [id, kind, from, to, note], (commandId) =>
        run(AddBookingExpertAbsenceMutation, { id, kind, from, to, note, commandId }),
      ),
    removeAbsence: (id: string, absenceId: string) =>
      change('absence-removed', [id, absenceId], (commandId) =>
        run(RemoveBookingExpertAbsenceMutation, { id, absenceId, commandId }),
      ),
    openBranch: (id: string | null, input: BookingBranchInput) =>
      change('branch', [id, input], (commandId) => run(OpenBookingBranchMutation, { id, input, commandId })),
    updateBranch: (id: string, input: BookingBranchInput) =>
      change('branch', [id, input], (commandId) => run(UpdateBookingBranchMutation, { id, input, commandId })),
    setBranchRules: (id: string, branchRules: BookingRulesInput) =>
      change('rules', [id, branchRules], (commandId) =>
        run(SetBookingBranchRulesMutation, { id, rules: branchRules, commandId }),
      ),
    addClosure: (id: string, from: string, to: string, note: string) =>
      change('closure', [id, from, to, note], (commandId) =>
        run(AddBookingBranchClosureMutation, { id, from, to, note, commandId }),
      ),
    defineTopic: (id: string | null, name: BookingNamesInput) =>
      change('topic', [id, name], (commandId) => run(DefineBookingTopicMutation, { id, name, commandId })),
    updateTopic: (id: string, name: BookingNamesInput) =>
      change('topic', [id, name], (commandId) => run(UpdateBookingTopicMutation, { id, name, commandId })),
    setTopicRules: (id: string, ownRules: BookingRulesInput) =>
      change('topic-rules', [id, ownRules], (commandId) =>
        run(SetBookingTopicRulesMutation, { id, rules: ownRules, commandId }),
      ),
  };
});
