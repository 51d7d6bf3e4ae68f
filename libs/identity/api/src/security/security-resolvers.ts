/**
 * Staff security over GraphQL: the second sign-in step, two-factor enrolment, sessions and their
 * revoking, password and role changes, and the security log for admins.
 */
import type { Resolvers } from '@deskstream/graphql-types';
import { ROLES_FOR, type Role } from '@deskstream/identity-domain';
import type {
  IdentityReadModel,
  SecurityLogReadModel,
  SessionRecord,
  StaffRecord,
} from '@deskstream/identity-read-models';
import type { IdentityContext } from '../identity-resolvers';
import { identityError, userAgentOf, type Caller, type StaffAccess } from '../staff-access';
import type { StaffSessions } from '../staff-sessions';
import type { SecondSignInStep } from './second-step';
import { securityLogPage } from './security-log-query';
import { sessionActivity } from './session-activity';
import type { StaffChanges } from './staff-changes';
import type { TwoFactorSettings } from './two-factor';

export interface SecurityResolverDeps {
  readModel: IdentityReadModel;
  securityLog: SecurityLogReadModel;
  access: StaffAccess;
  sessions: StaffSessions;
  secondStep: SecondSignInStep;
  twoFactor: TwoFactorSettings;
  changes: StaffChanges;
  /** Where the OpenID Connect sign-in starts, when it is set up. */
  oidcStartUrl: string | null;
  now: () => Date;
}

const ADMIN_ROLES: readonly Role[] = ROLES_FOR.manageStaffSecurity;
const isAdmin = (staff: StaffRecord) => staff.roles.some((role) => ADMIN_ROLES.includes(role));

export function securityResolvers(deps: SecurityResolverDeps) {
  const { readModel, access, sessions, secondStep, twoFactor, changes, now } = deps;
  const lastSeen = sessionActivity(readModel);
  const admin = (context: IdentityContext) => access.require(context, ROLES_FOR.manageStaffSecurity).staff;
  const me = (context: IdentityContext) => access.require(context, ROLES_FOR.anyStaff);

  const sessionsOf = (staffId: string, caller: Caller) => {
    const at = now().getTime();
    return readModel
      .sessionsOf(staffId)
      .filter((session) => Date.parse(session.expiresAt) > at)
      .map((session: SessionRecord) => {
        const seen = lastSeen.get(session.sessionId);
        return {
          id: session.sessionId,
          startedAt: session.startedAt,
          expiresAt: session.expiresAt,
          lastSeenAt: seen === undefined ? null : new Date(seen).toISOString(),
          address: session.address,
          userAgent: session.userAgent,
          method: session.method,
          current: session.sessionId === caller.session.sessionId,
        };
      });
  };

  return {
    Query: {
      mySessions: (_root, _args, context) => {
        const caller = me(context);
        return sessionsOf(caller.staff.id, caller);
      },
      staffMembers: (_root, _args, context) => {
        admin(context);
        return [...readModel.staff.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));
      },
      staffSessions: (_root, args, context) => {
        admin(context);
        if (!readModel.staff.has(args.staffId)) throw identityError('IDENTITY_STAFF_NOT_FOUND');
        return sessionsOf(args.staffId, me(context));
      },
      securityLog: (_root, args, context) => {
        admin(context);
        return securityLogPage(deps.securityLog, args);
      },
      staffSignInOptions: () => ({ oidc: deps.oidcStartUrl !== null, oidcStartUrl: deps.oidcStartUrl }),
    },
    Mutation: {
      completeSignIn: (_root, args, context) =>
        secondStep.complete(args.challenge, args.code, context.clientAddress ?? 'unknown', userAgentOf(context)),
      startTwoFactorEnrolment: (_root, _args, context) => twoFactor.startEnrolment(me(context).staff),
      confirmTwoFactor: (_root, args, context) => twoFactor.confirm(me(context).staff, args.code),
      disableTwoFactor: async (_root, args, context) => {
        const { staff } = me(context);
        await twoFactor.disableOwn(staff, args.code);
        return readModel.staff.get(staff.id)!;
      },
      disableStaffTwoFactor: async (_root, args, context) => {
        await twoFactor.disableFor(args.staffId, admin(context));
        return readModel.staff.get(args.staffId)!;
      },
      revokeSession: async (_root, args, context) => {
        const caller = me(context);
        const session = readModel.sessionById(args.sessionId);
        if (!session || (session.staffId !== caller.staff.id && !isAdmin(caller.staff)))
          throw identityError('IDENTITY_SESSION_NOT_FOUND');
        await sessions.revoke(session.staffId, session.sessionId, caller.staff.id);
        return true;
      },
      changeMyPassword: async (_root, args, context) => {
        const caller = me(context);
        await changes.changeOwnPassword(caller.staff, args.currentPassword, args.newPassword, args.commandId);
        // A new password ends every other session: whoever knew the old one is signed out everywhere.
        for (const session of readModel.sessionsOf(caller.staff.id))
          if (session.sessionId !== caller.session.sessionId)
            await sessions.revoke(caller.staff.id, session.sessionId, caller.staff.id);
        return true;
      },
      changeStaffRoles: (_root, args, context) =>
        changes.changeRoles(args.staffId, args.roles, admin(context), args.commandId),
    },
    StaffMember: {
      twoFactor: (staff, _args, context) => {
        const caller = access.identify(context);
        if (typeof caller === 'string' || (caller.staff.id !== staff.id && !isAdmin(caller.staff))) return null;
        const { secret, enabledAt, recoveryCodesLeft } = staff.twoFactor;
        return { enabled: secret !== null, enabledAt, recoveryCodesLeft };
      },
    },
  } satisfies Pick<Resolvers<IdentityContext>, 'Query' | 'Mutation' | 'StaffMember'>;
}
