/**
 * `@deskstream/identity-api`: identity on the server — the GraphQL module (sign-in, departments,
 * presence and its live feed), the commands on the store, password and token hashing, and the
 * staff directory every other context checks callers with.
 */
export { identityGraphql, type IdentityModuleOptions } from './identity-module';
export { IdentityCommands, type IdentityOutcome } from './identity-commands';
export { hashPassword } from './credentials';
export { identityStaffDirectory } from './staff-directory';
export type { CallerContext } from './staff-access';
export { PRESENCE_CHANGED } from './presence-feed';
export type { PasswordHashingLimits } from './password-hashing';
export type { SignInThrottleOptions } from './sign-in-throttle';
export { OIDC_CALLBACK_PATH, OIDC_START_PATH, oidcSettingsFrom, type OidcSettings } from './security/oidc-sign-in';
