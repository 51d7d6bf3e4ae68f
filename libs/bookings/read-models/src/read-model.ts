/**
 * Book a Librarian's read model: the directory, the session board, and what the free slots and the
 * routing need from them — each expert's calendar in their branch's zone and the candidates for a
 * topic and mode, the preferred branch's marked.
 */
import {
  effectiveRules,
  type BookingRules,
  type ExpertCalendar,
  type PreferredBranchFacts,
  type RoutingCandidate,
  type SessionMode,
} from '@deskstream/bookings-domain';
import { keptState } from '@deskstream/event-sourcing';
import { BookingsDirectory, type BranchRecord, type ExpertRecord } from './directory';
import { SessionBoard } from './session-board';

export interface TopicCandidates {
  candidates: RoutingCandidate[];
  preferred: PreferredBranchFacts;
  /** Nobody at any branch helps with the topic (whatever the mode). */
  nobodyForTopic: boolean;
}

export class BookingsReadModel {
  readonly directory = new BookingsDirectory();
  readonly board = new SessionBoard();
  /** Its state for durable snapshots (both projections share it). */
  readonly kept = keptState({ directory: this.directory.kept, board: this.board.kept });

  /** The rules in force for a topic at a branch. */
  rulesFor(branchId: string, topicId: string): BookingRules | undefined {
    const branch = this.directory.branches.get(branchId);
    if (!branch) return undefined;
    return effectiveRules(branch.ruleOverrides, this.directory.topics.get(topicId)?.ruleOverrides);
  }

  calendarOf(expert: ExpertRecord, branch: BranchRecord): ExpertCalendar {
    return {
      expertId: expert.id,
      branchId: branch.id,
      timeZone: branch.timeZone,
      weekly: expert.weekly,
      daysOff: [...expert.absences, ...branch.closures],
      booked: this.board.busyOf(expert.id),
    };
  }

  /** An expert who helps with the topic, as a routing candidate (whatever the mode), or undefined. */
  candidate(expertId: string, topicId: string, preferredBranchId: string | null): RoutingCandidate | undefined {
    const expert = this.directory.experts.get(expertId);
    const branch = expert && this.directory.branches.get(expert.branchId);
    if (!expert || !branch || !expert.active || !expert.topicIds.includes(topicId)) return undefined;
    return {
      calendar: this.calendarOf(expert, branch),
      expertName: expert.displayName,
      rules: effectiveRules(branch.ruleOverrides, this.directory.topics.get(topicId)?.ruleOverrides),
      preferred: expert.branchId === preferredBranchId,
    };
  }

  /** Experts on the topic at branches that offer the mode, and what the preferred branch has. */
  candidatesFor(topicId: string, mode: SessionMode, preferredBranchId: string): TopicCandidates {
    const onTopic = this.directory.expertsOn(topicId);
    const preferredBranch = this.directory.branches.get(preferredBranchId);
    const candidates: RoutingCandidate[] = [];
    for (const expert of onTopic) {
      const branch = this.directory.branches.get(expert.branchId);
      if (!branch?.modes.includes(mode)) continue;
      const candidate = this.candidate(expert.id, topicId, preferredBranchId);
      if (candidate) candidates.push(candidate);
    }
    return {
      candidates,
      preferred: {
        offersMode: preferredBranch?.modes.includes(mode) ?? false,
        hasExperts: onTopic.some((expert) => expert.branchId === preferredBranchId),
      },
      nobodyForTopic: onTopic.length === 0,
    };
  }
}
