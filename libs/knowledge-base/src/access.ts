/**
 * Who may do what in the knowledge base, and how its rejections leave the api. Staff are checked
 * through `@deskstream/access`; visitors are anonymous, limited per address by the flood guard.
 */
import mercurius from 'mercurius';
import type { MercuriusContext } from 'mercurius';
import type { AccessContext, SignedInStaff, StaffRole } from '@deskstream/access';
import type { ConflictError } from '@deskstream/event-sourcing';
import { KNOWLEDGE_BASE_ERRORS, type KnowledgeBaseErrorReason, type KnowledgeBaseRejection } from './errors';
import type { Editor } from './events';

export type Context = MercuriusContext & AccessContext;

/** Agents write and propose; supervisors and admins publish; everyone on staff reads history and the inbox. */
export const ROLES_FOR = {
  editArticles: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  publishArticles: ['SUPERVISOR', 'ADMIN'],
  readArticleHistory: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
  readVisitorInbox: ['AGENT', 'SUPERVISOR', 'ADMIN', 'PRODUCT'],
} as const satisfies Record<string, readonly StaffRole[]>;

export const editorOf = (staff: SignedInStaff): Editor => ({ staffId: staff.id, displayName: staff.displayName });

export function knowledgeBaseError(reason: KnowledgeBaseErrorReason): Error {
  const { code, message } = KNOWLEDGE_BASE_ERRORS[reason];
  return new mercurius.ErrorWithProps(message, { code, reason });
}

export function commandError(error: KnowledgeBaseRejection | ConflictError): Error {
  if (error.code === 'CONFLICT') return new mercurius.ErrorWithProps(error.message, { code: 'CONFLICT', reason: 'CONFLICT' });
  return knowledgeBaseError(error.code);
}

export const MAX_COMMAND_ID = 128;

export function checkCommandId(commandId: string): void {
  if (commandId.length === 0 || commandId.length > MAX_COMMAND_ID) throw knowledgeBaseError('KB_COMMAND_ID_INVALID');
}

/** `first` arguments, clamped to what one request may ask for. */
export const clampFirst = (first: number | null | undefined, fallback: number, max: number): number =>
  Math.max(0, Math.min(max, Math.trunc(first ?? fallback)));
