/**
 * The public side of tickets through the real api, store and projection runner: the contact form
 * sent twice under one command id opens one ticket, its receipt is queued in the outbox, the
 * requester's live page follows a staff reply over graphql-ws, a reply through the link reopens a
 * solved ticket, and strangers are held to their budget.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { liveClients, liveUrlOf, watch } from './testing/live-clients';

let api: TestApi;
let wsUrl: string;
let admin: string;
const { connect, disposeAll } = liveClients(() => wsUrl);

beforeAll(async () => {
  api = await startTestApi({
    tickets: {
      publicUrl: 'https://help.library.example',
      publicFloodLimits: {
        submit: { max: 8, windowMs: 60_000 },
        reply: { max: 20, windowMs: 60_000 },
        read: { max: 200, windowMs: 60_000 },
      },
    },
  });
  wsUrl = liveUrlOf(await api.app.listen({ port: 0, host: '127.0.0.1' }));
  admin = await api.signIn('admin', 'deskstream-admin');
}, 60_000);
afterEach(() => disposeAll());
afterAll(() => api?.close());

const FIELDS =
  'number subject status canReply updatedAt department { id } entries { kind author text status attachments { hash url } }';
const SUBMIT = `mutation ($input: SubmitTicketInput!, $c: ID!) { submitTicket(input: $input, commandId: $c) { number token status } }`;
const READ = `query ($t: String!) { publicTicket(token: $t) { ${FIELDS} } }`;
const REPLY = `mutation ($t: String!, $text: String!, $c: ID!) { replyToPublicTicket(token: $t, text: $text, commandId: $c) { ${FIELDS} } }`;
const LIVE = `subscription ($t: String!) { publicTicketChanged(token: $t) { ${FIELDS} } }`;

let tokens = 0;
/** A link token of the test's choosing (43 base64url characters). */
const newToken = () => `${'t'.repeat(36)}${String(++tokens).padStart(7, '0')}`;

async function formInput(token: string, overrides: Record<string, unknown> = {}) {
  const offer = await api.gql('{ publicTicketForm { requesterTypes { key } departments { department { id } } } }');
  const form = offer.data!.publicTicketForm;
  return {
    departmentId: 'law',
    requesterType: form.requesterTypes[0]?.key ?? 'customer',
    subject: 'Access to the case-law archive',
    text: 'I cannot open the archive from home.',
    requester: { name: 'Parisa Rahimi', email: 'parisa@example.org', language: 'fa', contactMethod: 'EMAIL' },
    linkToken: token,
    ...overrides,
  };
}

async function staffTicket(number: number) {
  const found = await api.gql('query ($n: Int) { ticket(number: $n) { id channel status } }', { n: number }, admin);
  return found.data!.ticket as { id: string; channel: string; status: string };
}

describe('the contact form and the secret link, through the real api', () => {
  it('opens one ticket for a form sent twice, and queues one receipt with the link in the requester’s language', async () => {
    const token = newToken();
    const input = await formInput(token);
    const first = await api.gql(SUBMIT, { input, c: 'public-form-1' });
    expect(first.errors).toBeUndefined();
    const again = await api.gql(SUBMIT, { input, c: 'public-form-1' });
    expect(again.data!.submitTicket).toEqual(first.data!.submitTicket);
    const { number } = first.data!.submitTicket as { number: number };
    expect(await staffTicket(number)).toMatchObject({ channel: 'WEB_FORM', status: 'NEW' });

    const mails = await api.gql('{ outboxMails { to subject text purpose { kind } } }', {}, admin);
    const receipts = (
      mails.data!.outboxMails as { to: string; subject: string; text: string; purpose: { kind: string } }[]
    ).filter((mail) => mail.purpose.kind === 'ticket-receipt' && mail.subject.startsWith(`[#${number}]`));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.to).toBe('parisa@example.org');
    expect(receipts[0]!.text).toContain(`https://help.library.example/tickets/t/${token}`);
    expect(receipts[0]!.subject).toContain('درخواست شما رسید');
  });

  it('follows a staff reply live, reopens a solved ticket on the requester’s reply, and ends for another token', async () => {
    const token = newToken();
    const sent = await api.gql(SUBMIT, { input: await formInput(token), c: 'public-form-2' });
    const ticket = await staffTicket(sent.data!.submitTicket.number);

    const page = watch<{ publicTicketChanged: { status: string; entries: { kind: string; text: string }[] } }>(
      connect(),
      LIVE,
      { t: token },
    );
    let replies = 0;
    const pushed = await page.until(
      (push) => push.publicTicketChanged.entries.some((entry) => entry.kind === 'REPLY'),
      async (attempt) => {
        if (attempt % 10 !== 0) return;
        await api.gql(
          'mutation ($id: ID!, $t: String!, $c: ID!) { replyToTicket(ticketId: $id, text: $t, commandId: $c) { id } }',
          { id: ticket.id, t: 'Use the library VPN.', c: `staff-reply-${++replies}` },
          admin,
        );
      },
    );
    expect(pushed.publicTicketChanged.status).toBe('WAITING_FOR_CUSTOMER');
    expect(JSON.stringify(pushed)).not.toContain('NOTE');

    await api.gql(
      'mutation ($id: ID!, $c: ID!) { changeTicketStatus(ticketId: $id, status: SOLVED, commandId: $c) { id } }',
      { id: ticket.id, c: 'solve-2' },
      admin,
    );
    const replied = await api.gql(REPLY, { t: token, text: 'The VPN asks for a card number.', c: 'public-reply-2' });
    expect(replied.errors).toBeUndefined();
    expect(replied.data!.replyToPublicTicket.status).toBe('OPEN');
    expect(await staffTicket(sent.data!.submitTicket.number)).toMatchObject({ status: 'OPEN' });

    const stranger = watch(connect(), LIVE, { t: newToken() });
    const errors = (await stranger.failure) as { extensions?: { code?: string } }[];
    expect(errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a reply to a closed ticket with its reason, and answers null for a token that leads nowhere', async () => {
    const token = newToken();
    const sent = await api.gql(SUBMIT, { input: await formInput(token), c: 'public-form-3' });
    const ticket = await staffTicket(sent.data!.submitTicket.number);
    await api.gql(
      'mutation ($id: ID!, $c: ID!) { changeTicketStatus(ticketId: $id, status: CLOSED, commandId: $c) { id } }',
      { id: ticket.id, c: 'close-3' },
      admin,
    );
    const refused = await api.gql(REPLY, { t: token, text: 'Hello?', c: 'public-reply-3' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TICKET_CLOSED' });
    expect((await api.gql(READ, { t: token })).data!.publicTicket).toMatchObject({ status: 'CLOSED', canReply: false });
    expect((await api.gql(READ, { t: newToken() })).data!.publicTicket).toBeNull();
  });

  it('holds one address to its budget for sending the form', async () => {
    const outcomes: (string | undefined)[] = [];
    for (let index = 0; index < 9; index++) {
      const answer = await api.gql(SUBMIT, {
        input: await formInput(newToken(), { subject: `Flood ${index}` }),
        c: `flood-${index}`,
      });
      outcomes.push(answer.errors?.[0]?.extensions?.reason);
    }
    // Nine forms from one address against a budget of eight (some spent by the tests before): taken, then refused.
    const firstRefused = outcomes.indexOf('TICKET_RATE_LIMITED');
    expect(firstRefused).toBeGreaterThanOrEqual(0);
    expect(outcomes.slice(0, firstRefused).every((reason) => reason === undefined)).toBe(true);
    expect(outcomes.slice(firstRefused).every((reason) => reason === 'TICKET_RATE_LIMITED')).toBe(true);
  });
});
