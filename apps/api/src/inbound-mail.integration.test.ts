/**
 * Ticket mail through the api as `npm start` composes it: a real SMTP client (nodemailer) to the
 * listener the api started on port 0; the mail becomes a ticket staff see over GraphQL, in the
 * department its address maps to; a reply threads into it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let dataDir: string;
let token: string;
let send: (mail: SendMailOptions) => Promise<unknown>;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'deskstream-inbound-'));
  api = await startTestApi({
    tickets: { dataDir, inboundMail: { smtp: { port: 0, host: '127.0.0.1' } } },
  });
  token = await api.signIn('admin', 'deskstream-admin');
  const configured = await api.gql(
    `mutation { setInboundAddresses(addresses: [{ address: "law@desk.localhost", departmentId: "law" }],
       defaultDepartmentId: "humanities", commandId: "inbound-test") { defaultDepartment { id } } }`,
    {},
    token,
  );
  expect(configured.errors).toBeUndefined();
  const port = api.app.inboundMail.smtpPort();
  expect(port).toBeGreaterThan(0);
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: port!, secure: false, ignoreTLS: true });
  send = (mail) => transport.sendMail(mail);
});
afterAll(async () => {
  await api?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const TICKET = `query ($number: Int) { ticket(number: $number) {
  id number subject channel status department { id } requester { email language emailUndeliverable }
  timeline { kind text }
} }`;

async function ticketWithSubject(subject: string) {
  const found = await api.gql<{ tickets: { edges: { node: { number: number; subject: string } }[] } }>(
    'query ($q: String) { tickets(filter: { query: $q }) { edges { node { number subject } } } }',
    { q: subject },
    token,
  );
  return found.data?.tickets.edges.map((edge) => edge.node).find((node) => node.subject === subject);
}

describe('ticket mail through the api', () => {
  it('opens a ticket staff see, in the department of the address, and threads the reply', async () => {
    await send({
      from: 'Reza <reza@example.org>',
      to: 'law@desk.localhost',
      subject: 'Copyright of a thesis',
      text: 'May I copy two chapters of a thesis?',
      messageId: '<thesis-1@example.org>',
    });
    const listed = await ticketWithSubject('Copyright of a thesis');
    expect(listed).toBeDefined();
    const opened = await api.gql<{ ticket: Record<string, unknown> }>(TICKET, { number: listed!.number }, token);
    expect(opened.data?.ticket).toMatchObject({
      channel: 'EMAIL',
      department: { id: 'law' },
      requester: { email: 'reza@example.org', language: 'en', emailUndeliverable: false },
    });

    await send({
      from: 'reza@example.org',
      to: 'law@desk.localhost',
      subject: `Re: [#${listed!.number}] Copyright of a thesis`,
      text: 'And a third chapter?',
      messageId: '<thesis-2@example.org>',
      inReplyTo: '<thesis-1@example.org>',
    });
    const after = await api.gql<{ ticket: { timeline: { kind: string; text: string | null }[] } }>(
      TICKET,
      { number: listed!.number },
      token,
    );
    expect(after.data?.ticket.timeline.map((entry) => entry.text)).toContain('And a third chapter?');
  });

  it('puts mail to an address it does not know in the default inbox', async () => {
    await send({
      from: 'lan@example.vn',
      to: 'nobody@desk.localhost',
      subject: 'Sách của tôi',
      text: 'Tôi chưa nhận được sách.',
    });
    const listed = await ticketWithSubject('Sách của tôi');
    const ticket = await api.gql<{ ticket: Record<string, unknown> }>(TICKET, { number: listed!.number }, token);
    expect(ticket.data?.ticket).toMatchObject({ department: { id: 'humanities' }, requester: { language: 'vi' } });
  });

  it('mails whoever wrote in the number and the secret link, and words a reply in their language', async () => {
    await send({
      from: 'Yui <yui@example.jp>',
      to: 'law@desk.localhost',
      subject: '論文の複製について',
      text: '博士論文を二章複製してもよいですか。',
      messageId: '<yui-1@example.jp>',
    });
    const listed = await ticketWithSubject('論文の複製について');
    expect(listed).toBeDefined();
    const ticket = await api.gql<{ ticket: { id: string } }>(TICKET, { number: listed!.number }, token);
    const mails = async () =>
      (
        await api.gql<{
          outboxMails: { to: string; subject: string; text: string; purpose: { kind: string; id: string } }[];
        }>('{ outboxMails { to subject text purpose { kind id } } }', {}, token)
      ).data?.outboxMails.filter((mail) => mail.purpose.id === ticket.data!.ticket.id) ?? [];
    const receipt = (await mails()).find((mail) => mail.purpose.kind === 'ticket-receipt');
    expect(receipt).toMatchObject({ to: 'yui@example.jp' });
    expect(receipt!.subject).toContain(`[#${listed!.number}]`);
    expect(receipt!.text).toMatch(/\/tickets\/t\/[A-Za-z0-9_-]{43}/);

    const replied = await api.gql(
      `mutation ($id: ID!) { replyToTicket(ticketId: $id, text: "はい、二章まで大丈夫です。", commandId: "yui-reply") { id } }`,
      { id: ticket.data!.ticket.id },
      token,
    );
    expect(replied.errors).toBeUndefined();
    const reply = (await mails()).find((mail) => mail.purpose.kind === 'ticket-reply');
    expect(reply).toMatchObject({ to: 'yui@example.jp', subject: `[#${listed!.number}] 論文の複製について` });
    expect(reply!.text).toContain('はい、二章まで大丈夫です。');
  });
});
