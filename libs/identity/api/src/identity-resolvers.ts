/** Identity's resolvers, typed from the generated schema types: sign-in, the caller, departments and presence. */
import type { MercuriusContext } from 'mercurius';
import { commandError, type AccessContext } from '@deskstream/access';
import type { Resolvers } from '@deskstream/graphql-types';
import { IDENTITY_ERRORS, ROLES_FOR, isCommandId } from '@deskstream/identity-domain';
import type { IdentityReadModel } from '@deskstream/identity-read-models';
import type { IdentityCommands } from './identity-commands';
import { PRESENCE_CHANGED } from './presence-feed';
import { identityError, userAgentOf, type CallerContext, type StaffAccess } from './staff-access';
import type { StaffSessions } from './staff-sessions';

export type IdentityContext = MercuriusContext & AccessContext & CallerContext;

export interface IdentityResolverDeps {
  readModel: IdentityReadModel;
  access: StaffAccess;
  commands: IdentityCommands;
  sessions: StaffSessions;
  now: () => Date;
}

export function identityResolvers({ readModel, access, commands, sessions, now }: IdentityResolverDeps) {
  const presenceChanged = {
    subscribe: async (_root: unknown, _args: unknown, context: IdentityContext) => {
      access.require(context, ROLES_FOR.seeWhoIsOnline);
      return context.pubsub.subscribe(PRESENCE_CHANGED);
    },
    // Everyone the role check lets in sees the same board: the api executes and serialises it once per change.
    extensions: { sharedPush: true },
  };

  return {
    Query: {
      me: (_root, _args, context) => {
        const caller = access.identify(context);
        return typeof caller === 'string' ? null : caller.staff;
      },
      departments: () => [...readModel.departments.values()],
      onlineAgents: (_root, _args, context) => {
        access.require(context, ROLES_FOR.seeWhoIsOnline);
        return [...readModel.onlineAgents()];
      },
    },
    Mutation: {
      signIn: (_root, args, context) =>
        sessions.signIn(args.username, args.password, context.clientAddress ?? 'unknown', userAgentOf(context)),
      signOut: async (_root, _args, context) => {
        await sessions.signOut(access.require(context, ROLES_FOR.anyStaff));
        return true;
      },
      setPresence: async (_root, args, context) => {
        const { staff, session } = access.require(context, ROLES_FOR.goOnlineOrOffline);
        if (!isCommandId(args.commandId)) throw identityError('IDENTITY_COMMAND_ID_INVALID');
        const outcome = await commands.staff(
          {
            type: 'SetPresence',
            data: { staffId: staff.id, sessionId: session.sessionId, status: args.status, at: now().toISOString() },
          },
          `presence-${staff.id}-${args.commandId}`,
          { kind: 'staff', id: staff.id },
        );
        if (!outcome.ok) throw commandError(IDENTITY_ERRORS, outcome.error);
        return readModel.staff.get(staff.id)!;
      },
    },
    Subscription: { presenceChanged },
    StaffMember: {
      presence: (staff) => (staff.onlineSince === null ? 'OFFLINE' : 'ONLINE'),
      departments: (staff) => staff.departmentIds.flatMap((id) => readModel.departments.get(id) ?? []),
    },
    DepartmentPresence: {
      agents: (presence) => presence.agents,
    },
  } satisfies Pick<
    Resolvers<IdentityContext>,
    'Query' | 'Mutation' | 'Subscription' | 'StaffMember' | 'DepartmentPresence'
  >;
}
