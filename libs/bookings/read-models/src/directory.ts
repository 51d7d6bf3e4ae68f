/**
 * The bookings directory: branches, topics, experts (with their weekly hours and absences) and the
 * staff identity knows (folded from identity's published `StaffAccountCreated`), as the booking
 * form, the console and the free slots read them.
 */
import {
  NO_RULE_OVERRIDES,
  type AbsenceKind,
  type BookingRulesPatch,
  type BranchEvent,
  type ExpertEvent,
  type LocalizedText,
  type SessionMode,
  type TopicEvent,
  type WeeklyHours,
} from '@deskstream/bookings-domain';
import { assertNever } from '@deskstream/domain-kit';
import { keptState, keptValue } from '@deskstream/event-sourcing';
import type { StaffAccountCreated } from '@deskstream/identity-domain';

export interface ClosureRecord {
  id: string;
  from: string;
  to: string;
  note: string;
}

export interface BranchRecord {
  id: string;
  name: LocalizedText;
  timeZone: string;
  modes: SessionMode[];
  address: string;
  ruleOverrides: BookingRulesPatch;
  closures: ClosureRecord[];
  openedAt: string;
}

export interface TopicRecord {
  id: string;
  name: LocalizedText;
  ruleOverrides: BookingRulesPatch;
  definedAt: string;
}

export interface AbsenceRecord {
  id: string;
  kind: AbsenceKind;
  from: string;
  to: string;
  note: string;
}

export interface ExpertRecord {
  id: string;
  displayName: string;
  branchId: string;
  topicIds: string[];
  weekly: WeeklyHours[];
  absences: AbsenceRecord[];
  active: boolean;
}

export interface StaffRecord {
  id: string;
  displayName: string;
}

export class BookingsDirectory {
  readonly branches = new Map<string, BranchRecord>();
  readonly topics = new Map<string, TopicRecord>();
  readonly experts = new Map<string, ExpertRecord>();
  readonly staff = new Map<string, StaffRecord>();
  /** Bumped on every change: the free slots' calendars are rebuilt when it moves. */
  version = 0;
  /** Its state for durable snapshots, refilled in place on restore. */
  readonly kept = keptState({
    branches: this.branches,
    topics: this.topics,
    experts: this.experts,
    staff: this.staff,
    version: keptValue(
      () => this.version,
      (value) => (this.version = value),
    ),
  });

  applyStaff(event: StaffAccountCreated): void {
    this.staff.set(event.data.staffId, { id: event.data.staffId, displayName: event.data.displayName });
  }

  applyBranch(event: BranchEvent): void {
    this.version++;
    const { data } = event;
    const branch = this.branches.get(data.branchId);
    switch (event.type) {
      case 'BookingBranchOpened':
        this.branches.set(data.branchId, {
          id: event.data.branchId,
          name: event.data.name,
          timeZone: event.data.timeZone,
          modes: event.data.modes,
          address: event.data.address,
          ruleOverrides: NO_RULE_OVERRIDES,
          closures: [],
          openedAt: event.data.at,
        });
        return;
      case 'BookingBranchChanged':
        if (branch)
          Object.assign(branch, {
            name: event.data.name,
            timeZone: event.data.timeZone,
            modes: event.data.modes,
            address: event.data.address,
          });
        return;
      case 'BookingBranchRulesSet':
        if (branch) branch.ruleOverrides = event.data.rules;
        return;
      case 'BookingBranchClosureAdded':
        if (branch)
          branch.closures = [
            ...branch.closures,
            { id: event.data.closureId, from: event.data.from, to: event.data.to, note: event.data.note },
          ].sort((a, b) => a.from.localeCompare(b.from));
        return;
      case 'BookingBranchClosureRemoved':
        if (branch) branch.closures = branch.closures.filter((closure) => closure.id !== event.data.closureId);
        return;
      default:
        assertNever(event);
    }
  }

  applyTopic(event: TopicEvent): void {
    this.version++;
    const topic = this.topics.get(event.data.topicId);
    switch (event.type) {
      case 'BookingTopicDefined':
        this.topics.set(event.data.topicId, {
          id: event.data.topicId,
          name: event.data.name,
          ruleOverrides: NO_RULE_OVERRIDES,
          definedAt: event.data.at,
        });
        return;
      case 'BookingTopicChanged':
        if (topic) topic.name = event.data.name;
        return;
      case 'BookingTopicRulesSet':
        if (topic) topic.ruleOverrides = event.data.rules;
        return;
      default:
        assertNever(event);
    }
  }

  applyExpert(event: ExpertEvent): void {
    this.version++;
    const expert = this.experts.get(event.data.expertId);
    switch (event.type) {
      case 'ExpertEnrolled':
        this.experts.set(event.data.expertId, {
          id: event.data.expertId,
          displayName: event.data.displayName,
          branchId: event.data.branchId,
          topicIds: event.data.topicIds,
          weekly: expert?.weekly ?? [],
          absences: expert?.absences ?? [],
          active: true,
        });
        return;
      case 'ExpertChanged':
        if (expert) Object.assign(expert, { branchId: event.data.branchId, topicIds: event.data.topicIds });
        return;
      case 'ExpertAvailabilitySet':
        if (expert) expert.weekly = event.data.weekly;
        return;
      case 'ExpertAbsenceAdded':
        if (expert)
          expert.absences = [
            ...expert.absences,
            {
              id: event.data.absenceId,
              kind: event.data.kind,
              from: event.data.from,
              to: event.data.to,
              note: event.data.note,
            },
          ].sort((a, b) => a.from.localeCompare(b.from));
        return;
      case 'ExpertAbsenceRemoved':
        if (expert) expert.absences = expert.absences.filter((absence) => absence.id !== event.data.absenceId);
        return;
      case 'ExpertWithdrawn':
        if (expert) expert.active = false;
        return;
      default:
        assertNever(event);
    }
  }

  /** Active experts on a topic. */
  expertsOn(topicId: string): ExpertRecord[] {
    return [...this.experts.values()].filter((expert) => expert.active && expert.topicIds.includes(topicId));
  }
}
