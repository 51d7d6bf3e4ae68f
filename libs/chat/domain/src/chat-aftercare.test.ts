import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import { chatDecider, type ChatCommand } from './chat-decider';
import type { ChatEvent } from './chat-events';

const given = deciderSpec(chatDecider);

const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T08:01:00.000Z';
const T2 = '2025-03-01T08:02:00.000Z';
const T3 = '2025-03-01T08:04:00.000Z';
const sara = { id: 's1', name: 'Sara Ahmadi' };
const yuki = { id: 'y1', name: 'Yuki Tanaka' };

const requested: ChatEvent = {
  type: 'ChatRequested',
  data: {
    chatId: 'c1',
    departmentId: 'humanities',
    visitor: { name: 'Reza Karimi', email: null },
    firstQuestion: 'سلام',
    visitorTokenHash: 'hash',
    requestedAt: T0,
  },
};
const accepted: ChatEvent = { type: 'ChatAccepted', data: { chatId: 'c1', agent: sara, acceptedAt: T1 } };
const closedByAgent: ChatEvent = {
  type: 'ChatClosedByAgent',
  data: { chatId: 'c1', agent: sara, reason: 'answered', closedAt: T2 },
};
const left = (at = T1): ChatEvent => ({ type: 'ChatVisitorLeft', data: { chatId: 'c1', leftAt: at } });
const returned = (at = T2): ChatEvent => ({ type: 'ChatVisitorReturned', data: { chatId: 'c1', returnedAt: at } });
const rate = (score: number, comment: string | null = null, visitorTokenHash = 'hash'): ChatCommand => ({
  type: 'RateChat',
  data: { chatId: 'c1', visitorTokenHash, score, comment, at: T3 },
});
const rated = (score: number, comment: string | null = null): ChatEvent => ({
  type: 'ChatRated',
  data: { chatId: 'c1', score, comment, agent: sara, ratedAt: T3 },
});
const abandon = (visitorLeftAt = T1): ChatCommand => ({
  type: 'AbandonChat',
  data: { chatId: 'c1', visitorLeftAt, at: T3 },
});
const note = (
  mentions: { id: string; name: string; mayRead: boolean }[] = [],
  text = 'Ask @Yuki about the Hafez edition',
): ChatCommand => ({
  type: 'AddChatNote',
  data: { chatId: 'c1', author: sara, noteId: 'n1', clientNoteId: 'cn1', text, mentions, at: T2 },
});

describe('rating a chat', () => {
  it('is taken once an agent answered it, also after the agent closed it, with the comment trimmed', () => {
    given([requested, accepted])
      .when(rate(5, ' Very helpful '))
      .then([rated(5, 'Very helpful')]);
    given([requested, accepted, closedByAgent])
      .when(rate(2, '  '))
      .then([rated(2)]);
  });

  it('is given once: the same rating again decides nothing, another is refused', () => {
    given([requested, accepted, rated(4, 'ok')])
      .when(rate(4, 'ok'))
      .then([]);
    given([requested, accepted, rated(4, 'ok')])
      .when(rate(1))
      .then('CHAT_ALREADY_RATED');
  });

  it('is refused before anyone answered, with another token, or out of range', () => {
    given([requested]).when(rate(5)).then('CHAT_NOT_ANSWERED');
    given([requested, accepted])
      .when(rate(5, null, 'other'))
      .then('CHAT_VISITOR_TOKEN_INVALID');
    given([requested, accepted]).when(rate(0)).then('CHAT_RATING_INVALID');
    given([requested, accepted]).when(rate(4.5)).then('CHAT_RATING_INVALID');
    given([requested, accepted])
      .when(rate(5, 'x'.repeat(1_001)))
      .then('CHAT_RATING_COMMENT_TOO_LONG');
  });
});

describe('a visitor who left a waiting chat', () => {
  it('is recorded once while the chat waits, and their return after it', () => {
    given([requested])
      .when({ type: 'RecordVisitorLeft', data: { chatId: 'c1', at: T1 } })
      .then([left()]);
    given([requested, left()])
      .when({ type: 'RecordVisitorLeft', data: { chatId: 'c1', at: T2 } })
      .then([]);
    given([requested, accepted])
      .when({ type: 'RecordVisitorLeft', data: { chatId: 'c1', at: T2 } })
      .then([]);
    given([requested, left()])
      .when({ type: 'RecordVisitorReturned', data: { chatId: 'c1', at: T2 } })
      .then([returned()]);
    given([requested])
      .when({ type: 'RecordVisitorReturned', data: { chatId: 'c1', at: T2 } })
      .then([]);
  });

  it('makes the chat abandoned when they stayed away', () => {
    given([requested, left()])
      .when(abandon())
      .then([{ type: 'ChatAbandoned', data: { chatId: 'c1', visitorLeftAt: T1, abandonedAt: T3 } }]);
  });

  it('is not abandoned once they came back, wrote, or an agent took the chat', () => {
    given([requested, left(), returned()]).when(abandon()).then('CHAT_VISITOR_STILL_THERE');
    given([
      requested,
      left(),
      {
        type: 'MessagePosted',
        data: { chatId: 'c1', messageId: 'm', author: { kind: 'visitor' }, text: 'hi', postedAt: T2 },
      },
    ])
      .when(abandon())
      .then('CHAT_VISITOR_STILL_THERE');
    given([requested]).when(abandon()).then('CHAT_VISITOR_STILL_THERE');
    given([requested, left(), accepted]).when(abandon()).then('CHAT_NOT_WAITING');
    given([requested, left(), { type: 'ChatAbandoned', data: { chatId: 'c1', visitorLeftAt: T1, abandonedAt: T3 } }])
      .when(abandon())
      .then('CHAT_NOT_WAITING');
  });

  it('left again after coming back is a new departure', () => {
    given([requested, left(), returned()])
      .when({ type: 'RecordVisitorLeft', data: { chatId: 'c1', at: T3 } })
      .then([left(T3)]);
    given([requested, left(), returned(), left(T3)])
      .when(abandon(T3))
      .then([{ type: 'ChatAbandoned', data: { chatId: 'c1', visitorLeftAt: T3, abandonedAt: T3 } }]);
  });
});

describe('internal notes', () => {
  it('are added once with the staff they mention', () => {
    const added: ChatEvent = {
      type: 'ChatNoteAdded',
      data: {
        chatId: 'c1',
        noteId: 'n1',
        clientNoteId: 'cn1',
        author: sara,
        text: 'Ask @Yuki about the Hafez edition',
        mentions: [yuki],
        addedAt: T2,
      },
    };
    given([requested, accepted])
      .when(
        note([
          { ...yuki, mayRead: true },
          { ...yuki, mayRead: true },
        ]),
      )
      .then([added]);
    given([requested, accepted, added])
      .when(note([{ ...yuki, mayRead: true }]))
      .then([]);
  });

  it('refuse a mention of someone who cannot read the chat, and an empty note', () => {
    given([requested, accepted])
      .when(note([{ ...yuki, mayRead: false }]))
      .then('CHAT_MENTION_CANNOT_READ');
    given([requested, accepted]).when(note([], '  ')).then('CHAT_MESSAGE_EMPTY');
    given([]).when(note()).then('CHAT_NOT_FOUND');
  });
});
