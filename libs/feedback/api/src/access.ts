/** Who may do what with feedback, and the checks every resolver makes. */
import { requireStaff, userError, type AccessContext, type SignedInStaff, type StaffRole } from '@deskstream/access';
import type { Actor } from '@deskstream/domain-kit';
import { FEEDBACK_ERRORS, type FeedbackActor, type FeedbackErrorReason } from '@deskstream/feedback-domain';
import type {
  FeedbackItemRecord,
  FeedbackTopicRecord,
  FeedbackTriageReadModel,
} from '@deskstream/feedback-read-models';

export const ROLES = {
  triage: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  /** Triage staff and product teams: topics, items in them, teams. */
  read: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
  admin: ['ADMIN'],
  product: ['PRODUCT'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const feedbackError = (reason: FeedbackErrorReason): Error => userError(FEEDBACK_ERRORS, reason);

export function checkCommandId(commandId: string): void {
  if (commandId.length < 1 || commandId.length > 128) throw feedbackError('FEEDBACK_COMMAND_ID_INVALID');
}

export const staffActor = (staff: SignedInStaff): FeedbackActor => ({ kind: 'staff', id: staff.id });
export const storeActor = (staff: SignedInStaff): Actor => ({ kind: 'staff', id: staff.id });

export const isTriageStaff = (staff: SignedInStaff): boolean =>
  staff.roles.some((role) => (ROLES.triage as readonly StaffRole[]).includes(role));

/** The teams whose forwarded topics a PRODUCT-only member sees; null: triage staff see all. */
export function visibleTeams(model: FeedbackTriageReadModel, staff: SignedInStaff): string[] | null {
  if (isTriageStaff(staff)) return null;
  return model.teamsOf(staff.id).map((team) => team.id);
}

export function canSeeTopic(model: FeedbackTriageReadModel, staff: SignedInStaff, topic: FeedbackTopicRecord): boolean {
  const teams = visibleTeams(model, staff);
  return teams === null || (topic.teamId !== null && teams.includes(topic.teamId));
}

export function canSeeItem(model: FeedbackTriageReadModel, staff: SignedInStaff, item: FeedbackItemRecord): boolean {
  if (isTriageStaff(staff)) return true;
  const topic = item.topicId ? model.topic(item.topicId) : undefined;
  return topic !== undefined && canSeeTopic(model, staff, topic);
}

/** Names, emails and phones: triage staff see them; a product team only when an admin granted it. */
export function canSeePersonalData(
  model: FeedbackTriageReadModel,
  context: AccessContext,
  item: FeedbackItemRecord,
): boolean {
  const staff = requireStaff(context, ROLES.read);
  if (isTriageStaff(staff)) return true;
  const topic = item.topicId ? model.topic(item.topicId) : undefined;
  const team = topic?.teamId ? model.teams.get(topic.teamId) : undefined;
  return team !== undefined && team.personalDataGranted && team.members.includes(staff.id);
}
