import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import { chatDecider, type ActingStaff, type ChatCommand } from './chat-decider';
import type { ChatEvent } from './chat-events';

const given = deciderSpec(chatDecider);

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T08:01:00.000Z';
const T2 = '2025-03-01T08:02:00.000Z';
const sara = { id: 's1', name: 'Sara Ahmadi' };
const yuki = { id: 'y1', name: 'Yuki Tanaka' };
const acting = (staff: { id: string; name: string }, supervisor = false): ActingStaff => ({ ...staff, supervisor });

const requestData = {
  chatId: 'c1',
  departmentId: 'humanities',
  visitor: { name: 'Reza Karimi', email: null as string | null },
  firstQuestion: 'آیا کتاب «بوف کور» در کتابخانه هست؟',
  visitorTokenHash: 'hash-of-token',
  agentsOnline: 1,
  at: T0,
  locale: null as string | null,
};
const request = (data: Partial<typeof requestData> = {}): ChatCommand => ({
  type: 'RequestChat',
  data: { ...requestData, ...data },
});
const requested: ChatEvent = {
  type: 'ChatRequested',
  data: {
    chatId: 'c1',
    departmentId: 'humanities',
    visitor: { name: 'Reza Karimi', email: null },
    firstQuestion: requestData.firstQuestion,
    visitorTokenHash: 'hash-of-token',
    requestedAt: T0,
  },
};
const accepted = (agent = sara): ChatEvent => ({ type: 'ChatAccepted', data: { chatId: 'c1', agent, acceptedAt: T1 } });
const accept = (agent = sara): ChatCommand => ({ type: 'AcceptChat', data: { chatId: 'c1', agent, at: T1 } });
const visitorSays = (text: string, messageId = 'm1', visitorTokenHash = 'hash-of-token'): ChatCommand => ({
  type: 'PostVisitorMessage',
  data: { chatId: 'c1', visitorTokenHash, messageId, clientMessageId: `client-${messageId}`, text, at: T2 },
});
const agentSays = (text: string, agent = sara, messageId = 'a1'): ChatCommand => ({
  type: 'PostAgentMessage',
  data: { chatId: 'c1', agent, messageId, clientMessageId: `client-${messageId}`, text, at: T2 },
});
const posted = (text: string, messageId = 'm1'): ChatEvent => ({
  type: 'MessagePosted',
  data: {
    chatId: 'c1',
    messageId,
    clientMessageId: `client-${messageId}`,
    author: { kind: 'visitor' },
    text,
    postedAt: T2,
  },
});
/** An agent as the desk's directory knows them: an AGENT of the humanities department by default. */
const answering = (
  staff: { id: string; name: string },
  roles: string[] = ['AGENT'],
  departmentIds: string[] = ['humanities'],
) => ({
  kind: 'agent' as const,
  ...staff,
  roles,
  departmentIds,
});
const closedByVisitor: ChatEvent = { type: 'ChatClosedByVisitor', data: { chatId: 'c1', closedAt: T2 } };

describe('requesting a chat', () => {
  it('starts a chat with the name trimmed and the question as typed', () => {
    given([])
      .when(request({ visitor: { name: '  Reza Karimi ', email: null } }))
      .then([requested]);
  });

  it("keeps the language of the visitor's page when it said, and nothing when it did not", () => {
    given([])
      .when(request({ locale: 'fa' }))
      .then([{ type: 'ChatRequested', data: { ...requested.data, locale: 'fa' } } as ChatEvent]);
    given([]).when(request()).then([requested]);
  });

  it('keeps an optional email, trimmed', () => {
    given([])
      .when(request({ visitor: { name: 'Reza Karimi', email: ' reza@example.ir ' } }))
      .then([
        {
          ...requested,
          data: { ...requested.data, visitor: { name: 'Reza Karimi', email: 'reza@example.ir' } },
        } as ChatEvent,
      ]);
  });

  it('is written once: the same token again decides nothing, another token is refused', () => {
    given([requested]).when(request()).then([]);
    given([requested])
      .when(request({ visitorTokenHash: 'another' }))
      .then('CHAT_EXISTS');
  });

  it('refuses when nobody of the department is online', () => {
    given([])
      .when(request({ agentsOnline: 0 }))
      .then('CHAT_NO_AGENT_ONLINE');
  });

  it('refuses bad input, each with its own reason', () => {
    given([])
      .when(request({ visitor: { name: ' ', email: null } }))
      .then('CHAT_VISITOR_NAME_INVALID');
    given([])
      .when(request({ visitor: { name: '<script>alert(1)</script>', email: null } }))
      .then('CHAT_VISITOR_NAME_INVALID');
    given([])
      .when(request({ visitor: { name: 'x'.repeat(81), email: null } }))
      .then('CHAT_VISITOR_NAME_INVALID');
    given([])
      .when(request({ visitor: { name: 'Reza', email: 'reza at example' } }))
      .then('CHAT_EMAIL_INVALID');
    given([])
      .when(request({ firstQuestion: '   ' }))
      .then('CHAT_MESSAGE_EMPTY');
    given([])
      .when(request({ firstQuestion: 'ک'.repeat(10_001) }))
      .then('CHAT_MESSAGE_TOO_LONG');
  });
});

describe('accepting', () => {
  it('goes to exactly one agent; the second is told it is taken', () => {
    given([requested])
      .when(accept(sara))
      .then([accepted(sara)]);
    given([requested, accepted(sara)])
      .when(accept(yuki))
      .then('CHAT_ALREADY_ACCEPTED');
    given([requested, accepted(sara)])
      .when(accept(sara))
      .then([]);
  });

  it('refuses unknown and closed chats', () => {
    given([]).when(accept()).then('CHAT_NOT_FOUND');
    given([requested, closedByVisitor]).when(accept()).then('CHAT_CLOSED');
  });
});

describe('messages', () => {
  it('from the visitor, kept exactly as typed (HTML included: it is shown as text)', () => {
    const text = '<b>bold?</b> <script>alert(1)</script>\n  and a new line ';
    given([requested])
      .when(visitorSays(text))
      .then([posted(text)]);
  });

  it('appear once when the same message is sent again', () => {
    given([requested, posted('سلام')])
      .when(visitorSays('سلام'))
      .then([]);
    given([
      requested,
      accepted(),
      {
        type: 'MessagePosted',
        data: { chatId: 'c1', messageId: 'a1', author: { kind: 'agent', ...sara }, text: 'hi', postedAt: T2 },
      },
    ])
      .when(agentSays('hi'))
      .then([]);
  });

  it('are refused empty, over 10,000 characters, or in a closed chat', () => {
    given([requested]).when(visitorSays('  \n ')).then('CHAT_MESSAGE_EMPTY');
    given([requested])
      .when(visitorSays('😀'.repeat(10_000)))
      .then([posted('😀'.repeat(10_000))]);
    given([requested])
      .when(visitorSays('a'.repeat(10_001)))
      .then('CHAT_MESSAGE_TOO_LONG');
    given([requested, closedByVisitor]).when(visitorSays('hello?')).then('CHAT_CLOSED');
    given([requested, accepted(), closedByVisitor]).when(agentSays('hello?')).then('CHAT_CLOSED');
  });

  it('need the visitor token of this chat', () => {
    given([requested])
      .when(visitorSays('hi', 'm1', 'hash-of-another-chat'))
      .then('CHAT_VISITOR_TOKEN_INVALID');
  });

  it('from an agent need the chat accepted, by that agent', () => {
    given([requested]).when(agentSays('hi')).then('CHAT_NOT_ACCEPTED');
    given([requested, accepted(sara)])
      .when(agentSays('hi', yuki))
      .then('CHAT_NOT_YOURS');
    given([requested, accepted(sara)])
      .when(agentSays('**Yes**, on shelf 3.'))
      .then([
        {
          type: 'MessagePosted',
          data: {
            chatId: 'c1',
            messageId: 'a1',
            clientMessageId: 'client-a1',
            author: { kind: 'agent', ...sara },
            text: '**Yes**, on shelf 3.',
            postedAt: T2,
          },
        },
      ]);
  });

  it('keep the author’s client message id, so their client can recognise its own message', () => {
    given([requested])
      .when(visitorSays('سلام', 'm7'))
      .then([posted('سلام', 'm7')]);
    given([requested, accepted(sara)])
      .when(agentSays('hi', sara, 'a7'))
      .then([
        {
          type: 'MessagePosted',
          data: {
            chatId: 'c1',
            messageId: 'a7',
            clientMessageId: 'client-a7',
            author: { kind: 'agent', ...sara },
            text: 'hi',
            postedAt: T2,
          },
        },
      ]);
  });
});

describe('transfers', () => {
  const toLaw = (by: ActingStaff, note = ' a law question '): ChatCommand => ({
    type: 'TransferChat',
    data: { chatId: 'c1', by, to: { kind: 'department', departmentId: 'law' }, note, at: T2 },
  });

  it('move the chat back to a department queue, with the note', () => {
    given([requested, accepted(sara)])
      .when(toLaw(acting(sara)))
      .then([
        {
          type: 'ChatTransferred',
          data: {
            chatId: 'c1',
            by: sara,
            to: { kind: 'department', departmentId: 'law' },
            note: 'a law question',
            transferredAt: T2,
          },
        },
      ]);
  });

  it('hand the chat to another agent', () => {
    given([requested, accepted(sara)])
      .when({ type: 'TransferChat', data: { chatId: 'c1', by: acting(sara), to: answering(yuki), note: '', at: T2 } })
      .then([
        {
          type: 'ChatTransferred',
          data: { chatId: 'c1', by: sara, to: { kind: 'agent', ...yuki }, note: '', transferredAt: T2 },
        },
      ]);
    given([requested, accepted(sara)])
      .when({
        type: 'TransferChat',
        data: { chatId: 'c1', by: acting(sara), to: answering(yuki, ['SUPERVISOR'], []), note: '', at: T2 },
      })
      .then([
        {
          type: 'ChatTransferred',
          data: { chatId: 'c1', by: sara, to: { kind: 'agent', ...yuki }, note: '', transferredAt: T2 },
        },
      ]);
  });

  it('never go to someone who does not answer chats', () => {
    const to = (target: ReturnType<typeof answering>): ChatCommand => ({
      type: 'TransferChat',
      data: { chatId: 'c1', by: acting(sara), to: target, note: '', at: T2 },
    });
    const product = { id: 'p1', name: 'Product team' };
    given([requested, accepted(sara)])
      .when(to(answering(product, ['PRODUCT'], ['humanities'])))
      .then('CHAT_TRANSFER_TARGET_CANNOT_ANSWER');
    given([requested, accepted(sara)])
      .when(to(answering(product, ['ADMIN'], [])))
      .then('CHAT_TRANSFER_TARGET_CANNOT_ANSWER');
    given([requested, accepted(sara)])
      .when(to(answering(yuki, ['AGENT'], [])))
      .then('CHAT_TRANSFER_TARGET_CANNOT_ANSWER');
    given([requested, accepted(sara)])
      .when(to(answering(yuki, [], ['humanities'])))
      .then('CHAT_TRANSFER_TARGET_CANNOT_ANSWER');
  });

  it('are for the agent holding the chat or a supervisor, and never to where it already is', () => {
    given([requested, accepted(sara)])
      .when(toLaw(acting(yuki)))
      .then('CHAT_NOT_YOURS');
    given([requested, accepted(sara)])
      .when(toLaw(acting(yuki, true)))
      .then([
        {
          type: 'ChatTransferred',
          data: {
            chatId: 'c1',
            by: yuki,
            to: { kind: 'department', departmentId: 'law' },
            note: 'a law question',
            transferredAt: T2,
          },
        },
      ]);
    given([requested])
      .when({
        type: 'TransferChat',
        data: {
          chatId: 'c1',
          by: acting(sara),
          to: { kind: 'department', departmentId: 'humanities' },
          note: '',
          at: T2,
        },
      })
      .then('CHAT_TRANSFER_TO_SAME');
    given([requested, accepted(sara)])
      .when(toLaw(acting(sara), 'x'.repeat(1_001)))
      .then('CHAT_NOTE_TOO_LONG');
  });

  it('to a department put the chat back in the queue: any agent may accept it again', () => {
    const transferred: ChatEvent = {
      type: 'ChatTransferred',
      data: { chatId: 'c1', by: sara, to: { kind: 'department', departmentId: 'law' }, note: '', transferredAt: T2 },
    };
    given([requested, accepted(sara), transferred])
      .when(accept(yuki))
      .then([accepted(yuki)]);
  });
});

describe('closing', () => {
  it('by the visitor, once', () => {
    given([requested, accepted()])
      .when({ type: 'CloseChatAsVisitor', data: { chatId: 'c1', visitorTokenHash: 'hash-of-token', at: T2 } })
      .then([closedByVisitor]);
    given([requested, closedByVisitor])
      .when({ type: 'CloseChatAsVisitor', data: { chatId: 'c1', visitorTokenHash: 'hash-of-token', at: T2 } })
      .then([]);
    given([requested])
      .when({ type: 'CloseChatAsVisitor', data: { chatId: 'c1', visitorTokenHash: 'nope', at: T2 } })
      .then('CHAT_VISITOR_TOKEN_INVALID');
  });

  it('by the agent, with a reason', () => {
    const close = (reason: string, by = acting(sara)): ChatCommand => ({
      type: 'CloseChatAsAgent',
      data: { chatId: 'c1', by, reason, at: T2 },
    });
    given([requested, accepted()])
      .when(close(' answered '))
      .then([{ type: 'ChatClosedByAgent', data: { chatId: 'c1', agent: sara, reason: 'answered', closedAt: T2 } }]);
    given([requested, accepted()]).when(close('  ')).then('CHAT_REASON_INVALID');
    given([requested, accepted()])
      .when(close('mine now', acting(yuki)))
      .then('CHAT_NOT_YOURS');
    given([requested, accepted(), closedByVisitor]).when(close('answered')).then([]);
  });
});
