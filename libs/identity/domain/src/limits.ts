/**
 * Identity's limits and input rules, the one copy the api and the console share: what a
 * username, display name, department name, password and command id may be.
 */
import { LOCALES, type LocalizedText } from './identity-events';

/** A username as stored: 2 to 32 lowercase letters, digits, dots, dashes or underscores, starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,31}$/;
/** The longest username a sign-in is looked up with (longer is refused before any work). */
export const MAX_SIGN_IN_USERNAME_LENGTH = 64;
/** The longest password accepted, so hashing cannot be made expensive by a huge input. */
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_DISPLAY_NAME_LENGTH = 80;
export const MAX_DEPARTMENT_NAME_LENGTH = 80;
export const MAX_COMMAND_ID_LENGTH = 128;
/** How long a session lasts unless the api is told otherwise: one long shift. */
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60_000;

export const isUsername = (username: string) => USERNAME_PATTERN.test(username);

export const isDisplayName = (displayName: string) =>
  displayName.trim().length > 0 && displayName.length <= MAX_DISPLAY_NAME_LENGTH;

export const isCommandId = (commandId: string) => commandId.length > 0 && commandId.length <= MAX_COMMAND_ID_LENGTH;

/** A department name has 1 to 80 characters (trimmed) in every locale. */
export const isDepartmentName = (name: LocalizedText) =>
  LOCALES.every((locale) => {
    const text = name[locale]?.trim() ?? '';
    return text.length > 0 && text.length <= MAX_DEPARTMENT_NAME_LENGTH;
  });

/** How a username typed at sign-in is looked up: trimmed, lowercase. */
export const normalizedUsername = (raw: string) => raw.trim().toLowerCase();
