import { describe, expect, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import { ticketDecider } from './ticket-decider';
import type { TicketCommand } from './tickets-commands';
import type { TicketActor, TicketEvent, TicketStatus } from './tickets-events';

const given = deciderSpec(ticketDecider);
const at = '2026-12-05T09:00:00.000Z';
const agent: TicketActor = { kind: 'STAFF', id: 's1', name: 'Sara' };
const requester: TicketActor = { kind: 'REQUESTER', name: 'Reza' };

const opened: TicketEvent = {
  type: 'TicketOpened',
  data: {
    ticketId: 't1',
    number: 7,
    channel: 'EMAIL',
    requester: { name: 'Reza', email: 'reza@example.org', phone: null, language: 'fa', contactMethod: 'EMAIL' },
    requesterType: 'patron',
    departmentId: 'law',
    subject: 'Archive access',
    priority: 'NORMAL',
    product: null,
    version: null,
    fields: {},
    tags: [],
    origin: null,
    accessTokenHash: null,
    openedAt: at,
    openedBy: requester,
  },
};
const status = (
  from: TicketStatus,
  to: TicketStatus,
  cause: string | null = null,
  by: TicketActor = agent,
): TicketEvent => ({
  type: 'TicketStatusChanged',
  data: { ticketId: 't1', from, to, cause, changedAt: at, by },
});
const message = (messageId = 'm2'): TicketCommand => ({
  type: 'ReceiveMessage',
  at,
  actor: requester,
  data: {
    messageId,
    via: 'EMAIL',
    from: { name: 'Reza', address: 'reza@example.org' },
    text: 'Still broken',
    attachments: [],
    mail: null,
  },
});
const received = (messageId = 'm2'): TicketEvent => ({
  type: 'TicketMessageReceived',
  data: {
    ticketId: 't1',
    messageId,
    via: 'EMAIL',
    from: { name: 'Reza', address: 'reza@example.org' },
    text: 'Still broken',
    attachments: [],
    mail: null,
    receivedAt: at,
    recordedBy: requester,
  },
});
const note = (text = 'Call the vendor @minh'): TicketCommand => ({
  type: 'AddNote',
  at,
  actor: agent,
  data: { noteId: 'n1', text, mentions: ['s3'] },
});

describe('the ticket decider', () => {
  it('opens a ticket from NEW on the first thing staff do', () => {
    given([opened])
      .when(note())
      .then([
        {
          type: 'TicketNoteAdded',
          data: {
            ticketId: 't1',
            noteId: 'n1',
            text: 'Call the vendor @minh',
            mentions: ['s3'],
            addedAt: at,
            author: agent,
          },
        },
        status('NEW', 'OPEN', 'AGENT_ACTION'),
      ]);
  });

  it('reopens a solved ticket when the requester writes, and takes a waiting one back to OPEN', () => {
    given([opened, status('NEW', 'SOLVED')])
      .when(message())
      .then([received(), status('SOLVED', 'OPEN', 'CUSTOMER_REPLIED', requester)]);
    given([opened, status('NEW', 'WAITING_FOR_CUSTOMER')])
      .when(message())
      .then([received(), status('WAITING_FOR_CUSTOMER', 'OPEN', 'CUSTOMER_REPLIED', requester)]);
    given([opened, status('NEW', 'ON_HOLD')])
      .when(message())
      .then([received()]);
  });

  it('takes no more messages once closed, and writes the same message once', () => {
    given([opened, status('NEW', 'CLOSED')])
      .when(message())
      .then('TICKET_CLOSED');
    given([opened, received('m2')])
      .when(message('m2'))
      .then([]);
  });

  it('refuses an edit made from a stale revision', () => {
    const change: TicketCommand = {
      type: 'ChangePriority',
      at,
      actor: agent,
      data: { priority: 'HIGH' },
      expectedRevision: 0,
    };
    given([opened, received()]).when(change).then('TICKET_REVISION_CONFLICT');
    given([opened])
      .when(change)
      .then([
        {
          type: 'TicketPriorityChanged',
          data: { ticketId: 't1', from: 'NORMAL', to: 'HIGH', changedAt: at, by: agent },
        },
        status('NEW', 'OPEN', 'AGENT_ACTION'),
      ]);
  });

  it('answers a reply with WAITING_FOR_CUSTOMER unless told otherwise', () => {
    const reply = (after: TicketStatus | null): TicketCommand => ({
      type: 'Reply',
      at,
      actor: agent,
      data: { messageId: 'r1', text: 'Try again', attachments: [], mailId: null, to: null, mail: null, status: after },
    });
    const replied: TicketEvent = {
      type: 'TicketReplied',
      data: {
        ticketId: 't1',
        messageId: 'r1',
        text: 'Try again',
        attachments: [],
        mailId: null,
        to: null,
        mail: null,
        repliedAt: at,
        author: agent,
      },
    };
    given([opened])
      .when(reply(null))
      .then([replied, status('NEW', 'WAITING_FOR_CUSTOMER')]);
    given([opened])
      .when(reply('SOLVED'))
      .then([replied, status('NEW', 'SOLVED')]);
    given([opened]).when(reply('NEW')).then('TICKET_STATUS_INVALID');
  });

  it('keeps a closed ticket closed and never goes back to NEW', () => {
    const to = (target: TicketStatus): TicketCommand => ({
      type: 'ChangeStatus',
      at,
      actor: agent,
      data: { status: target },
    });
    given([opened, status('NEW', 'CLOSED')])
      .when(to('OPEN'))
      .then('TICKET_STATUS_INVALID');
    given([opened, status('NEW', 'OPEN')])
      .when(to('NEW'))
      .then('TICKET_STATUS_INVALID');
  });

  it('merges: never into itself, once only, and not into a merged or closed ticket', () => {
    const merge = (survivorId: string): TicketCommand => ({
      type: 'MergeInto',
      at,
      actor: agent,
      data: { survivorId, survivorNumber: 9 },
    });
    given([opened]).when(merge('t1')).then('TICKET_MERGE_INTO_ITSELF');
    given([opened])
      .when(merge('t9'))
      .then([
        {
          type: 'TicketMergedInto',
          data: { ticketId: 't1', survivorId: 't9', survivorNumber: 9, mergedAt: at, by: agent },
        },
        status('NEW', 'CLOSED', 'MERGED'),
      ]);
    const merged: TicketEvent = {
      type: 'TicketMergedInto',
      data: { ticketId: 't1', survivorId: 't9', survivorNumber: 9, mergedAt: at, by: agent },
    };
    given([opened, merged]).when(merge('t8')).then('TICKET_MERGED');
    given([opened, merged]).when(message()).then('TICKET_MERGED');
    const absorb: TicketCommand = { type: 'Absorb', at, actor: agent, data: { mergedId: 't2', mergedNumber: 8 } };
    given([opened, status('NEW', 'CLOSED')])
      .when(absorb)
      .then('TICKET_MERGE_TARGET_INVALID');
    given([opened, merged]).when(absorb).then('TICKET_MERGE_TARGET_INVALID');
  });

  it('normalises tags, ignores ones already there, and holds at most 30', () => {
    const tags = (add: string[], remove: string[] = []): TicketCommand => ({
      type: 'ChangeTags',
      at,
      actor: agent,
      data: { add, remove },
    });
    given([opened, status('NEW', 'OPEN')])
      .when(tags(['  Billing ', 'billing', 'VPN Access']))
      .then([
        {
          type: 'TicketTagsChanged',
          data: { ticketId: 't1', added: ['billing', 'vpn access'], removed: [], changedAt: at, by: agent },
        },
      ]);
    given([opened, status('NEW', 'OPEN')])
      .when(tags(['x'.repeat(41)]))
      .then('TICKET_TAGS_INVALID');
    given([opened, status('NEW', 'OPEN')])
      .when(tags(Array.from({ length: 31 }, (_, i) => `t${i}`)))
      .then('TICKET_TAGS_INVALID');
  });

  it('links to another ticket but never to itself, and unlinks only what is linked', () => {
    given([opened])
      .when({ type: 'Link', at, actor: agent, data: { otherId: 't1', otherNumber: 7, kind: 'RELATED' } })
      .then('TICKET_LINK_TO_ITSELF');
    given([opened])
      .when({ type: 'Unlink', at, actor: agent, data: { otherId: 't2' } })
      .then('TICKET_LINK_NOT_FOUND');
  });

  it('refuses commands on a ticket that does not exist, and opening one twice', () => {
    given([]).when(note()).then('TICKET_NOT_FOUND');
    const open = {
      type: 'OpenTicket',
      at,
      actor: requester,
      data: { ...opened.data, firstMessage: null },
    } as unknown as TicketCommand;
    given([opened]).when(open).then('TICKET_EXISTS');
    expect(
      ticketDecider.decide(
        { ...open, data: { ...(open.data as object), subject: 'a\nb' } } as TicketCommand,
        ticketDecider.initialState(),
      ),
    ).toMatchObject({
      code: 'TICKET_SUBJECT_INVALID',
    });
  });
});
