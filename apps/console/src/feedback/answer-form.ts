import { FEEDBACK_LIMITS } from '@deskstream/feedback-domain';
import type { AnswerFeedbackTopicInput, FeedbackAnswerStatus } from '../generated/graphql';

export const ANSWER_STATUSES: readonly FeedbackAnswerStatus[] = [
  'ACKNOWLEDGED',
  'PLANNED',
  'FIXED',
  'WONT_FIX',
  'NEEDS_INFO',
];

/** A team's answer as typed. */
export interface AnswerDraft {
  status: FeedbackAnswerStatus;
  version: string;
  reason: string;
  note: string;
}

export const emptyAnswer = (): AnswerDraft => ({ status: 'ACKNOWLEDGED', version: '', reason: '', note: '' });

/** Whether the answer names a version (planned for, fixed in). */
export const needsVersion = (status: FeedbackAnswerStatus): boolean => status === 'PLANNED' || status === 'FIXED';

export type AnswerProblem =
  'missingVersion' | 'missingReason' | 'FEEDBACK_ANSWER_NOTE_INVALID' | 'FEEDBACK_BUILD_INVALID';

/** What is missing or too long before the answer is sent; empty when it may go. */
export function answerProblems(draft: AnswerDraft): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const length = (text: string) => [...text.trim()].length;
  if (needsVersion(draft.status) && !draft.version.trim()) problems.push('missingVersion');
  if (length(draft.version) > FEEDBACK_LIMITS.versionLength) problems.push('FEEDBACK_BUILD_INVALID');
  if (draft.status === 'WONT_FIX' && !draft.reason.trim()) problems.push('missingReason');
  if (
    length(draft.reason) > FEEDBACK_LIMITS.answerNoteLength ||
    length(draft.note) > FEEDBACK_LIMITS.answerNoteLength
  ) {
    problems.push('FEEDBACK_ANSWER_NOTE_INVALID');
  }
  return problems;
}

/** The api's input: the version only where it counts, the reason only for "will not fix". */
export function answerInput(draft: AnswerDraft): AnswerFeedbackTopicInput {
  return {
    status: draft.status,
    version: needsVersion(draft.status) ? draft.version.trim() : null,
    reason: draft.status === 'WONT_FIX' ? draft.reason.trim() : null,
    note: draft.note.trim() || null,
  };
}
