import { describe, expect, it } from 'vitest';
import { createReferenceDeskReadModels } from './projections';
import type { ChatEvent, QuestionEvent } from '@deskstream/chat-domain';

const sara = { id: 's1', name: 'Sara Ahmadi' };
const yuki = { id: 'y1', name: 'Yuki Tanaka' };

const requested = (
  chatId: string,
  departmentId: string,
  requestedAt: string,
  name = 'Reza Karimi',
  email: string | null = null,
): ChatEvent => ({
  type: 'ChatRequested',
  data: {
    chatId,
    departmentId,
    visitor: { name, email },
    firstQuestion: `  Where is   the book\n${'x'.repeat(100)}`,
    visitorTokenHash: `h-${chatId}`,
    requestedAt,
  },
});

function fold(events: (ChatEvent | QuestionEvent)[]) {
  const models = createReferenceDeskReadModels();
  models.directory.apply({
    type: 'DepartmentOpened',
    data: { departmentId: 'law', name: { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' } },
  });
  for (const event of events) models.chats.apply(event);
  return models.chats;
}

describe('the pending queue', () => {
  it('lists waiting chats per department, longest waiting first, with the first words', () => {
    const model = fold([
      requested('c2', 'humanities', '2025-03-01T08:05:00.000Z'),
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      requested('c3', 'law', '2025-03-01T08:01:00.000Z'),
    ]);
    expect(model.pending(['humanities']).map((chat) => chat.id)).toEqual(['c1', 'c2']);
    expect(model.pending().map((chat) => chat.id)).toEqual(['c1', 'c3', 'c2']);
    expect(model.pending(['law'])[0]!.firstWords).toMatch(/^Where is the book x+…$/);
    expect(model.queuePosition(model.chat('c2')!)).toBe(2);
  });

  it('loses a chat when it is accepted or closed, and gets it back on a transfer to a department', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      requested('c2', 'humanities', '2025-03-01T08:01:00.000Z'),
      { type: 'ChatAccepted', data: { chatId: 'c1', agent: sara, acceptedAt: '2025-03-01T08:02:00.000Z' } },
      { type: 'ChatClosedByVisitor', data: { chatId: 'c2', closedAt: '2025-03-01T08:03:00.000Z' } },
    ]);
    expect(model.pending()).toEqual([]);
    const version = model.queueVersion('law');
    model.apply({
      type: 'ChatTransferred',
      data: {
        chatId: 'c1',
        by: sara,
        to: { kind: 'department', departmentId: 'law' },
        note: 'law',
        transferredAt: '2025-03-01T08:04:00.000Z',
      },
    });
    expect(model.pending(['law']).map((chat) => ({ id: chat.id, waitingSince: chat.waitingSince }))).toEqual([
      { id: 'c1', waitingSince: '2025-03-01T08:04:00.000Z' },
    ]);
    expect(model.queueVersion('law')).toBe(version + 1);
    expect(model.activeFor('s1')).toEqual([]);
  });
});

describe('active chats and transcripts', () => {
  it('follow the chat from agent to agent, and show who said what', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      { type: 'ChatAccepted', data: { chatId: 'c1', agent: sara, acceptedAt: '2025-03-01T08:01:00.000Z' } },
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'm1',
          author: { kind: 'agent', ...sara },
          text: '<b>Yes</b>',
          postedAt: '2025-03-01T08:02:00.000Z',
        },
      },
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'm2',
          author: { kind: 'visitor' },
          text: 'مرسی',
          postedAt: '2025-03-01T08:03:00.000Z',
        },
      },
      {
        type: 'ChatTransferred',
        data: {
          chatId: 'c1',
          by: sara,
          to: { kind: 'agent', ...yuki },
          note: 'medical',
          transferredAt: '2025-03-01T08:04:00.000Z',
        },
      },
    ]);
    expect(model.activeFor('s1')).toEqual([]);
    expect(model.activeFor('y1').map((chat) => chat.id)).toEqual(['c1']);
    model.apply({ type: 'ChatClosedByVisitor', data: { chatId: 'c1', closedAt: '2025-03-01T08:05:00.000Z' } });
    expect(model.activeFor('y1')).toEqual([]);
    expect(
      model.chat('c1')!.transcript.map((entry) => [entry.author.name || entry.notice, entry.text, entry.staffNote]),
    ).toEqual([
      [
        'Reza Karimi',
        (requested('c1', '', '') as Extract<ChatEvent, { type: 'ChatRequested' }>).data.firstQuestion,
        null,
      ],
      ['ACCEPTED', 'Sara Ahmadi has joined the chat', null],
      ['Sara Ahmadi', '<b>Yes</b>', null],
      ['Reza Karimi', 'مرسی', null],
      ['TRANSFERRED', 'The chat has been transferred to Yuki Tanaka', 'medical'],
      ['CLOSED_BY_VISITOR', 'Reza Karimi has closed the chat explicitly', null],
    ]);
    expect(model.chat('c1')).toMatchObject({ status: 'CLOSED', closedBy: 'VISITOR', agent: yuki });
  });

  it('say whom each notice is about, and nothing for messages', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      { type: 'ChatAccepted', data: { chatId: 'c1', agent: sara, acceptedAt: '2025-03-01T08:01:00.000Z' } },
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'm1',
          author: { kind: 'agent', ...sara },
          text: 'Hello',
          postedAt: '2025-03-01T08:02:00.000Z',
        },
      },
      {
        type: 'ChatTransferred',
        data: {
          chatId: 'c1',
          by: sara,
          to: { kind: 'agent', ...yuki },
          note: '',
          transferredAt: '2025-03-01T08:03:00.000Z',
        },
      },
      {
        type: 'ChatTransferred',
        data: {
          chatId: 'c1',
          by: yuki,
          to: { kind: 'department', departmentId: 'law' },
          note: '',
          transferredAt: '2025-03-01T08:04:00.000Z',
        },
      },
      {
        type: 'ChatClosedByAgent',
        data: { chatId: 'c1', agent: yuki, reason: 'answered', closedAt: '2025-03-01T08:05:00.000Z' },
      },
    ]);
    expect(model.chat('c1')!.transcript.map((entry) => [entry.notice, entry.subject])).toEqual([
      [null, null],
      ['ACCEPTED', { kind: 'AGENT', id: sara.id, name: sara.name }],
      [null, null],
      ['TRANSFERRED', { kind: 'AGENT', id: yuki.id, name: yuki.name }],
      ['TRANSFERRED', { kind: 'DEPARTMENT', id: 'law', name: 'Law' }],
      ['CLOSED_BY_AGENT', { kind: 'AGENT', id: yuki.id, name: yuki.name }],
    ]);
    const closedByVisitor = fold([
      requested('c2', 'humanities', '2025-03-01T08:00:00.000Z'),
      { type: 'ChatClosedByVisitor', data: { chatId: 'c2', closedAt: '2025-03-01T08:01:00.000Z' } },
    ]);
    expect(closedByVisitor.chat('c2')!.transcript[1]).toMatchObject({
      notice: 'CLOSED_BY_VISITOR',
      subject: { kind: 'VISITOR', id: null, name: 'Reza Karimi' },
      text: 'Reza Karimi has closed the chat explicitly',
    });
  });

  it('keep the client message id of each visitor’s and agent’s own message, and none on notices', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      { type: 'ChatAccepted', data: { chatId: 'c1', agent: sara, acceptedAt: '2025-03-01T08:01:00.000Z' } },
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'm1',
          clientMessageId: 'visitor-1',
          author: { kind: 'visitor' },
          text: 'سلام',
          postedAt: '2025-03-01T08:02:00.000Z',
        },
      },
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'm2',
          clientMessageId: 'agent-1',
          author: { kind: 'agent', ...sara },
          text: 'Hello',
          postedAt: '2025-03-01T08:03:00.000Z',
        },
      },
      // Written before the client's id was kept.
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'm3',
          author: { kind: 'visitor' },
          text: 'Thanks',
          postedAt: '2025-03-01T08:04:00.000Z',
        },
      },
    ]);
    expect(model.chat('c1')!.transcript.map((entry) => [entry.kind, entry.clientMessageId])).toEqual([
      ['MESSAGE', null],
      ['NOTICE', null],
      ['MESSAGE', 'visitor-1'],
      ['MESSAGE', 'agent-1'],
      ['MESSAGE', null],
    ]);
    expect(model.entry('c1', 'm2')).toMatchObject({
      id: 'm2',
      clientMessageId: 'agent-1',
      author: { kind: 'AGENT', id: sara.id },
    });
  });

  it('name the department a chat was transferred to', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      {
        type: 'ChatTransferred',
        data: {
          chatId: 'c1',
          by: sara,
          to: { kind: 'department', departmentId: 'law' },
          note: '',
          transferredAt: '2025-03-01T08:04:00.000Z',
        },
      },
    ]);
    expect(model.chat('c1')!.transcript[1]!.text).toBe('The chat has been transferred to Law');
  });
});

describe('history, questions and daily figures', () => {
  it('finds a visitor’s chats and questions by email, whatever the case', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z', 'Reza', 'Reza@Example.ir'),
      {
        type: 'OfflineQuestionAsked',
        data: {
          questionId: 'q1',
          departmentId: 'law',
          visitor: { name: 'Reza', email: 'reza@example.ir' },
          question: 'Hours?',
          askedAt: '2025-03-01T23:00:00.000Z',
        },
      },
    ]);
    const history = model.historyFor(' REZA@example.IR ');
    expect(history.chats.map((chat) => chat.id)).toEqual(['c1']);
    expect(history.questions.map((question) => question.id)).toEqual(['q1']);
  });

  it('tells where a mail of the desk came from, by its outbox purpose', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      {
        type: 'OfflineQuestionAsked',
        data: {
          questionId: 'q1',
          departmentId: 'law',
          visitor: { name: 'Reza', email: 'reza@example.ir' },
          question: 'Hours?',
          askedAt: '2025-03-01T23:00:00.000Z',
        },
      },
    ]);
    expect(model.mailSource({ kind: 'chat-transcript', id: 'c1' })).toMatchObject({
      chat: { id: 'c1', departmentId: 'humanities' },
    });
    expect(model.mailSource({ kind: 'offline-question', id: 'q1' })).toMatchObject({
      question: { id: 'q1', departmentId: 'law' },
    });
    expect(model.mailSource({ kind: 'chat-transcript', id: 'q1' })).toBeUndefined();
    expect(model.mailSource({ kind: 'password-reset', id: 'c1' })).toBeUndefined();
  });

  it('marks a question answered with who, when and the mail', () => {
    const model = fold([
      {
        type: 'OfflineQuestionAsked',
        data: {
          questionId: 'q1',
          departmentId: 'law',
          visitor: { name: 'Reza', email: 'reza@example.ir' },
          question: 'Hours?',
          askedAt: '2025-03-01T23:00:00.000Z',
        },
      },
      {
        type: 'OfflineQuestionAnswered',
        data: {
          questionId: 'q1',
          answeredBy: sara,
          answer: '8 to 20',
          mailId: 'mail-1',
          answeredAt: '2025-03-02T08:00:00.000Z',
        },
      },
    ]);
    expect(model.offlineQuestions('WAITING')).toEqual([]);
    expect(model.question('q1')).toMatchObject({
      status: 'ANSWERED',
      answeredBy: sara,
      answeredAt: '2025-03-02T08:00:00.000Z',
      mailId: 'mail-1',
    });
  });

  it('counts per day: started, answered, missed, questions, median wait and first response', () => {
    const model = fold([
      requested('c1', 'humanities', '2025-03-01T08:00:00.000Z'),
      requested('c2', 'humanities', '2025-03-01T09:00:00.000Z'),
      requested('c3', 'humanities', '2025-03-01T10:00:00.000Z'),
      { type: 'ChatAccepted', data: { chatId: 'c1', agent: sara, acceptedAt: '2025-03-01T08:00:10.000Z' } },
      {
        type: 'MessagePosted',
        data: {
          chatId: 'c1',
          messageId: 'a',
          author: { kind: 'agent', ...sara },
          text: 'hi',
          postedAt: '2025-03-01T08:00:40.000Z',
        },
      },
      { type: 'ChatAccepted', data: { chatId: 'c2', agent: sara, acceptedAt: '2025-03-01T09:00:30.000Z' } },
      { type: 'ChatClosedByVisitor', data: { chatId: 'c3', closedAt: '2025-03-01T10:05:00.000Z' } },
      {
        type: 'OfflineQuestionAsked',
        data: {
          questionId: 'q1',
          departmentId: 'law',
          visitor: { name: 'Reza', email: 'r@example.ir' },
          question: '?',
          askedAt: '2025-03-02T01:00:00.000Z',
        },
      },
    ]);
    expect(model.daily.between('2025-03-01', '2025-03-02')).toEqual([
      {
        day: '2025-03-01',
        chatsStarted: 3,
        chatsAnswered: 2,
        chatsMissed: 1,
        offlineQuestions: 0,
        offlineQuestionsAnswered: 0,
        medianWaitSeconds: 20,
        medianFirstResponseSeconds: 40,
        chatsAbandoned: 0,
        ratings: 0,
        averageRating: null,
        goodRatingShare: null,
      },
      {
        day: '2025-03-02',
        chatsStarted: 0,
        chatsAnswered: 0,
        chatsMissed: 0,
        offlineQuestions: 1,
        offlineQuestionsAnswered: 0,
        medianWaitSeconds: null,
        medianFirstResponseSeconds: null,
        chatsAbandoned: 0,
        ratings: 0,
        averageRating: null,
        goodRatingShare: null,
      },
    ]);
  });
});
