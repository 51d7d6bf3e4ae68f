/**
 * Who answers chats: staff with the AGENT or SUPERVISOR role. An agent answers for their
 * departments, so one in no department has nowhere to answer from; a supervisor answers for all.
 * Product teams and admins do not answer chats.
 */
export const ANSWERING_ROLES = ['AGENT', 'SUPERVISOR'] as const;

export function canAnswerChats(staff: { roles: readonly string[]; departmentIds: readonly string[] }): boolean {
  if (staff.roles.includes('SUPERVISOR')) return true;
  return staff.roles.includes('AGENT') && staff.departmentIds.length > 0;
}
