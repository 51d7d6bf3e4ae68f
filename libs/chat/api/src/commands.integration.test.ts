/** Chat's commands on the emulator through the real client and runner: one winner, nothing written twice, replayed whole. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient } from '@eventstore/db-client';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { ProjectionRunner } from '@deskstream/event-sourcing';
import { ChatCommands } from './commands';
import { chatProjection, createReferenceDeskReadModels, deskDirectoryProjection } from '@deskstream/chat-read-models';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
let store: RunningEmulator;
const open: { runner: ProjectionRunner; client: EventStoreDBClient }[] = [];

beforeAll(async () => {
  store = await startEmulator({ memDb: true, port: 0 });
});
afterAll(async () => {
  for (const { runner, client } of open) {
    await runner.stop();
    await client.dispose();
  }
  await store.stop();
});

async function process() {
  const client = EventStoreDBClient.connectionString(store.url);
  const models = createReferenceDeskReadModels();
  const runner = new ProjectionRunner(client, {
    projections: [deskDirectoryProjection(models.directory), chatProjection(models.chats)],
    logger: quiet,
  });
  await runner.start();
  await runner.waitUntilCaughtUp();
  open.push({ runner, client });
  return { ...models, commands: new ChatCommands(client, runner) };
}

const at = () => new Date().toISOString();
const visitorActor = { kind: 'visitor' as const, id: 'c1' };

describe('chat commands on the store', () => {
  it('give a chat to one of two agents accepting at once, write a retried message once, and replay whole', async () => {
    const first = await process();
    const request = await first.commands.chat(
      {
        type: 'RequestChat',
        data: {
          chatId: 'c1',
          departmentId: 'law',
          visitor: { name: 'Reza', email: null },
          firstQuestion: 'q',
          visitorTokenHash: 'h',
          agentsOnline: 1,
          at: at(),
        },
      },
      'request-c1',
      visitorActor,
    );
    expect(request.ok).toBe(true);

    const accepts = await Promise.all(
      ['s1', 's2'].map((id) =>
        first.commands.chat(
          { type: 'AcceptChat', data: { chatId: 'c1', agent: { id, name: id }, at: at() } },
          `accept-c1-${id}`,
          { kind: 'staff', id },
        ),
      ),
    );
    expect(accepts.filter((outcome) => outcome.ok)).toHaveLength(1);
    const lost = accepts.find((outcome) => !outcome.ok);
    expect(lost && !lost.ok && lost.error.code).toMatch(/^(CHAT_ALREADY_ACCEPTED|CONFLICT)$/);

    const say = () =>
      first.commands.chat(
        {
          type: 'PostVisitorMessage',
          data: {
            chatId: 'c1',
            visitorTokenHash: 'h',
            messageId: 'm1',
            clientMessageId: 'client-m1',
            text: 'hello',
            at: at(),
          },
        },
        'message-c1-m1',
        visitorActor,
      );
    await say();
    await say();
    expect(first.chats.chat('c1')!.transcript.filter((entry) => entry.text === 'hello')).toHaveLength(1);

    const second = await process();
    expect(second.chats.chat('c1')!.transcript.map((entry) => entry.text)).toEqual(
      first.chats.chat('c1')!.transcript.map((entry) => entry.text),
    );
    expect(second.chats.chat('c1')!.status).toBe('ACTIVE');
  });
});
