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

/** The shortest and longest new password a staff member may choose. */
export const MIN_NEW_PASSWORD_LENGTH = 10;
export const isNewPassword = (password: string) =>
  password.length >= MIN_NEW_PASSWORD_LENGTH && password.length <= MAX_PASSWORD_LENGTH;

/** TOTP as authenticator apps do it by default (RFC 6238): 6 digits, 30-second steps, SHA-1. */
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** A code one step either side of now is accepted, for clocks a little apart. */
export const TOTP_WINDOW_STEPS = 1;
/** How long the second step of a sign-in may take after the password was accepted. */
export const SIGN_IN_CHALLENGE_TTL_MS = 5 * 60_000;
/** Wrong codes one challenge takes before it ends and the password must be given again. */
export const MAX_CHALLENGE_CODE_FAILURES = 5;
/** Recovery codes given when two-factor sign-in is turned on; each works once. */
export const RECOVERY_CODE_COUNT = 10;

const TOTP_CODE_PATTERN = /^\d{6}$/;
/** A recovery code as shown: two groups of five lowercase letters and digits. */
const RECOVERY_CODE_PATTERN = /^[a-z0-9]{5}-[a-z0-9]{5}$/;

/** A code as typed, spaces and dashes inside a TOTP code ignored. */
export const normalizedCode = (raw: string) => raw.trim().toLowerCase();
export const isTotpCode = (raw: string) => TOTP_CODE_PATTERN.test(normalizedCode(raw).replace(/[\s-]/g, ''));
export const isRecoveryCode = (raw: string) => RECOVERY_CODE_PATTERN.test(normalizedCode(raw));
