/**
 * Saved replies through chat's GraphQL module on the emulator, with the real client and runner:
 * who may read and edit them, a retried add written once, and a second process replaying them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import { EventStoreDBClient } from '@eventstore/db-client';
import type { SignedInStaff, StaffDirectory } from '@deskstream/access';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import { chatGraphql } from './chat-module';
import { chatProjection, createReferenceDeskReadModels } from '@deskstream/chat-read-models';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const STAFF: Record<string, SignedInStaff> = {
  sara: {
    id: 'agent-sara',
    displayName: 'Sara Ahmadi',
    roles: ['AGENT'],
    departmentIds: ['humanities'],
    sessionId: 's1',
  },
  minh: { id: 'agent-minh', displayName: 'Minh Nguyen', roles: ['AGENT'], departmentIds: ['law'], sessionId: 's2' },
  mina: { id: 'sup-mina', displayName: 'Mina Rahimi', roles: ['SUPERVISOR'], departmentIds: [], sessionId: 's3' },
  product: {
    id: 'prod-ali',
    displayName: 'Ali Product',
    roles: ['PRODUCT'],
    departmentIds: ['humanities'],
    sessionId: 's4',
  },
};
const staffDirectory: StaffDirectory = {
  identify: (authorization) => STAFF[authorization?.replace(/^Bearer /, '') ?? ''] ?? 'NOT_SIGNED_IN',
};

let store: RunningEmulator;
const open: { app: FastifyInstance; runner: ProjectionRunner; client: EventStoreDBClient }[] = [];

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
});
afterAll(async () => {
  for (const { app, runner, client } of open) {
    await app.close();
    await runner.stop();
    await client.dispose();
  }
  await store.stop();
});

/** One api process: its own read models from the shared store, chat's GraphQL module on Mercurius. */
async function apiProcess() {
  const client = EventStoreDBClient.connectionString(store.url);
  const { chats, directory } = createReferenceDeskReadModels();
  for (const departmentId of ['humanities', 'law']) {
    directory.apply({
      type: 'DepartmentOpened',
      data: { departmentId, name: { fa: departmentId, en: departmentId, ja: departmentId, vi: departmentId } },
    });
  }
  const runner = new ProjectionRunner(client, { projections: [chatProjection(chats)], logger: quiet });
  await runner.start();
  await runner.waitUntilCaughtUp();
  const app = Fastify();
  await app.register(mercurius, {
    schema: 'type Query { version: String } type Mutation { ping: Boolean } type Subscription { heartbeat: Boolean }',
    context: (request) => ({ authorization: request.headers.authorization, staffDirectory }),
    subscription: true,
  });
  await app.register(chatGraphql, {
    store: client,
    runner,
    readModel: chats,
    directory,
    mailbox: { queue: async () => ({ ok: true }) },
  });
  await app.ready();
  open.push({ app, runner, client });

  return async function gql(who: string, query: string, variables: Record<string, unknown> = {}) {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${who}` },
      payload: { query, variables },
    });
    return response.json() as {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      data?: Record<string, any> | null;
      errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
    };
  };
}

const LIST =
  'query ($d: ID!) { savedReplies(departmentId: $d) { id departmentId title text updatedAt updatedBy { id name } } }';
const SAVE = `mutation ($d: ID!, $r: ID, $title: String!, $text: String!, $c: ID!) {
  saveSavedReply(departmentId: $d, replyId: $r, title: $title, text: $text, commandId: $c) { id title text updatedBy { name } }
}`;
const REMOVE =
  'mutation ($d: ID!, $r: ID!, $c: ID!) { removeSavedReply(departmentId: $d, replyId: $r, commandId: $c) }';

const codeOf = (result: { errors?: { extensions?: { code?: string; reason?: string } }[] }) =>
  result.errors?.[0]?.extensions;

describe('saved replies over GraphQL', () => {
  it('are edited by supervisors, read by the department’s agents, written once when retried, and replayed whole', async () => {
    const gql = await apiProcess();
    expect((await gql('sara', LIST, { d: 'humanities' })).data?.['savedReplies']).toEqual([]);

    const hours = {
      d: 'humanities',
      title: 'Opening hours',
      text: 'We are open **8–20**, see [hours](https://library.example/hours).',
      c: 'cmd-1',
    };
    expect(codeOf(await gql('sara', SAVE, hours))).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCESS_ROLE_REQUIRED' });

    const first = await gql('mina', SAVE, hours);
    const again = await gql('mina', SAVE, hours);
    expect(first.errors).toBeUndefined();
    expect(first.data?.['saveSavedReply']).toMatchObject({
      title: 'Opening hours',
      updatedBy: { name: 'Mina Rahimi' },
    });
    expect(again.data?.['saveSavedReply'].id).toBe(first.data?.['saveSavedReply'].id);
    const replyId = first.data?.['saveSavedReply'].id as string;

    await gql('mina', SAVE, { d: 'humanities', title: 'Borrowing', text: 'Ten books for two weeks.', c: 'cmd-2' });
    expect(
      codeOf(await gql('mina', SAVE, { d: 'humanities', title: 'opening HOURS', text: 'x', c: 'cmd-3' })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'CHAT_SAVED_REPLY_TITLE_TAKEN',
    });
    const revised = await gql('mina', SAVE, {
      d: 'humanities',
      r: replyId,
      title: 'Opening hours',
      text: 'Open 8–22 during exams.',
      c: 'cmd-4',
    });
    expect(revised.data?.['saveSavedReply']).toMatchObject({ id: replyId, text: 'Open 8–22 during exams.' });

    const seen = await gql('sara', LIST, { d: 'humanities' });
    expect(seen.data?.['savedReplies'].map((reply: { title: string }) => reply.title)).toEqual([
      'Borrowing',
      'Opening hours',
    ]);

    expect(codeOf(await gql('minh', LIST, { d: 'humanities' }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DEPARTMENT_REQUIRED',
    });
    expect(codeOf(await gql('product', LIST, { d: 'humanities' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(codeOf(await gql('mina', LIST, { d: 'nowhere' }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'CHAT_DEPARTMENT_NOT_FOUND',
    });
    expect(
      codeOf(await gql('mina', SAVE, { d: 'humanities', r: 'no-such-reply', title: 'T', text: 'x', c: 'cmd-5' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'CHAT_SAVED_REPLY_NOT_FOUND',
    });
    expect(codeOf(await gql('mina', SAVE, { d: 'humanities', title: '', text: 'x', c: 'cmd-6' }))).toMatchObject({
      code: 'VALIDATION_ERROR',
    });

    expect(codeOf(await gql('sara', REMOVE, { d: 'humanities', r: replyId, c: 'rm-1' }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await gql('mina', REMOVE, { d: 'humanities', r: replyId, c: 'rm-1' })).data?.['removeSavedReply']).toBe(
      true,
    );
    expect((await gql('mina', REMOVE, { d: 'humanities', r: replyId, c: 'rm-1' })).data?.['removeSavedReply']).toBe(
      true,
    );
    expect(codeOf(await gql('mina', REMOVE, { d: 'humanities', r: replyId, c: 'rm-2' }))).toMatchObject({
      code: 'NOT_FOUND',
    });

    const later = await apiProcess();
    const replayed = await later('sara', LIST, { d: 'humanities' });
    expect(replayed.data?.['savedReplies']).toEqual(
      (await gql('sara', LIST, { d: 'humanities' })).data?.['savedReplies'],
    );
    expect(replayed.data?.['savedReplies'].map((reply: { title: string }) => reply.title)).toEqual(['Borrowing']);
  });
});
