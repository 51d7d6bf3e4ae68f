import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '@deskstream/chat-domain';
import { createReferenceDeskReadModels } from './projections';

const sara = { id: 's1', name: 'Sara Ahmadi' };
const yuki = { id: 'y1', name: 'Yuki Tanaka' };

const requested = (
  chatId: string,
  requestedAt: string,
  firstQuestion = 'Where is the book?',
  departmentId = 'law',
  name = 'Reza Karimi',
): ChatEvent => ({
  type: 'ChatRequested',
  data: {
    chatId,
    departmentId,
    visitor: { name, email: `${chatId}@example.ir` },
    firstQuestion,
    visitorTokenHash: `h-${chatId}`,
    requestedAt,
  },
});
const accepted = (chatId: string, at: string, agent = sara): ChatEvent => ({
  type: 'ChatAccepted',
  data: { chatId, agent, acceptedAt: at },
});
const rated = (chatId: string, score: number, agent: { id: string; name: string } | null = sara): ChatEvent => ({
  type: 'ChatRated',
  data: { chatId, score, comment: score > 3 ? 'Thanks' : null, agent, ratedAt: '2025-03-02T12:00:00.000Z' },
});

function fold(events: ChatEvent[], timeZone?: string) {
  const models = createReferenceDeskReadModels({ timeZone });
  models.directory.apply({
    type: 'DepartmentOpened',
    data: { departmentId: 'law', name: { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' } },
  });
  models.directory.apply({
    type: 'DepartmentOpened',
    data: { departmentId: 'maps', name: { fa: 'نقشه‌ها', en: 'Maps', ja: '地図', vi: 'Bản đồ' } },
  });
  for (const event of events) models.chats.apply(event);
  return models.chats;
}

describe('an abandoned chat', () => {
  it('leaves the queue, says so in the transcript, and counts as missed and abandoned', () => {
    const model = fold([
      requested('c1', '2025-03-01T08:00:00.000Z'),
      { type: 'ChatVisitorLeft', data: { chatId: 'c1', leftAt: '2025-03-01T08:01:00.000Z' } },
      {
        type: 'ChatAbandoned',
        data: { chatId: 'c1', visitorLeftAt: '2025-03-01T08:01:00.000Z', abandonedAt: '2025-03-01T08:03:00.000Z' },
      },
    ]);
    expect(model.pending()).toEqual([]);
    expect(model.chat('c1')).toMatchObject({
      status: 'CLOSED',
      closedBy: 'VISITOR_LEFT',
      closedAt: '2025-03-01T08:03:00.000Z',
      visitorAwaySince: null,
    });
    expect(model.chat('c1')!.transcript.map((entry) => entry.notice)).toEqual([null, 'ABANDONED']);
    expect(model.daily.between('2025-03-01', '2025-03-01')[0]).toMatchObject({
      chatsStarted: 1,
      chatsMissed: 1,
      chatsAbandoned: 1,
    });
  });

  it('knows while its visitor is away, until they come back', () => {
    const model = fold([
      requested('c1', '2025-03-01T08:00:00.000Z'),
      { type: 'ChatVisitorLeft', data: { chatId: 'c1', leftAt: '2025-03-01T08:01:00.000Z' } },
    ]);
    expect(model.chat('c1')!.visitorAwaySince).toBe('2025-03-01T08:01:00.000Z');
    model.apply({ type: 'ChatVisitorReturned', data: { chatId: 'c1', returnedAt: '2025-03-01T08:02:00.000Z' } });
    expect(model.chat('c1')!.visitorAwaySince).toBeNull();
    expect(model.chat('c1')!.transcript).toHaveLength(1);
  });
});

describe('ratings and notes', () => {
  it('keep the rating on the chat and count it per day and per agent', () => {
    const model = fold([
      requested('c1', '2025-03-01T08:00:00.000Z'),
      requested('c2', '2025-03-01T09:00:00.000Z'),
      requested('c3', '2025-03-01T10:00:00.000Z'),
      accepted('c1', '2025-03-01T08:00:10.000Z'),
      accepted('c2', '2025-03-01T09:00:10.000Z'),
      accepted('c3', '2025-03-01T10:00:10.000Z', yuki),
      rated('c1', 5),
      rated('c2', 2),
      rated('c3', 4, yuki),
    ]);
    expect(model.chat('c1')!.rating).toEqual({
      score: 5,
      good: true,
      comment: 'Thanks',
      ratedAt: '2025-03-02T12:00:00.000Z',
      agentId: 's1',
    });
    expect(model.daily.between('2025-03-01', '2025-03-01')[0]).toMatchObject({
      ratings: 3,
      averageRating: 3.67,
      goodRatingShare: 0.667,
    });
    expect(model.daily.agentsBetween('2025-03-01', '2025-03-01')).toEqual([
      { agentId: 's1', chatsAnswered: 2, ratings: 2, averageRating: 3.5, goodRatingShare: 0.5 },
      { agentId: 'y1', chatsAnswered: 1, ratings: 1, averageRating: 4, goodRatingShare: 1 },
    ]);
  });

  it('keeps notes in the transcript as staff-only entries with their mentions', () => {
    const model = fold([
      requested('c1', '2025-03-01T08:00:00.000Z'),
      accepted('c1', '2025-03-01T08:00:10.000Z'),
      {
        type: 'ChatNoteAdded',
        data: {
          chatId: 'c1',
          noteId: 'n1',
          clientNoteId: 'cn1',
          author: sara,
          text: '@Yuki knows this',
          mentions: [yuki],
          addedAt: '2025-03-01T08:01:00.000Z',
        },
      },
    ]);
    expect(model.chat('c1')!.transcript[2]).toMatchObject({
      id: 'n1',
      kind: 'NOTE',
      author: { kind: 'AGENT', id: 's1' },
      mentions: [yuki],
      clientMessageId: 'cn1',
    });
  });
});

describe('days in the organisation’s time zone', () => {
  it('counts a chat at 22:00 UTC on the next day in Tehran', () => {
    const events = [requested('c1', '2025-03-01T22:00:00.000Z')];
    expect(
      fold(events)
        .daily.between('2025-03-01', '2025-03-02')
        .map((day) => day.chatsStarted),
    ).toEqual([1, 0]);
    expect(
      fold(events, 'Asia/Tehran')
        .daily.between('2025-03-01', '2025-03-02')
        .map((day) => day.chatsStarted),
    ).toEqual([0, 1]);
  });
});

describe('the archive', () => {
  const model = fold([
    requested('c1', '2025-03-01T08:00:00.000Z', 'کتاب «بوف کور» را می‌خواهم، شماره ۱۶۰۳'),
    requested('c2', '2025-03-02T08:00:00.000Z', '図書館の地図はありますか', 'maps', 'Tanaka Hiro'),
    requested('c3', '2025-03-03T08:00:00.000Z', 'Tôi cần sách tiếng Việt', 'law', 'Nguyễn Văn An'),
    accepted('c1', '2025-03-01T08:00:10.000Z'),
    accepted('c3', '2025-03-03T08:00:10.000Z', yuki),
    rated('c1', 5),
  ]);
  const all = () => true;
  const ids = (text: string, more: object = {}) =>
    model.archive.search({ text, ...more }, 0, 25, all).hits.map((hit) => hit.chat.id);

  it('finds Persian typed with Arabic letters and digits, Japanese inside a sentence, Vietnamese without tones', () => {
    expect(ids('كتاب')).toEqual(['c1']);
    expect(ids('1603')).toEqual(['c1']);
    expect(ids('地図')).toEqual(['c2']);
    expect(ids('tieng viet')).toEqual(['c3']);
    expect(ids('nguyen')).toEqual(['c3']);
  });

  it('finds by department name in any language, agent, email; filters and pages newest first', () => {
    expect(ids('نقشه‌ها')).toEqual(['c2']);
    expect(ids('yuki')).toEqual(['c3']);
    expect(ids('c2@example.ir')).toEqual(['c2']);
    expect(ids('', { agentId: 's1' })).toEqual(['c1']);
    expect(ids('', { departmentId: 'law' })).toEqual(['c3', 'c1']);
    expect(ids('', { from: '2025-03-02', to: '2025-03-03' })).toEqual(['c3', 'c2']);
    expect(ids('', { rating: 5 })).toEqual(['c1']);
    expect(ids('', { ratedGood: false })).toEqual([]);
    const page = model.archive.search({}, 1, 1, all);
    expect(page.total).toBe(3);
    expect(page.hits.map((hit) => hit.chat.id)).toEqual(['c2']);
    expect(
      model.archive.search({}, 0, 25, (chat) => chat.departmentId === 'maps').hits.map((hit) => hit.chat.id),
    ).toEqual(['c2']);
  });

  it('gives an excerpt where the words were found', () => {
    expect(model.archive.search({ text: 'بوف' }, 0, 25, all).hits[0]!.excerpt).toContain('بوف کور');
  });
});
