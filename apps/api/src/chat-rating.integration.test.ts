/** The visitor's rating after a chat, once, by their token; in the supervisor's figures per day and per agent; the archive. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { ACCEPT, codeOf, goOnline, visitor } from './testing/reference-desk';

let api: TestApi;
let sara: string;
let yuki: string;

beforeAll(async () => {
  api = await startTestApi({ referenceDesk: { timeZone: 'Asia/Tehran' } });
  [sara, yuki] = await Promise.all([api.signIn('sara', 'deskstream-agent'), api.signIn('yuki', 'deskstream-agent')]);
  await goOnline(api.gql, sara);
});
afterAll(async () => api?.close());

const RATE =
  'mutation ($input: ChatRatingInput!) { rateChat(input: $input) { status canRate rating { score good comment } } }';
const CLOSE = 'mutation ($c: ID!) { closeChat(chatId: $c, reason: "answered", commandId: "close") { status } }';

describe('a visitor’s rating', () => {
  it('is taken once after the agent closed the chat; the same again changes nothing, another is refused', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Where are the law reports?');
    expect(codeOf(await api.gql(RATE, { input: { chatId, visitorToken: reza.token, score: 5 } }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'CHAT_NOT_ANSWERED',
    });
    await api.gql(ACCEPT, { chatId }, sara);
    await api.gql(CLOSE, { c: chatId }, sara);
    expect(
      (
        await api.gql('query ($c: ID!, $t: String!) { visitorChat(chatId: $c, visitorToken: $t) { canRate } }', {
          c: chatId,
          t: reza.token,
        })
      ).data,
    ).toEqual({ visitorChat: { canRate: true } });

    const rated = await api.gql(RATE, {
      input: { chatId, visitorToken: reza.token, score: 5, comment: ' Very helpful, thank you ' },
    });
    expect(rated.data).toEqual({
      rateChat: {
        status: 'CLOSED',
        canRate: false,
        rating: { score: 5, good: true, comment: 'Very helpful, thank you' },
      },
    });
    expect(
      (
        await api.gql(RATE, {
          input: { chatId, visitorToken: reza.token, score: 5, comment: 'Very helpful, thank you' },
        })
      ).errors,
    ).toBeUndefined();
    expect(codeOf(await api.gql(RATE, { input: { chatId, visitorToken: reza.token, score: 1 } }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'CHAT_ALREADY_RATED',
    });
    expect(
      codeOf(await api.gql(RATE, { input: { chatId, visitorToken: visitor(api.gql).token, score: 1 } })),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'CHAT_VISITOR_TOKEN_INVALID' });

    const staffView = await api.gql(
      'query ($id: ID!) { chat(id: $id) { rating { score comment } } }',
      { id: chatId },
      sara,
    );
    expect(staffView.data!.chat.rating).toEqual({ score: 5, comment: 'Very helpful, thank you' });
  });

  it('refuses a score out of range or a comment over 1,000 characters', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Out of range');
    await api.gql(ACCEPT, { chatId }, sara);
    expect(codeOf(await api.gql(RATE, { input: { chatId, visitorToken: reza.token, score: 6 } }))).toMatchObject({
      code: 'VALIDATION_ERROR',
      reason: 'CHAT_RATING_INVALID',
    });
    expect(
      codeOf(
        await api.gql(RATE, { input: { chatId, visitorToken: reza.token, score: 4, comment: 'x'.repeat(1_001) } }),
      ),
    ).toMatchObject({ reason: 'CHAT_RATING_COMMENT_TOO_LONG' });
  });

  it('counts in the figures per day (in the desk’s time zone) and per agent, and filters the archive', async () => {
    const reza = visitor(api.gql);
    const chatId = await reza.startChat('law', 'Counted');
    await api.gql(ACCEPT, { chatId }, sara);
    await api.gql(RATE, { input: { chatId, visitorToken: reza.token, score: 2 } });

    const calendar = (await api.gql('{ deskCalendar { timeZone today } }', {}, yuki)).data!.deskCalendar;
    expect(calendar.timeZone).toBe('Asia/Tehran');
    const figures = await api.gql(
      'query ($d: String!) { chatDailyFigures(from: $d, to: $d) { ratings averageRating goodRatingShare } }',
      { d: calendar.today },
      yuki,
    );
    expect(figures.data!.chatDailyFigures[0]).toEqual({ ratings: 2, averageRating: 3.5, goodRatingShare: 0.5 });
    const agents = await api.gql(
      'query ($d: String!) { chatAgentFigures(from: $d, to: $d) { agent { name } chatsAnswered ratings averageRating } }',
      { d: calendar.today },
      yuki,
    );
    expect(agents.data!.chatAgentFigures).toContainEqual({
      agent: { name: 'Sara Ahmadi' },
      chatsAnswered: 3,
      ratings: 2,
      averageRating: 3.5,
    });
    expect(
      codeOf(
        await api.gql(
          'query ($d: String!) { chatAgentFigures(from: $d, to: $d) { ratings } }',
          { d: calendar.today },
          sara,
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });

    const archive = await api.gql(
      '{ chatArchive(filter: { ratedGood: false }) { total hits { chat { id } } } }',
      {},
      sara,
    );
    expect(archive.data!.chatArchive.hits.map((hit: { chat: { id: string } }) => hit.chat.id)).toEqual([chatId]);
  });
});

describe('the archive', () => {
  it('finds a chat by a Persian word typed with Arabic letters, only within the reader’s departments', async () => {
    const leila = visitor(api.gql, 'لیلا احمدی');
    const chatId = await leila.startChat('law', 'کتاب «قانون مدنی» را کجا پیدا کنم؟');
    const minh = await api.signIn('minh', 'deskstream-agent');
    const query =
      'query ($t: String) { chatArchive(filter: { text: $t }) { total hits { excerpt chat { id visitor { name } } } } }';
    const found = await api.gql(query, { t: 'كتاب مدني' }, sara);
    expect(found.data!.chatArchive.hits).toEqual([
      { excerpt: 'کتاب «قانون مدنی» را کجا پیدا کنم؟', chat: { id: chatId, visitor: { name: 'لیلا احمدی' } } },
    ]);
    expect((await api.gql(query, { t: 'كتاب مدني' }, minh)).data!.chatArchive).toEqual({ total: 0, hits: [] });
    expect(codeOf(await api.gql('{ chatArchive(limit: 500) { total } }', {}, sara))).toMatchObject({
      reason: 'CHAT_ARCHIVE_FILTER_INVALID',
    });
  });
});
