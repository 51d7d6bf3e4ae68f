/**
 * `emailChatTranscript` through GraphQL on the emulator: the chat's visitor gets one mail per
 * transcript state and address, queued through the mailbox port; anyone else is refused.
 */
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { ProjectionRunner, type Actor } from '@deskstream/event-sourcing';
import type { AnswerMailbox, MailToSend } from './answer-mailbox';
import { ChatCommands } from './commands';
import { chatGraphql } from './chat-module';
import { chatProjection, createReferenceDeskReadModels, deskDirectoryProjection } from '@deskstream/chat-read-models';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The outbox as the port sees it: keeps what is queued, refuses a second command for the same mail id. */
class RecordingMailbox implements AnswerMailbox {
  readonly queued: { mail: MailToSend; commandId: string; actor: Actor }[] = [];
  async queue(mail: MailToSend, commandId: string, actor: Actor) {
    const same = this.queued.find((each) => each.mail.mailId === mail.mailId);
    if (same)
      return same.commandId === commandId
        ? { ok: true as const }
        : { ok: false as const, exists: true, message: 'exists' };
    this.queued.push({ mail, commandId, actor });
    return { ok: true as const };
  }
}

let store: RunningEmulator;
let client: EventStoreDBClient;
let runner: ProjectionRunner;
let app: FastifyInstance;
let commands: ChatCommands;
const mailbox = new RecordingMailbox();

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
  client = EventStoreDBClient.connectionString(store.url);
  // What identity publishes: a department with one agent online.
  const at = new Date().toISOString();
  await client.appendToStream('department-law', [
    jsonEvent({
      type: 'DepartmentOpened',
      data: { departmentId: 'law', name: { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' } },
    }),
  ]);
  await client.appendToStream('agent-s1', [
    jsonEvent({ type: 'StaffAccountCreated', data: { staffId: 's1', displayName: 'Sara Ahmadi' } }),
    jsonEvent({ type: 'AgentJoinedDepartment', data: { staffId: 's1', departmentId: 'law' } }),
    jsonEvent({ type: 'AgentWentOnline', data: { staffId: 's1', at } }),
  ]);
  const { chats, directory } = createReferenceDeskReadModels();
  runner = new ProjectionRunner(client, {
    projections: [deskDirectoryProjection(directory), chatProjection(chats)],
    logger: quiet,
  });
  await runner.start();
  await runner.waitUntilCaughtUp();
  commands = new ChatCommands(client, runner);

  app = Fastify();
  await app.register(mercurius, {
    schema: 'type Query { version: String } type Mutation { ping: Boolean } type Subscription { heartbeat: Boolean }',
    subscription: true,
    context: (request) => ({ clientAddress: request.ip }),
  });
  await app.register(chatGraphql, { store: client, runner, readModel: chats, directory, mailbox });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await runner?.stop();
  await client?.dispose();
  await store?.stop();
});

async function gql(query: string, variables: Record<string, unknown>) {
  const response = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  return response.json() as {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    data?: Record<string, any>;
    errors?: { extensions?: { code?: string; reason?: string } }[];
  };
}

const REQUEST = 'mutation ($input: ChatRequestInput!) { requestChat(input: $input) { id } }';
const SAY =
  'mutation ($c: ID!, $t: String!, $id: ID!, $text: String!) { sendVisitorMessage(chatId: $c, visitorToken: $t, clientMessageId: $id, text: $text) { id } }';
const MAIL =
  'mutation ($c: ID!, $t: String!, $e: String!) { emailChatTranscript(chatId: $c, visitorToken: $t, email: $e) { mailId to } }';

describe('emailChatTranscript', () => {
  it('queues the transcript for the visitor once per transcript and address, and refuses anyone else', async () => {
    const token = randomBytes(32).toString('base64url');
    const started = await gql(REQUEST, {
      input: {
        departmentId: 'law',
        name: 'Reza Karimi',
        email: 'reza.karimi@example.ir',
        question: 'Can a guest borrow <i>books</i>?',
        visitorToken: token,
      },
    });
    const chatId = started.data!.requestChat.id as string;
    const accepted = await commands.chat(
      { type: 'AcceptChat', data: { chatId, agent: { id: 's1', name: 'Sara Ahmadi' }, at: new Date().toISOString() } },
      'accept-1',
      { kind: 'staff', id: 's1' },
    );
    expect(accepted.ok).toBe(true);
    await commands.chat(
      {
        type: 'PostAgentMessage',
        data: {
          chatId,
          agent: { id: 's1', name: 'Sara Ahmadi' },
          messageId: 'm-agent-1',
          clientMessageId: 'client-agent-1',
          text: 'Yes, with a guest card.',
          at: new Date().toISOString(),
        },
      },
      'agent-message-1',
      { kind: 'staff', id: 's1' },
    );

    const first = await gql(MAIL, { c: chatId, t: token, e: 'reza.karimi@example.ir' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.emailChatTranscript.to).toBe('reza.karimi@example.ir');
    expect(mailbox.queued).toHaveLength(1);
    const [{ mail, actor }] = mailbox.queued as [(typeof mailbox.queued)[number]];
    expect(mail.mailId).toBe(first.data!.emailChatTranscript.mailId);
    expect(mail.purpose).toEqual({ kind: 'chat-transcript', id: chatId, departmentId: 'law' });
    expect(actor).toEqual({ kind: 'visitor', id: chatId });
    expect(mail.text).toContain('your chat with Law');
    expect(mail.text).toContain('Can a guest borrow <i>books</i>?');
    expect(mail.text).toContain('— Sara Ahmadi has joined the chat —');
    expect(mail.text).toContain('Yes, with a guest card.');

    // Pressed again: the same mail, nothing new queued. After another message: a fresh copy.
    const again = await gql(MAIL, { c: chatId, t: token, e: 'Reza.Karimi@example.ir' });
    expect(again.data!.emailChatTranscript.mailId).toBe(first.data!.emailChatTranscript.mailId);
    expect(mailbox.queued).toHaveLength(1);
    expect((await gql(SAY, { c: chatId, t: token, id: 'v-1', text: 'Thank you!' })).errors).toBeUndefined();
    const later = await gql(MAIL, { c: chatId, t: token, e: 'reza.karimi@example.ir' });
    expect(later.data!.emailChatTranscript.mailId).not.toBe(first.data!.emailChatTranscript.mailId);
    expect(mailbox.queued).toHaveLength(2);
    expect(mailbox.queued[1]!.mail.text).toContain('Thank you!');

    // Someone else's token, a bad address, an unknown chat: clear errors, nothing queued.
    const stranger = randomBytes(32).toString('base64url');
    expect((await gql(MAIL, { c: chatId, t: stranger, e: 'x@example.ir' })).errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'CHAT_VISITOR_TOKEN_INVALID',
    });
    expect((await gql(MAIL, { c: chatId, t: token, e: 'not an address' })).errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_EMAIL_INVALID',
    });
    expect((await gql(MAIL, { c: 'no-such-chat', t: token, e: 'x@example.ir' })).errors?.[0]?.extensions).toEqual({
      code: 'NOT_FOUND',
      reason: 'CHAT_NOT_FOUND',
    });
    expect(mailbox.queued).toHaveLength(2);
  });

  it('mails only the address the visitor gave when starting the chat, never any other', async () => {
    const token = randomBytes(32).toString('base64url');
    const started = await gql(REQUEST, {
      input: {
        departmentId: 'law',
        name: 'Reza Karimi',
        email: ' Reza@Example.ir ',
        question: 'Opening hours?',
        visitorToken: token,
      },
    });
    const chatId = started.data!.requestChat.id as string;
    const queued = mailbox.queued.length;
    const refused = { code: 'VALIDATION_ERROR', reason: 'CHAT_TRANSCRIPT_EMAIL_NOT_GIVEN' };
    for (const other of ['victim@example.org', 'reza@example.ir.example.org', 'reza+1@example.ir']) {
      expect((await gql(MAIL, { c: chatId, t: token, e: other })).errors?.[0]?.extensions).toEqual(refused);
    }
    expect(mailbox.queued).toHaveLength(queued);
    const own = await gql(MAIL, { c: chatId, t: token, e: 'REZA@example.IR' });
    expect(own.data!.emailChatTranscript.to).toBe('Reza@Example.ir');
    expect(mailbox.queued.at(-1)!.mail.to).toBe('Reza@Example.ir');

    // A chat started without an address has no transcript mail at all.
    const anonymous = randomBytes(32).toString('base64url');
    const withoutEmail = await gql(REQUEST, {
      input: { departmentId: 'law', name: 'Mina', question: 'Hello?', visitorToken: anonymous },
    });
    const anonymousChat = withoutEmail.data!.requestChat.id as string;
    expect((await gql(MAIL, { c: anonymousChat, t: anonymous, e: 'mina@example.ir' })).errors?.[0]?.extensions).toEqual(
      refused,
    );
    expect(mailbox.queued).toHaveLength(queued + 1);
  });
});
