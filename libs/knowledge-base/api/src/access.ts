/**
 * Who may do what in the knowledge base, and how its rejections leave the api. Staff are checked
 * through `@deskstream/access` with the domain's `KNOWLEDGE_BASE_ROLES`; visitors are anonymous,
 * limited per address by the flood guard, and public lists are bounded by `PUBLIC_LIMITS`.
 */
import { commandError, userError, type SignedInStaff, type StaffRole, type StoreConflict } from '@deskstream/access';
import {
  KNOWLEDGE_BASE_ERRORS,
  KNOWLEDGE_BASE_ROLES,
  PUBLIC_LIMITS,
  isPublicListSize,
  type Editor,
  type KnowledgeBaseErrorReason,
  type KnowledgeBaseRejection,
} from '@deskstream/knowledge-base-domain';

/** The domain's roles, checked here against the staff roles there are. */
export const ROLES_FOR: Readonly<Record<keyof typeof KNOWLEDGE_BASE_ROLES, readonly StaffRole[]>> =
  KNOWLEDGE_BASE_ROLES;

export const editorOf = (staff: SignedInStaff): Editor => ({ staffId: staff.id, displayName: staff.displayName });

export const knowledgeBaseError = (reason: KnowledgeBaseErrorReason): Error => userError(KNOWLEDGE_BASE_ERRORS, reason);

export const kbCommandError = (error: KnowledgeBaseRejection | StoreConflict): Error =>
  commandError(KNOWLEDGE_BASE_ERRORS, error);

export function checkCommandId(commandId: string): void {
  if (commandId.length === 0 || commandId.length > PUBLIC_LIMITS.commandId)
    throw knowledgeBaseError('KB_COMMAND_ID_INVALID');
}

/** `first` arguments of staff lists, clamped to what one request may ask for. */
export const clampFirst = (first: number | null | undefined, fallback: number, max: number): number =>
  Math.max(0, Math.min(max, Math.trunc(first ?? fallback)));

/** `first` of a public list: refused with KB_LIST_TOO_LONG past the public limit, never silently cut. */
export function publicListSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!isPublicListSize(size)) throw knowledgeBaseError('KB_LIST_TOO_LONG');
  return size;
}
