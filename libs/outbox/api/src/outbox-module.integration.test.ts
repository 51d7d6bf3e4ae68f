/**
 * Outbox reads are scoped like the chats they came from, through Mercurius, the real client and
 * the emulator: an agent reads the mail of their departments only, supervisors and admins all of
 * it, and a mail that names no department (older mail) is for supervisors and admins only.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import mercurius from 'mercurius';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import type { RunningEmulator } from '@deskstream/esdb-emulator';
import type { AccessContext, SignedInStaff, StaffDirectory } from '@deskstream/access';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import { ROOT_TYPE_DEFS } from '@deskstream/graphql-types';
import { OutboxReadModel, outboxProjection } from '@deskstream/outbox-read-models';
import { Mailbox } from './mailbox';
import { OutboxCommands } from './outbox-commands';
import { outboxGraphql } from './outbox-module';
import { eventually, startStore } from './test-support/outbox-on-emulator';

const STAFF: Record<string, SignedInStaff> = {
  minh: { id: 'minh', displayName: 'Minh', roles: ['AGENT'], departmentIds: ['engineering'], sessionId: 's-minh' },
  sara: {
    id: 'sara',
    displayName: 'Sara',
    roles: ['AGENT'],
    departmentIds: ['humanities', 'law'],
    sessionId: 's-sara',
  },
  yuki: {
    id: 'yuki',
    displayName: 'Yuki',
    roles: ['AGENT', 'SUPERVISOR'],
    departmentIds: ['medicine'],
    sessionId: 's-yuki',
  },
  admin: { id: 'admin', displayName: 'Admin', roles: ['ADMIN'], departmentIds: [], sessionId: 's-admin' },
};
const directory: StaffDirectory = {
  identify: (authorization) => STAFF[authorization?.replace(/^Bearer /, '') ?? ''] ?? 'NOT_SIGNED_IN',
};

let store: RunningEmulator;
let client: EventStoreDBClient;
let runner: ProjectionRunner;
let app: FastifyInstance;
const readModel = new OutboxReadModel();

beforeAll(async () => {
  store = await startStore();
  client = EventStoreDBClient.connectionString(store.url);
  runner = new ProjectionRunner(client, {
    projections: [outboxProjection(readModel)],
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
  await runner.start();
  app = Fastify();
  await app.register(mercurius, {
    schema: ROOT_TYPE_DEFS,
    context: (request: FastifyRequest): AccessContext => ({
      authorization: request.headers.authorization,
      staffDirectory: directory,
    }),
  });
  await app.register(outboxGraphql, { store: client, runner, readModel });
  await app.ready();

  const mailbox = new Mailbox(new OutboxCommands(client, runner));
  const mail = {
    to: 'reza.karimi@example.ir',
    subject: 'Your chat transcript',
    text: 'Card number 6037 9911 2233 4455',
  };
  const system = { kind: 'system' as const, id: 'test' };
  await mailbox.queue(
    {
      ...mail,
      mailId: 'transcript-humanities',
      purpose: { kind: 'chat-transcript', id: 'c-1', departmentId: 'humanities' },
    },
    'q-1',
    system,
  );
  await mailbox.queue(
    {
      ...mail,
      mailId: 'answer-engineering',
      purpose: { kind: 'offline-question', id: 'q-2', departmentId: 'engineering' },
    },
    'q-2',
    system,
  );
  // A mail queued before mail named its department: the event as it was written then.
  await client.appendToStream('mail-transcript-older', [
    jsonEvent({
      type: 'MailQueued',
      data: {
        ...mail,
        mailId: 'transcript-older',
        purpose: { kind: 'chat-transcript', id: 'c-0' },
        maxAttempts: 6,
        queuedAt: '2026-11-30T09:00:00.000Z',
      },
    }),
  ]);
  await eventually(() => readModel.mail('transcript-older') !== undefined);
});
afterAll(async () => {
  await app?.close();
  await runner?.stop();
  await client?.dispose();
  await store?.stop();
});

async function gql(query: string, variables: Record<string, unknown>, who: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { authorization: `Bearer ${who}` },
    payload: { query, variables },
  });
  return response.json() as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
}

const ONE = 'query ($id: ID!) { outboxMail(id: $id) { id to text purpose { kind id } } }';
const ALL = '{ outboxMails { id } }';
const ids = async (who: string) =>
  ((await gql(ALL, {}, who)).data!.outboxMails as { id: string }[]).map((mail) => mail.id).sort();

describe('reading a mail by id', () => {
  it('is refused to an agent of another department, as the chat it came from is', async () => {
    const result = await gql(ONE, { id: 'transcript-humanities' }, 'minh');
    expect(result.data).toEqual({ outboxMail: null });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'ACCESS_DEPARTMENT_REQUIRED' });
  });

  it('is allowed to an agent of its department, and to supervisors and admins', async () => {
    for (const who of ['sara', 'yuki', 'admin']) {
      expect((await gql(ONE, { id: 'transcript-humanities' }, who)).data).toEqual({
        outboxMail: {
          id: 'transcript-humanities',
          to: 'reza.karimi@example.ir',
          text: 'Card number 6037 9911 2233 4455',
          purpose: { kind: 'chat-transcript', id: 'c-1' },
        },
      });
    }
  });

  it('of a mail that names no department, is for supervisors and admins only', async () => {
    expect((await gql(ONE, { id: 'transcript-older' }, 'sara')).errors?.[0]?.extensions?.reason).toBe(
      'ACCESS_DEPARTMENT_REQUIRED',
    );
    expect((await gql(ONE, { id: 'transcript-older' }, 'yuki')).data).toMatchObject({
      outboxMail: { id: 'transcript-older' },
    });
  });
});

describe('listing mail', () => {
  it('shows an agent the mail of their departments only, supervisors and admins all of it', async () => {
    expect(await ids('minh')).toEqual(['answer-engineering']);
    expect(await ids('sara')).toEqual(['transcript-humanities']);
    expect(await ids('yuki')).toEqual(['answer-engineering', 'transcript-humanities', 'transcript-older']);
    expect(await ids('admin')).toEqual(['answer-engineering', 'transcript-humanities', 'transcript-older']);
  });
});
