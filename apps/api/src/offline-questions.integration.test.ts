/** Questions left while nobody is online, answered by email through the outbox to a real SMTP server on loopback. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';
import { codeOf, goOffline, goOnline, startLoopbackSmtp, type LoopbackSmtp } from './testing/reference-desk';

let api: TestApi;
let smtp: LoopbackSmtp;

beforeAll(async () => {
  smtp = await startLoopbackSmtp();
  api = await startTestApi({
    referenceDesk: {
      mail: { smtpUrl: smtp.url, from: 'Reference Desk <desk@library.example>' },
      mailWording: { locale: 'en', libraryName: { en: 'Central Library', fa: 'کتابخانهٔ مرکزی' } },
    },
  });
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

const ASK = 'mutation ($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { id askedAt } }';
const WAITING = '{ offlineQuestions(status: WAITING) { id departmentId firstWords visitor { name email } } }';
const ANSWER = `mutation ($q: ID!, $a: String!, $c: ID!) {
  answerOfflineQuestion(questionId: $q, answer: $a, commandId: $c) { id status answer answeredAt mailId answeredBy { name } }
}`;
const OUTBOX = '{ outboxMails { id to subject state attempts transport purpose { kind id } } }';

/** The first mail received that `matches`, once it has arrived. */
const mailWhere = (matches: (mail: (typeof smtp.received)[number]) => boolean) =>
  vi.waitFor(
    () => {
      const found = smtp.received.find(matches);
      if (!found) throw new Error('the mail has not arrived yet');
      return found;
    },
    { timeout: 10_000, interval: 20 },
  );

describe('an offline question', () => {
  it('waits with the name and email, and is answered by email once the agent is online again', async () => {
    const sara = await api.signIn('sara', 'deskstream-agent');
    await goOffline(api.gql, sara);
    expect((await api.gql('{ chatAvailability(departmentId: "law") { online } }')).data).toEqual({
      chatAvailability: { online: false },
    });

    const input = {
      clientRequestId: 'widget-q-1',
      departmentId: 'law',
      name: 'رضا کریمی',
      email: 'reza.karimi@example.ir',
      question: 'شرایط عضویت مهمان در کتابخانه چیست؟',
      locale: 'fa',
    };
    const asked = await api.gql(ASK, { input });
    expect(asked.errors).toBeUndefined();
    const retried = await api.gql(ASK, { input });
    expect(retried.data!.askOfflineQuestion.id).toBe(asked.data!.askOfflineQuestion.id);
    const questionId = asked.data!.askOfflineQuestion.id as string;

    await goOnline(api.gql, sara);
    const waiting = (await api.gql(WAITING, {}, sara)).data!.offlineQuestions;
    expect(waiting).toEqual([
      {
        id: questionId,
        departmentId: 'law',
        firstWords: input.question,
        visitor: { name: 'رضا کریمی', email: 'reza.karimi@example.ir' },
      },
    ]);
    expect((await api.gql(WAITING, {}, await api.signIn('minh', 'deskstream-agent'))).data!.offlineQuestions).toEqual(
      [],
    );

    const before = Date.now();
    const answered = await api.gql(
      ANSWER,
      { q: questionId, a: 'سلام، با کارت ملی به پیشخوان امانت مراجعه کنید.', c: 'answer-1' },
      sara,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerOfflineQuestion).toMatchObject({
      id: questionId,
      status: 'ANSWERED',
      answeredBy: { name: 'Sara Ahmadi' },
    });
    expect(Date.parse(answered.data!.answerOfflineQuestion.answeredAt)).toBeGreaterThanOrEqual(before - 1);

    // The demo's own notices may arrive too: the answer is the one mail to the visitor.
    const toReza = (each: (typeof smtp.received)[number]) =>
      (each.to && !Array.isArray(each.to) ? each.to.text : '') === 'reza.karimi@example.ir';
    const mail = await mailWhere(toReza);
    expect(mail.subject).toBe(`Re: ${input.question}`);
    expect(mail.text).toContain('سلام، با کارت ملی به پیشخوان امانت مراجعه کنید.');
    expect(mail.text).toContain('> شرایط عضویت مهمان در کتابخانه چیست؟');
    // Greeted by name in the question's language with the Persian comma, signed with the department and the library.
    expect(mail.text ?? '').toMatch(/^رضا کریمی گرامی،\n/);
    expect(mail.text).not.toMatch(/^[^\n]*,\n/);
    expect(mail.text).toContain('— Sara Ahmadi\nبخش حقوق، کتابخانهٔ مرکزی');

    const outbox = async () => (await api.gql(OUTBOX, {}, sara)).data!.outboxMails as { id: string; state: string }[];
    for (
      let i = 0;
      i < 100 &&
      (await outbox()).find((each) => each.id === answered.data!.answerOfflineQuestion.mailId)?.state !== 'SENT';
      i++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await outbox()).find((each) => each.id === answered.data!.answerOfflineQuestion.mailId)).toMatchObject({
      to: 'reza.karimi@example.ir',
      state: 'SENT',
      attempts: 1,
      transport: 'SMTP',
      purpose: { kind: 'offline-question', id: questionId },
    });

    const repeat = await api.gql(
      ANSWER,
      { q: questionId, a: 'سلام، با کارت ملی به پیشخوان امانت مراجعه کنید.', c: 'answer-1' },
      sara,
    );
    expect(repeat.data!.answerOfflineQuestion.status).toBe('ANSWERED');
    const second = await api.gql(
      ANSWER,
      { q: questionId, a: 'another answer', c: 'answer-2' },
      await api.signIn('yuki', 'deskstream-agent'),
    );
    expect(codeOf(second)).toEqual({ code: 'CONFLICT', reason: 'CHAT_QUESTION_ALREADY_ANSWERED' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.filter(toReza)).toHaveLength(1);

    const history = await api.gql(
      'query ($e: String!) { visitorHistory(email: $e) { questions { id status } } }',
      { e: 'REZA.KARIMI@example.ir' },
      sara,
    );
    expect(history.data!.visitorHistory.questions).toEqual([{ id: questionId, status: 'ANSWERED' }]);
  });

  it('is answered in the desk’s language, naming the department and the library, when the visitor’s is not known', async () => {
    const sara = await api.signIn('sara', 'deskstream-agent');
    const asked = await api.gql(ASK, {
      input: {
        clientRequestId: 'widget-q-en',
        departmentId: 'law',
        name: 'Leila Ahmadi',
        email: 'leila@example.ir',
        question: 'Opening hours?',
      },
    });
    await api.gql(ANSWER, { q: asked.data!.askOfflineQuestion.id, a: 'From 8 to 20.', c: 'answer-en' }, sara);
    const mail = await mailWhere((each) => each.subject === 'Re: Opening hours?');
    expect(mail.text).toBeDefined();
    expect(mail.text).toMatch(/^Dear Leila Ahmadi,\n\nThank you for your question to Law at Central Library\./);
    expect(mail.text).toContain('— Sara Ahmadi\nLaw, Central Library');
  });

  it('needs an email, and keeps the outbox to staff', async () => {
    const missing = await api.gql(ASK, {
      input: { clientRequestId: 'q-2', departmentId: 'law', name: 'Reza', email: ' ', question: 'Hours?' },
    });
    expect(codeOf(missing)).toEqual({ code: 'VALIDATION_ERROR', reason: 'CHAT_EMAIL_REQUIRED' });
    expect(codeOf(await api.gql(OUTBOX))).toEqual({ code: 'UNAUTHENTICATED', reason: 'ACCESS_NOT_SIGNED_IN' });
    expect(codeOf(await api.gql(OUTBOX, {}, await api.signIn('pouya', 'deskstream-product')))).toEqual({
      code: 'FORBIDDEN',
      reason: 'ACCESS_ROLE_REQUIRED',
    });
  });
});
