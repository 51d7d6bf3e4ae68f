/**
 * One account's decider: registration, passwords, failures and lockout, unlock, sessions, reset
 * links, preferences, contact, export and erasure. The lockout is events with the command's
 * clock: the failure that reaches the limit locks for 30 minutes (`AccountLockedOut`); once that
 * time has passed the next attempt (or the timer) writes `AccountUnlocked` first. Nothing but
 * erasure changes an erased account.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import type { AccountEvent, AccountKind } from './accounts-events';
import type { AccountCommand } from './commands';
import { ACCOUNT_ERRORS, type AccountRejection } from './errors';
import { lockedUntil } from './limits';

export interface ResetLinkState {
  expiresAt: string;
  used: boolean;
}

export interface AccountState {
  registered: boolean;
  kind: AccountKind | null;
  erased: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
  failuresInRow: number;
  lockedUntil: string | null;
  sessions: ReadonlySet<string>;
  resets: ReadonlyMap<string, ResetLinkState>;
}

export function initialAccountState(): AccountState {
  return {
    registered: false,
    kind: null,
    erased: false,
    hasEmail: false,
    hasPhone: false,
    failuresInRow: 0,
    lockedUntil: null,
    sessions: new Set(),
    resets: new Map(),
  };
}

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountRegistered':
      return {
        ...state,
        registered: true,
        kind: event.data.kind,
        hasEmail: event.data.personal.email !== null,
        hasPhone: event.data.personal.phone !== null,
      };
    case 'AccountPasswordSet': {
      // A new password spends every link asked for before it.
      const resets = new Map([...state.resets].map(([id, reset]) => [id, { ...reset, used: true }]));
      return { ...state, failuresInRow: 0, resets };
    }
    case 'AccountSignInFailed':
      return { ...state, failuresInRow: event.data.failuresInRow };
    case 'AccountLockedOut':
      return { ...state, lockedUntil: event.data.until };
    case 'AccountUnlocked':
      return { ...state, lockedUntil: null, failuresInRow: 0 };
    case 'AccountSessionStarted':
      return { ...state, failuresInRow: 0, sessions: new Set([...state.sessions, event.data.sessionId]) };
    case 'AccountSessionEnded': {
      const sessions = new Set(state.sessions);
      sessions.delete(event.data.sessionId);
      return { ...state, sessions };
    }
    case 'AccountPasswordResetRequested':
      return {
        ...state,
        resets: new Map([...state.resets, [event.data.resetId, { expiresAt: event.data.expiresAt, used: false }]]),
      };
    case 'AccountContactChanged':
      return { ...state, hasEmail: event.data.email !== null, hasPhone: event.data.phone !== null };
    case 'PersonErased':
      return { ...state, erased: true, sessions: new Set(), lockedUntil: null };
    case 'AccountPreferencesSet':
    case 'AccountDataExported':
      return state;
    default:
      return assertNever(event);
  }
}

const reject = ACCOUNT_ERRORS.reject;

function isLocked(state: AccountState, at: string): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > Date.parse(at);
}

/** `AccountUnlocked` when a lockout has run out by `at`, else nothing. */
function unlockIfDue(accountId: string, state: AccountState, at: string): AccountEvent[] {
  if (state.lockedUntil === null || isLocked(state, at)) return [];
  return [
    { type: 'AccountUnlocked', data: { accountId, reason: 'TIME_PASSED', at, by: { kind: 'system', id: 'lockout' } } },
  ];
}

export function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] | AccountRejection {
  const { data } = command;
  if (command.type === 'RegisterAccount') {
    if (state.registered) return reject('ACCOUNT_EXISTS');
    const d = command.data;
    if (d.kind === 'PATRON' && !d.cardNumberHash) return reject('ACCOUNT_CARD_INVALID');
    if (d.kind === 'CUSTOMER' && !d.emailHash) return reject('ACCOUNT_EMAIL_INVALID');
    const registered: AccountEvent = {
      type: 'AccountRegistered',
      data: {
        accountId: d.accountId,
        kind: d.kind,
        cardNumberHash: d.cardNumberHash,
        emailHash: d.emailHash,
        nameHash: d.nameHash,
        personal: d.personal,
        preferences: d.preferences,
        at: d.at,
        by: d.by,
      },
    };
    if (!d.passwordHash) return [registered];
    return [
      registered,
      {
        type: 'AccountPasswordSet',
        data: {
          accountId: d.accountId,
          passwordHash: d.passwordHash,
          how: 'REGISTERED',
          resetId: null,
          at: d.at,
          by: d.by,
        },
      },
    ];
  }
  if (!state.registered) return reject('ACCOUNT_NOT_FOUND');
  if (command.type === 'ErasePerson') {
    if (state.erased) return [];
    const ended: AccountEvent[] = [...state.sessions].map((sessionId) => ({
      type: 'AccountSessionEnded',
      data: { accountId: data.accountId, sessionId, reason: 'ERASED', at: command.data.at },
    }));
    return [...ended, { type: 'PersonErased', data: command.data }];
  }
  if (state.erased) return reject('ACCOUNT_ERASED');
  const { accountId } = data;

  switch (command.type) {
    case 'RecordSignInFailure': {
      const { at, maxFailures } = command.data;
      if (isLocked(state, at)) return reject('ACCOUNT_LOCKED');
      const unlocked = unlockIfDue(accountId, state, at);
      const failuresInRow = (unlocked.length ? 0 : state.failuresInRow) + 1;
      const failed: AccountEvent = { type: 'AccountSignInFailed', data: { accountId, failuresInRow, at } };
      if (failuresInRow < maxFailures) return [...unlocked, failed];
      return [
        ...unlocked,
        failed,
        { type: 'AccountLockedOut', data: { accountId, failures: failuresInRow, at, until: lockedUntil(at) } },
      ];
    }
    case 'StartSession': {
      if (isLocked(state, command.data.at)) return reject('ACCOUNT_LOCKED');
      return [...unlockIfDue(accountId, state, command.data.at), { type: 'AccountSessionStarted', data: command.data }];
    }
    case 'EndSession':
      return state.sessions.has(command.data.sessionId) ? [{ type: 'AccountSessionEnded', data: command.data }] : [];
    case 'UnlockWhenDue':
      return unlockIfDue(accountId, state, command.data.at);
    case 'UnlockByStaff':
      if (!isLocked(state, command.data.at)) return unlockIfDue(accountId, state, command.data.at);
      return [
        { type: 'AccountUnlocked', data: { accountId, reason: 'STAFF', at: command.data.at, by: command.data.by } },
      ];
    case 'SetPassword':
      return setPassword(command.data, state);
    case 'RequestPasswordReset':
      return [{ type: 'AccountPasswordResetRequested', data: command.data }];
    case 'SetPreferences': {
      const methods = Object.values(command.data.preferences.contact);
      if (methods.includes('EMAIL') && !state.hasEmail) return reject('ACCOUNT_EMAIL_REQUIRED');
      if (methods.includes('PHONE') && !state.hasPhone) return reject('ACCOUNT_PHONE_REQUIRED');
      return [{ type: 'AccountPreferencesSet', data: command.data }];
    }
    case 'ChangeContact':
      if (state.kind === 'CUSTOMER' && command.data.email === null) return reject('ACCOUNT_EMAIL_REQUIRED');
      return [{ type: 'AccountContactChanged', data: command.data }];
    case 'RecordExport':
      return [{ type: 'AccountDataExported', data: command.data }];
    default:
      return assertNever(command);
  }
}

function setPassword(
  data: Extract<AccountCommand, { type: 'SetPassword' }>['data'],
  state: AccountState,
): AccountEvent[] | AccountRejection {
  const { accountId, passwordHash, how, resetId, keepSessionId, at, by } = data;
  if (how === 'RESET_LINK') {
    const reset = resetId === null ? undefined : state.resets.get(resetId);
    if (!reset) return reject('ACCOUNT_RESET_LINK_INVALID');
    if (reset.used) return reject('ACCOUNT_RESET_LINK_USED');
    if (Date.parse(reset.expiresAt) <= Date.parse(at)) return reject('ACCOUNT_RESET_LINK_EXPIRED');
  }
  const events: AccountEvent[] = [
    {
      type: 'AccountPasswordSet',
      data: { accountId, passwordHash, how, resetId: how === 'RESET_LINK' ? resetId : null, at, by },
    },
  ];
  // A new password from a link or the desk ends the lockout: the holder proved who they are.
  if (state.lockedUntil !== null)
    events.push({
      type: 'AccountUnlocked',
      data: { accountId, reason: isLocked(state, at) ? 'PASSWORD_SET' : 'TIME_PASSED', at, by },
    });
  for (const sessionId of state.sessions)
    if (sessionId !== keepSessionId)
      events.push({ type: 'AccountSessionEnded', data: { accountId, sessionId, reason: 'PASSWORD_CHANGED', at } });
  return events;
}

export const accountDecider: Decider<AccountCommand, AccountEvent, AccountState, AccountRejection> = {
  initialState: initialAccountState,
  evolve: evolveAccount,
  decide: decideAccount,
};
