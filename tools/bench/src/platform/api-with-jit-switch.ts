/**
 * The api composed as `buildApp` composes it (one client, one projection runner, Mercurius with
 * identity's GraphQL module, health routes), except that Mercurius's JIT can be switched off:
 * `buildApp` always turns it on. On a cached query (the benchmark sends one query over and over)
 * the request path is the same as the product's; the product's query-shape limits and error
 * formatter only run when a query is first validated or fails, so they are left out here.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import { EventStoreDBClient } from '@eventstore/db-client';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import { identityGraphql, identityStaffDirectory, type CallerContext } from '@deskstream/identity-api';
import { IdentityReadModel, identityProjection } from '@deskstream/identity-read-models';
import type { AccessContext } from '@deskstream/access';
import type { FastifyRequest } from 'fastify';

const ROOT_SCHEMA = /* GraphQL */ `
  type Query {
    apiVersion: String!
  }
  type Mutation {
    ping: Boolean!
  }
  type Subscription {
    heartbeat: Boolean
  }
`;

export interface ApiWithJitSwitch {
  app: FastifyInstance;
  waitUntilCaughtUp(): Promise<void>;
}

/** `jit`: Mercurius's option, the number of runs of a query before it is compiled; 0 never compiles. */
export async function buildApiWithJitSwitch(eventStoreUrl: string, jit: number): Promise<ApiWithJitSwitch> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, return503OnClosing: true, forceCloseConnections: true });
  const client = EventStoreDBClient.connectionString(eventStoreUrl);
  const readModel = new IdentityReadModel();
  const runner = new ProjectionRunner(client, { projections: [identityProjection(readModel)], logger: silentLogger });
  const staffDirectory = identityStaffDirectory(readModel);

  await app.register(mercurius, {
    schema: ROOT_SCHEMA,
    resolvers: { Query: { apiVersion: () => '0.1.0' }, Mutation: { ping: () => true } },
    jit,
    path: '/graphql',
    context: (request: FastifyRequest): CallerContext & AccessContext => ({
      authorization: request.headers.authorization,
      clientAddress: request.ip,
      staffDirectory,
    }),
    subscription: {
      onConnect: ({ payload }: { payload?: Record<string, unknown> }): CallerContext & AccessContext => ({
        authorization: typeof payload?.authorization === 'string' ? payload.authorization : undefined,
        staffDirectory,
      }),
    },
  });
  await app.register(identityGraphql, { store: client, runner, readModel });
  app.get('/health/ready', async (_request, reply) =>
    runner.status().caughtUp ? { status: 'ready' } : reply.code(503).send({ status: 'catching up' }),
  );
  app.addHook('onReady', () => runner.start());
  app.addHook('onClose', async () => {
    await runner.stop();
    await client.dispose();
  });
  return { app, waitUntilCaughtUp: () => runner.waitUntilCaughtUp() };
}

const silentLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
