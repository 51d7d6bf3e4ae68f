/**
 * Keys that let the knowledge base count visitors once without keeping who they are: a one-way
 * hash of the address and the day (a vote, a view, a reported search), and of a search's
 * normalised text (its stream). Ids derived from the caller's command id are UUID v5, so a retried
 * request maps to the same question or article.
 */
import { createHash } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';

const KNOWLEDGE_BASE_NAMESPACE = '0b5e0d8e-4f7b-4d36-9a59-3f3e1f6c2a51';

const shortHash = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export const visitorKey = (address: string, day: string): string => shortHash(`visitor|${day}|${address}`);

export const queryKey = (normalizedQuery: string): string => shortHash(`query|${normalizedQuery}`);

/** A stable id for what a command creates (an article, a question), from who sent it and its command id. */
export const idFromCommand = (scope: string, commandId: string): string =>
  uuidV5(`${scope}/${commandId}`, KNOWLEDGE_BASE_NAMESPACE);
