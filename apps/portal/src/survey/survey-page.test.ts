import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortalPage } from '../testing/portal-page';

const TOKEN = 'q8Yv3mZk2Lr7Tx1Nw5Pb9Hc4Jd6Fs0Ga8Ue2Io7Ay';
const invitation = (overrides: Record<string, unknown> = {}) => ({
  kind: 'SATISFACTION',
  question: 'از پاسخی که گرفتید چقدر راضی هستید؟',
  language: 'fa',
  product: null,
  version: null,
  answered: false,
  rating: null,
  comment: null,
  ...overrides,
});

afterEach(() => {
  document.body.innerHTML = '';
});

// Mounting the whole portal takes seconds on a busy machine.
describe('the survey page', { timeout: 30_000 }, () => {
  it('asks in the invitee language, with Persian digits, and records one answer with its comment', async () => {
    const page = await openPortalPage(`/survey/${TOKEN}`, {
      SurveyInvitation: () => ({ data: { surveyInvitation: invitation() } }),
      AnswerSurvey: ({ rating, comment }) => ({
        data: { answerSurvey: invitation({ answered: true, rating, comment }) },
      }),
    });
    expect(document.documentElement.dir).toBe('rtl');
    expect(page.byTest('survey-form').text()).toContain('از پاسخی که گرفتید چقدر راضی هستید؟');
    expect(page.byTest('survey-rating-4').text()).toContain('۴');
    expect(page.byTest('survey-send').attributes('disabled')).toBeDefined();
    await page.byTest('survey-rating-2').find('input').setValue(true);
    await page.byTest('survey-comment').setValue('  دیر جواب دادید ');
    await page.byTest('survey-form').trigger('submit');
    await flushPromises();
    expect(page.fake.calls.at(-1)).toEqual({
      name: 'AnswerSurvey',
      variables: { token: TOKEN, rating: 2, comment: 'دیر جواب دادید' },
    });
    expect(page.byTest('survey-answered').text()).toContain('سپاس! پاسخ شما ثبت شد.');
    expect(page.byTest('survey-answered-rating').text()).toContain('۲ از ۵');
    page.wrapper.unmount();
  });

  it('says why an answer was refused, and when the link leads nowhere', async () => {
    const page = await openPortalPage(
      `/survey/${TOKEN}`,
      {
        SurveyInvitation: () => ({
          data: { surveyInvitation: invitation({ language: 'en', question: 'How did we do?' }) },
        }),
        AnswerSurvey: () => ({
          errors: [{ message: 'no', code: 'CONFLICT', reason: 'FEEDBACK_SURVEY_ALREADY_ANSWERED' }],
        }),
      },
      'en',
    );
    await page.byTest('survey-rating-5').find('input').setValue(true);
    await page.byTest('survey-form').trigger('submit');
    await flushPromises();
    expect(page.byTest('survey-error').text()).toBe('This survey has already been answered. Thank you!');
    await page.router.push('/survey/short');
    await flushPromises();
    expect(page.byTest('survey-not-found').text()).toContain('This survey link is not valid');
    page.wrapper.unmount();
  });
});
