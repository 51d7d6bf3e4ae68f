import { describe, expect, it } from 'vitest';
import { linkTokenHash } from './link-token';
import { publicTicketResolvers } from './public-resolvers';
import { FILE, publicDeps, staff } from './test-support/in-memory-tickets';

const context = { clientAddress: '203.0.113.7' };
const TOKEN = 'k3Jx2sQ8fT1uV9wY0zA4bC6dE7gH5iJ2lM3nO8pR1sT';

const input = (overrides: Record<string, unknown> = {}) => ({
  departmentId: 'support',
  requesterType: 'customer',
  subject: 'Error 1603 while installing',
  text: 'The installer stops with error 1603.',
  requester: { name: 'Sara Ahmadi', email: 'Sara@Example.ir', phone: null, language: 'fa', contactMethod: 'EMAIL' },
  attachments: [FILE.hash],
  linkToken: TOKEN,
  ...overrides,
});

type Resolver = (root: unknown, args: never, context: never) => unknown;
const call = async (resolver: unknown, args: unknown) => (resolver as Resolver)({}, args as never, context as never);
const reasonOf = async (promise: unknown) => {
  try {
    await promise;
  } catch (error) {
    return (error as { extensions?: { reason?: string } }).extensions?.reason;
  }
  return 'no error';
};

function setup(limits?: Parameters<typeof publicDeps>[0]) {
  const made = publicDeps(limits);
  const resolvers = publicTicketResolvers(made.deps);
  return { ...made, resolvers };
}

describe('the public side of tickets', () => {
  it('opens a web-form ticket once per command id, keeps only the token’s hash, and mails one receipt in the requester’s language', async () => {
    const { resolvers, tickets, mails } = setup();
    const first = await call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'form-1' });
    const again = await call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'form-1' });
    expect(first).toEqual({ number: 1, token: TOKEN, status: 'NEW' });
    expect(again).toEqual(first);
    expect(tickets.readModel.size).toBe(1);
    const record = tickets.readModel.byNumber(1)!;
    expect(record).toMatchObject({ channel: 'WEB_FORM', accessTokenHash: linkTokenHash(TOKEN) });
    expect(JSON.stringify(record)).not.toContain(TOKEN);
    expect(record.timeline.find((entry) => entry.kind === 'MESSAGE')?.attachments).toEqual([FILE]);
    expect(mails).toHaveLength(2); // the outbox sees the same mail id twice and queues it once
    expect(mails[0]![0].mailId).toBe(mails[1]![0].mailId);
    expect(mails[0]![0]).toMatchObject({
      to: 'sara@example.ir',
      subject: expect.stringMatching(/^\[#1\] درخواست شما رسید/),
    });
    expect(mails[0]![0].text).toContain(`https://help.library.example/tickets/t/${TOKEN}`);
    expect(mails[0]![0].text).toContain('شماره درخواست شما ۱ است');
  });

  it('refuses bad input before a number is taken, and says why', async () => {
    const { resolvers, tickets } = setup();
    const refused = async (changes: Record<string, unknown>) =>
      reasonOf(call(resolvers.Mutation.submitTicket, { input: input(changes), commandId: `c-${Math.random()}` }));
    expect(await refused({ departmentId: 'nowhere' })).toBe('TICKET_DEPARTMENT_NOT_FOUND');
    expect(await refused({ requesterType: 'pirate' })).toBe('TICKET_REQUESTER_TYPE_INVALID');
    expect(await refused({ subject: 'one\r\nBcc: everyone@example.org' })).toBe('TICKET_SUBJECT_INVALID');
    expect(await refused({ attachments: ['b'.repeat(64)] })).toBe('TICKET_ATTACHMENT_NOT_FOUND');
    expect(
      await refused({
        requester: { name: 'Sara', email: null, phone: null, language: 'en', contactMethod: 'EMAIL' },
      }),
    ).toBe('TICKET_CONTACT_METHOD_INVALID');
    expect(await reasonOf(call(resolvers.Mutation.submitTicket, { input: input(), commandId: '' }))).toBe(
      'TICKET_COMMAND_ID_INVALID',
    );
    expect(tickets.readModel.size).toBe(0);
    const again = await call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'after' });
    expect(again).toMatchObject({ number: 1 });
  });

  it('shows the requester their messages, replies and changes of state — never notes — and null for any other token', async () => {
    const { resolvers, tickets } = setup();
    await call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'form-1' });
    const ticketId = tickets.readModel.byNumber(1)!.id;
    await tickets.run(
      ticketId,
      { type: 'AddNote', data: { noteId: 'n1', text: 'VIP, be quick', mentions: [] } },
      'note-1',
      staff,
    );
    tickets.now = new Date('2026-12-07T10:00:00.000Z');
    await tickets.run(
      ticketId,
      {
        type: 'Reply',
        data: {
          messageId: 'r1',
          text: 'Run it as administrator.',
          attachments: [],
          mailId: null,
          to: null,
          mail: null,
          status: null,
        },
      },
      'reply-1',
      staff,
    );
    tickets.now = new Date('2026-12-07T11:00:00.000Z');
    await tickets.run(
      ticketId,
      { type: 'AddNote', data: { noteId: 'n2', text: 'later note', mentions: [] } },
      'note-2',
      staff,
    );

    const view = (await call(resolvers.Query.publicTicket, { token: TOKEN })) as Record<string, unknown>;
    expect(view).toMatchObject({ number: 1, status: 'WAITING_FOR_CUSTOMER', canReply: true });
    const entries = view['entries'] as {
      kind: string;
      author: string;
      text: string | null;
      attachments: { url: string }[];
    }[];
    expect(entries.map((entry) => [entry.kind, entry.author])).toEqual([
      ['MESSAGE', 'Sara Ahmadi'],
      ['STATUS_CHANGED', 'Nima Rad'], // staff took it up: OPEN
      ['REPLY', 'Nima Rad'],
      ['STATUS_CHANGED', 'Nima Rad'], // waiting for the requester
    ]);
    expect(entries[0]!.attachments[0]!.url).toBe(`/api/tickets/attachments/${FILE.hash}?token=${TOKEN}`);
    expect(JSON.stringify(view)).not.toMatch(/VIP|later note|staff-nima/);
    expect(view['updatedAt']).toBe('2026-12-07T10:00:00.000Z');
    expect(await call(resolvers.Query.publicTicket, { token: TOKEN.replace('k', 'K') })).toBeNull();
    expect(await call(resolvers.Query.publicTicket, { token: 'short' })).toBeNull();
  });

  it('a reply through the link reopens a solved ticket once; a closed one refuses with its reason', async () => {
    const { resolvers, tickets } = setup();
    await call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'form-1' });
    const ticketId = tickets.readModel.byNumber(1)!.id;
    await tickets.run(ticketId, { type: 'ChangeStatus', data: { status: 'SOLVED' } }, 'solve', staff);
    const reply = { token: TOKEN, text: 'It came back.', attachments: [FILE.hash], commandId: 'reply-1' };
    const answered = (await call(resolvers.Mutation.replyToPublicTicket, reply)) as {
      status: string;
      entries: unknown[];
    };
    await call(resolvers.Mutation.replyToPublicTicket, reply);
    expect(answered.status).toBe('OPEN');
    const messages = tickets.readModel.byId(ticketId)!.timeline.filter((entry) => entry.kind === 'MESSAGE');
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({ text: 'It came back.', attachments: [FILE] });

    await tickets.run(ticketId, { type: 'ChangeStatus', data: { status: 'CLOSED' } }, 'close', staff);
    expect(await reasonOf(call(resolvers.Mutation.replyToPublicTicket, { ...reply, commandId: 'reply-2' }))).toBe(
      'TICKET_CLOSED',
    );
    expect(await call(resolvers.Query.publicTicket, { token: TOKEN })).toMatchObject({ canReply: false });
    expect(
      await reasonOf(
        call(resolvers.Mutation.replyToPublicTicket, { ...reply, token: 'x'.repeat(43), commandId: 'r3' }),
      ),
    ).toBe('TICKET_NOT_FOUND');
  });

  it('holds strangers to the same kind of budget as chat’s visitors', async () => {
    const { deps } = publicDeps();
    const resolvers = publicTicketResolvers({
      ...deps,
      floodLimits: {
        submit: { max: 1, windowMs: 60_000 },
        reply: { max: 1, windowMs: 60_000 },
        read: { max: 2, windowMs: 60_000 },
      },
    });
    await call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'form-1' });
    expect(await reasonOf(call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'form-2' }))).toBe(
      'TICKET_RATE_LIMITED',
    );
    await call(resolvers.Query.publicTicket, { token: TOKEN });
    await call(resolvers.Query.publicTicketForm, {});
    expect(await reasonOf(call(resolvers.Query.publicTicket, { token: TOKEN }))).toBe('TICKET_RATE_LIMITED');
  });

  it('offers every department with only its public fields, the requester types and the limits', async () => {
    const { resolvers, tickets } = setup();
    tickets.readModel.settings.apply({
      type: 'TicketFieldsDefined',
      data: {
        departmentId: 'support',
        fields: [
          {
            key: 'serial',
            label: { fa: 'سریال', en: 'Serial', ja: 'シリアル', vi: 'Số sê-ri' },
            kind: 'TEXT',
            options: [],
            required: true,
            public: true,
          },
          {
            key: 'vip',
            label: { fa: 'ویژه', en: 'VIP', ja: 'VIP', vi: 'VIP' },
            kind: 'TEXT',
            options: [],
            required: true,
            public: false,
          },
        ],
        definedAt: '2026-12-07T08:00:00.000Z',
        by: { kind: 'SYSTEM', name: 'seed' },
      },
    });
    const form = (await call(resolvers.Query.publicTicketForm, {})) as {
      departments: { department: { id: string }; fields: { key: string }[] }[];
      maxAttachments: number;
    };
    expect(form.departments.map((each) => [each.department.id, each.fields.map((field) => field.key)])).toEqual([
      ['support', ['serial']],
    ]);
    expect(form.maxAttachments).toBe(10);
    // A required staff-only field does not stop the public form; a required public one does.
    expect(await reasonOf(call(resolvers.Mutation.submitTicket, { input: input(), commandId: 'no-serial' }))).toBe(
      'TICKET_FIELD_INVALID',
    );
    const sent = await call(resolvers.Mutation.submitTicket, {
      input: input({ fields: [{ key: 'serial', value: 'AB-12' }] }),
      commandId: 'with-serial',
    });
    expect(sent).toMatchObject({ number: 1 });
    expect(
      await reasonOf(
        call(resolvers.Mutation.submitTicket, {
          input: input({
            fields: [
              { key: 'serial', value: 'x' },
              { key: 'vip', value: 'yes' },
            ],
          }),
          commandId: 'vip',
        }),
      ),
    ).toBe('TICKET_FIELD_NOT_FOUND');
  });
});
