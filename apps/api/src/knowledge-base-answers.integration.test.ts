/**
 * Visitors' questions from the knowledge base answered from the console: the answer is mailed
 * through the outbox (once per question), recorded with the question, and given only by staff who
 * may read the visitor inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

const ASK = 'mutation ($i: KnowledgeBaseQuestionInput!) { askKnowledgeBase(input: $i) { id } }';
const ANSWER =
  'mutation ($id: ID!, $a: String!, $c: ID!) { answerKnowledgeBaseQuestion(id: $id, answer: $a, commandId: $c) { id answer { text by at mailId } } }';

let api: TestApi;
let agent: string;
let admin: string;
beforeAll(async () => {
  api = await startTestApi();
  [agent, admin] = await Promise.all([api.signIn('sara', 'deskstream-agent'), api.signIn('admin', 'deskstream-admin')]);
});
afterAll(() => api?.close());

async function ask(commandId: string, email: string | null): Promise<string> {
  const asked = await api.gql<{ askKnowledgeBase: { id: string } }>(ASK, {
    i: { question: 'Setup stops with error 1603.\nWhat now?', locale: 'en', name: 'Reza', email, commandId },
  });
  return asked.data!.askKnowledgeBase.id;
}

describe('answering a visitor’s question by email', () => {
  it('queues the mail in the outbox, records the answer with the question, and answers a retry the same', async () => {
    const id = await ask('ask-answer-1', 'reza@example.org');
    const answered = await api.gql(ANSWER, { id, a: 'Run the installer as administrator.', c: 'answer-1' }, agent);
    expect(answered.errors).toBeUndefined();
    const answer = answered.data!.answerKnowledgeBaseQuestion.answer;
    expect(answer).toEqual({
      text: 'Run the installer as administrator.',
      by: expect.any(String),
      at: expect.any(String),
      mailId: expect.any(String),
    });

    const inbox = await api.gql('{ knowledgeBaseQuestions { id answer { text mailId } } }', {}, agent);
    expect(inbox.data!.knowledgeBaseQuestions).toContainEqual({
      id,
      answer: { text: answer.text, mailId: answer.mailId },
    });

    const mail = await api.gql(
      'query ($id: ID!) { outboxMail(id: $id) { to subject text purpose { kind id } } }',
      { id: answer.mailId },
      admin,
    );
    expect(mail.data!.outboxMail).toEqual({
      to: 'reza@example.org',
      subject: 'Re: Setup stops with error 1603. What now?',
      text: expect.stringContaining('Run the installer as administrator.'),
      purpose: { kind: 'knowledge-base-question-answer', id },
    });
    expect(mail.data!.outboxMail.text).toContain('> What now?');

    // The same command again: the same answer, no second mail.
    const retried = await api.gql(ANSWER, { id, a: 'Run the installer as administrator.', c: 'answer-1' }, agent);
    expect(retried.data!.answerKnowledgeBaseQuestion.answer).toEqual(answer);
    const mails = await api.gql<{ outboxMails: { purpose: { id: string } }[] }>(
      '{ outboxMails(limit: 500) { purpose { id } } }',
      {},
      admin,
    );
    expect(mails.data!.outboxMails.filter((each) => each.purpose.id === id)).toHaveLength(1);
    // Another answer, by anyone: refused, the first one stays.
    const again = await api.gql(ANSWER, { id, a: 'Something else.', c: 'answer-2' }, admin);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'KB_QUESTION_ALREADY_ANSWERED' });
  });

  it('refuses a question without an email address, an empty answer and an unknown question, with reasons', async () => {
    const withoutEmail = await ask('ask-answer-2', null);
    expect(
      (await api.gql(ANSWER, { id: withoutEmail, a: 'Hello', c: 'a-3' }, agent)).errors?.[0]?.extensions,
    ).toMatchObject({ reason: 'KB_QUESTION_WITHOUT_EMAIL' });
    const id = await ask('ask-answer-3', 'minh@example.org');
    expect((await api.gql(ANSWER, { id, a: '   ', c: 'a-4' }, agent)).errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_ERROR',
      reason: 'KB_ANSWER_INVALID',
    });
    expect(
      (await api.gql(ANSWER, { id: 'no-such-question', a: 'Hello', c: 'a-5' }, agent)).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is for staff who may read the inbox only; strangers learn nothing about the question', async () => {
    const id = await ask('ask-answer-4', 'reza@example.org');
    for (const who of [undefined, 'not-a-token']) {
      const refused = await api.gql(ANSWER, { id, a: 'Hello', c: 'a-6' }, who);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const unknown = await api.gql(ANSWER, { id: 'no-such-question', a: 'Hello', c: 'a-7' }, who);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const product = await api.signIn('pouya', 'deskstream-product');
    expect((await api.gql(ANSWER, { id, a: 'The team is on it.', c: 'a-8' }, product)).errors).toBeUndefined();
  });
});
