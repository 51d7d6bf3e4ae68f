/**
 * Tickets from the desk's other channels through the real api, store and runner: a chat and an
 * offline question become tickets, and a ticket's question and reply start a knowledge-base draft.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventStoreDBClient } from '@eventstore/db-client';
import { startTestApi, type TestApi } from './testing/harness';
import { ACCEPT, SEND_AGENT, goOffline, goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let admin: string;
let sara: string;
let minh: string;

beforeAll(async () => {
  api = await startTestApi();
  [admin, sara, minh] = await Promise.all([
    api.signIn('admin', 'deskstream-admin'),
    api.signIn('sara', 'deskstream-agent'),
    api.signIn('minh', 'deskstream-agent'),
  ]);
}, 60_000);
afterAll(() => api?.close());

const TICKET = `id number subject status channel department { id }
  requester { name email language contactMethod }
  timeline { kind text via attachments { hash filename contentType size url } }`;
const FROM_CHAT = `mutation ($id: ID!, $c: ID!) { ticketFromChat(chatId: $id, commandId: $c) { ${TICKET} } }`;
const FROM_QUESTION = `mutation ($id: ID!, $c: ID!) { ticketFromOfflineQuestion(questionId: $id, commandId: $c) { ${TICKET} } }`;
const ASK = 'mutation ($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id } }';
type Entry = { kind: string; text: string | null; attachments: unknown[] };

/** The event that opened a ticket, as the store holds it. */
async function openedEvent(ticketId: string): Promise<Record<string, unknown>> {
  const client = EventStoreDBClient.connectionString(api.store.url);
  try {
    for await (const resolved of client.readStream(`ticket-${ticketId}`, { maxCount: 1 }))
      return resolved.event!.data as Record<string, unknown>;
    throw new Error('no events');
  } finally {
    await client.dispose();
  }
}

describe('an offline question', () => {
  it('becomes a ticket with the question’s text and the visitor’s contact', async () => {
    await goOffline(api.gql, sara);
    const question = 'شرایط عضویت مهمان در کتابخانه چیست؟';
    const asked = await api.gql(ASK, {
      input: {
        clientRequestId: 'source-q-1',
        departmentId: 'law',
        name: 'رضا کریمی',
        email: 'reza.karimi@example.ir',
        question,
        locale: 'fa',
      },
    });
    expect(asked.errors).toBeUndefined();
    const questionId = asked.data!.askOfflineQuestion.id as string;
    const made = await api.gql(FROM_QUESTION, { id: questionId, c: 'from-q-1' }, sara);
    expect(made.errors).toBeUndefined();
    const ticket = made.data!.ticketFromOfflineQuestion;
    expect(ticket).toMatchObject({
      subject: question,
      channel: 'OFFLINE_QUESTION',
      department: { id: 'law' },
      requester: { name: 'رضا کریمی', email: 'reza.karimi@example.ir', language: 'fa', contactMethod: 'EMAIL' },
    });
    expect(ticket.timeline.find((entry: Entry) => entry.kind === 'MESSAGE')).toMatchObject({
      text: question,
      via: 'OFFLINE_QUESTION',
    });
    expect(await openedEvent(ticket.id)).toMatchObject({ origin: { kind: 'offline-question', id: questionId } });
    const again = await api.gql(FROM_QUESTION, { id: questionId, c: 'from-q-1' }, sara);
    expect(again.data!.ticketFromOfflineQuestion).toMatchObject({ id: ticket.id, number: ticket.number });
    // An agent of another department may not take it; an unknown question is refused clearly.
    const foreign = await api.gql(FROM_QUESTION, { id: questionId, c: 'from-q-minh' }, minh);
    expect(foreign.errors?.[0]?.extensions?.reason).toBe('ACCESS_DEPARTMENT_REQUIRED');
    const missing = await api.gql(FROM_QUESTION, { id: 'no-such-question', c: 'from-q-2' }, sara);
    expect(missing.errors?.[0]?.extensions?.reason).toBe('TICKET_SOURCE_NOT_FOUND');
  });
});

describe('a chat', () => {
  it('becomes one ticket carrying its transcript and its origin, however often it is asked', async () => {
    await goOnline(api.gql, sara);
    const reza = visitor(api.gql, 'Reza Karimi');
    const chatId = await reza.startChat('law', 'How do I renew a loan from home?', 'reza@example.org', 'vi');
    expect((await api.gql(ACCEPT, { chatId }, sara)).errors).toBeUndefined();
    expect(
      (await api.gql(SEND_AGENT, { chatId, id: 'agent-1', text: 'Open “My loans” and press Renew.' }, sara)).errors,
    ).toBeUndefined();
    expect((await reza.say(chatId, 'It worked, thank you!')).errors).toBeUndefined();

    const [first, second] = await Promise.all([
      api.gql(FROM_CHAT, { id: chatId, c: 'from-chat-1' }, sara),
      api.gql(FROM_CHAT, { id: chatId, c: 'from-chat-1' }, sara),
    ]);
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    const ticket = first.data!.ticketFromChat;
    expect(second.data!.ticketFromChat).toMatchObject({ id: ticket.id, number: ticket.number });
    expect(ticket).toMatchObject({
      subject: 'How do I renew a loan from home?',
      channel: 'CHAT',
      department: { id: 'law' },
      // Replies are worded in the language of the page the chat was started on.
      requester: { name: 'Reza Karimi', email: 'reza@example.org', language: 'vi', contactMethod: 'EMAIL' },
    });
    // Without an attachment store the transcript is the first message itself.
    const message = ticket.timeline.find((entry: Entry) => entry.kind === 'MESSAGE');
    const carried = [message.text, ...message.attachments.map((file: { filename: string }) => file.filename)].join(
      '\n',
    );
    for (const line of [
      'How do I renew a loan from home?',
      'Open “My loans” and press Renew.',
      'It worked, thank you!',
    ])
      expect(carried).toContain(line);
    expect(await openedEvent(ticket.id)).toMatchObject({ origin: { kind: 'chat', id: chatId } });
    const list = await api.gql(
      'query ($f: TicketFilter) { tickets(filter: $f) { totalCount } }',
      {
        f: { query: 'renew a loan from home' },
      },
      sara,
    );
    expect(list.data!.tickets.totalCount).toBe(1);
  });

  it('attaches the transcript as a text file when the desk keeps attachments', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tickets-sources-'));
    const kept = await startTestApi({ tickets: { dataDir } });
    try {
      const agent = await kept.signIn('sara', 'deskstream-agent');
      await goOnline(kept.gql, agent);
      const lan = visitor(kept.gql, 'Lan Nguyen');
      const chatId = await lan.startChat('law', 'Can I borrow a thesis?', 'lan@example.org');
      expect((await kept.gql(ACCEPT, { chatId }, agent)).errors).toBeUndefined();
      expect(
        (await kept.gql(SEND_AGENT, { chatId, id: 'a-1', text: 'Yes, for a week.' }, agent)).errors,
      ).toBeUndefined();
      const made = await kept.gql(FROM_CHAT, { id: chatId, c: 'kept-1' }, agent);
      expect(made.errors).toBeUndefined();
      const message = made.data!.ticketFromChat.timeline.find((entry: Entry) => entry.kind === 'MESSAGE');
      expect(message.text).toBe('Can I borrow a thesis?');
      expect(message.attachments).toEqual([
        expect.objectContaining({
          filename: `chat-${chatId.slice(0, 8)}.txt`,
          contentType: expect.stringMatching(/^text\/plain/),
        }),
      ]);
      const file = await kept.app.inject({
        method: 'GET',
        url: message.attachments[0].url,
        headers: { authorization: `Bearer ${agent}` },
      });
      expect(file.statusCode).toBe(200);
      expect(file.body).toContain('Can I borrow a thesis?');
      expect(file.body).toContain('Yes, for a week.');
    } finally {
      await kept.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a knowledge-base draft', () => {
  it('starts from the ticket’s question and reply, once per command', async () => {
    const OPEN = `mutation ($input: OpenTicketInput!, $c: ID!) { openTicket(input: $input, commandId: $c) { id } }`;
    const opened = await api.gql(
      OPEN,
      {
        input: {
          channel: 'PHONE',
          requester: { name: 'Lan', email: 'lan@example.org', language: 'vi', contactMethod: 'EMAIL' },
          requesterType: 'patron',
          departmentId: 'law',
          subject: 'Printing from the reading room',
          text: 'How can I print a case file in the reading room?',
        },
        c: 'kb-open',
      },
      sara,
    );
    const ticketId = opened.data!.openTicket.id as string;
    const DRAFT = 'mutation ($id: ID!, $c: ID!) { draftArticleFromTicket(ticketId: $id, commandId: $c) }';
    const early = await api.gql(DRAFT, { id: ticketId, c: 'kb-early' }, sara);
    expect(early.errors?.[0]?.extensions?.reason).toBe('TICKET_NOTHING_TO_DRAFT');
    await api.gql(
      'mutation ($id: ID!, $t: String!, $c: ID!) { replyToTicket(ticketId: $id, text: $t, commandId: $c) { id } }',
      { id: ticketId, t: 'Send it to the printer named READING-1 and pay at the desk.', c: 'kb-reply' },
      sara,
    );
    const drafted = await api.gql(DRAFT, { id: ticketId, c: 'kb-draft' }, sara);
    expect(drafted.errors).toBeUndefined();
    const articleId = drafted.data!.draftArticleFromTicket as string;
    expect((await api.gql(DRAFT, { id: ticketId, c: 'kb-draft' }, sara)).data!.draftArticleFromTicket).toBe(articleId);
    const article = await api.gql(
      'query ($id: ID!) { editableArticle(id: $id) { id status latest { title body locale } } }',
      { id: articleId },
      admin,
    );
    expect(article.errors).toBeUndefined();
    expect(article.data!.editableArticle).toMatchObject({
      id: articleId,
      status: 'DRAFT',
      latest: { title: 'Printing from the reading room', locale: 'vi' },
    });
    const body = article.data!.editableArticle.latest.body as string;
    expect(body).toContain('How can I print a case file in the reading room?');
    expect(body).toContain('Send it to the printer named READING-1 and pay at the desk.');
    const timeline = await api.gql(
      'query ($id: ID) { ticket(id: $id) { timeline { kind articleId } } }',
      { id: ticketId },
      sara,
    );
    expect(
      timeline.data!.ticket.timeline.filter((entry: { kind: string }) => entry.kind === 'ARTICLE_DRAFTED'),
    ).toEqual([{ kind: 'ARTICLE_DRAFTED', articleId }]);
  });
});
