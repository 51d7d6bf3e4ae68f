import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import type { PageProblems } from './page-problems';
import { testOutputPath } from './test-output';

// The virtual reference desk of `000_*.txt`, step by step, with two browsers against the real
// api (`main.ts` with the embedded store on a fresh data folder) and mail going to a real SMTP
// server on loopback: a librarian signs in and goes online; a visitor asks the Law faculty a
// question in Persian; the librarian sees it waiting with the visitor's name and department,
// accepts, answers with formatting; they talk, each seeing the other type; the visitor closes
// the chat explicitly and the librarian's transcript says so; the librarian signs off; the
// visitor's next question turns into a question for email; the librarian signs in again, finds
// it, answers it by email; the mail arrives and the console's outbox shows it sent.

const AGENT = { username: 'sara', password: 'deskstream-agent', name: 'Sara Ahmadi' };
const VISITOR = { name: 'رضا کریمی', email: 'reza.karimi@example.ir' };
const DEPARTMENT = { id: 'law', en: 'Law', fa: 'حقوق' };
const MAIL_FROM = 'Central Library Reference Desk <desk@library.example>';
const UI_TIMEOUT_MS = 15_000;
const PERSIAN_DIGITS = /[۰-۹]/;

const journey = useBrowserJourney({
  dataDirPrefix: 'deskstream-desk-e2e-',
  uiTimeoutMs: UI_TIMEOUT_MS,
  mailFrom: MAIL_FROM,
});

interface Person {
  page: Page;
  problems: PageProblems;
}

async function openBrowser(locale: string): Promise<Person> {
  return journey.openPage({ locale, viewport: { width: 1280, height: 900 } });
}

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);
const withAttribute = (page: Page, name: string, value: string) => page.locator(`[${name}="${value}"]`);
const htmlAttributes = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
/** The console's header switch (the profile menu's one is hidden while the menu is closed). */
const headerSwitch = (page: Page) => page.getByRole('banner').getByRole('switch').first();
const isChecked = (toggle: Locator) =>
  expect.poll(() => toggle.getAttribute('aria-checked'), { timeout: UI_TIMEOUT_MS });
/** Marks the document, so a later check can tell that the page was never reloaded. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { deskstreamJourney: 'same document' }));
const documentMark = (page: Page) => page.evaluate(() => (window as { deskstreamJourney?: string }).deskstreamJourney);
const apiErrors = () => journey.apiErrors();

async function signIn({ page }: Person): Promise<void> {
  await page.goto(`${journey.api.url}/console/`);
  await page.waitForURL(/\/console\/sign-in$/);
  await page.getByLabel('Username').fill(AGENT.username);
  await page.getByLabel('Password').fill(AGENT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // An agent starts at the chat desk.
  await page.waitForURL(/\/console\/chats$/);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** Switches a page's language with its language menu and waits for the document to follow. */
async function chooseLanguage(page: Page, locale: 'en' | 'fa'): Promise<void> {
  await page.locator('.locale-switcher select').first().selectOption(locale);
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, locale);
}

describe('the virtual reference desk of 000, end to end', () => {
  it('a live chat by department, closed by the visitor; then a question for email answered through SMTP', async () => {
    // 1–3. The librarian signs in to the panel and goes online.
    const agent = await openBrowser('en-US');
    await signIn(agent);
    const desk = agent.page;
    await isChecked(headerSwitch(desk)).toBe('false');
    await headerSwitch(desk).click();
    await isChecked(headerSwitch(desk)).toBe('true');
    await byTest(desk, 'nav-chats').click();
    await desk.waitForURL(/\/console\/chats$/);
    await byTest(desk, 'chat-pending-count').waitFor();
    await desk.locator('.chat-desk__live.is-connected').waitFor();
    await markDocument(desk);

    // The visitor, in a Persian browser, opens the portal's chat and asks the Law faculty.
    const visitor = await openBrowser('fa-IR');
    const widget = visitor.page;
    await widget.goto(`${journey.api.url}/chat`);
    const startForm = byTest(widget, 'chat-start-form');
    await startForm.waitFor();
    expect(await htmlAttributes(widget)).toEqual({ lang: 'fa', dir: 'rtl' });
    await byTest(startForm, 'chat-start-department').selectOption(DEPARTMENT.id);
    await byTest(startForm, 'chat-availability')
      .and(withAttribute(widget, 'data-state', 'online'))
      .waitFor();
    await byTest(startForm, 'chat-start-name').fill(VISITOR.name);
    const firstQuestion = 'سلام، آیا مهمانان می‌توانند از کتابخانه دانشکده حقوق کتاب امانت بگیرند؟';
    await byTest(startForm, 'chat-start-question').fill(firstQuestion);
    await byTest(startForm, 'chat-start-submit').click();
    await byTest(widget, 'chat-waiting').waitFor();
    expect(await byTest(widget, 'chat-queue-position').getAttribute('data-position')).toBe('1');
    await markDocument(widget);

    // 4–5. The question arrives live among the pending chats, with the visitor's name and faculty.
    const pending = byTest(desk, 'chat-pending-item').filter({ hasText: VISITOR.name });
    await pending.waitFor();
    expect(await byTest(pending, 'chat-pending-visitor').textContent()).toBe(VISITOR.name);
    expect(await byTest(pending, 'chat-pending-department').textContent()).toBe(DEPARTMENT.en);
    expect(await pending.textContent()).toContain(firstQuestion.slice(0, 20));
    await byTest(pending, 'chat-pending-waiting').waitFor();

    // 6. The librarian accepts it and reads the question; the visitor sees who joined.
    await byTest(pending, 'chat-accept').click();
    const conversation = byTest(desk, 'chat-conversation');
    await byTest(conversation, 'chat-visitor-name').filter({ hasText: VISITOR.name }).waitFor();
    await pending.waitFor({ state: 'detached' });
    const deskEntries = byTest(conversation, 'chat-transcript-entry');
    await deskEntries
      .and(withAttribute(desk, 'data-author', 'visitor'))
      .filter({ hasText: firstQuestion })
      .waitFor();
    await byTest(widget, 'chat-agent-name').filter({ hasText: AGENT.name }).waitFor();
    const widgetEntries = byTest(widget, 'chat-entry');
    // The notice is said in Persian from whom it is about, not from the api's English text.
    await widgetEntries
      .and(withAttribute(widget, 'data-notice', 'ACCEPTED'))
      .filter({ hasText: `${AGENT.name} به گفت‌وگو پیوست` })
      .waitFor();

    // 7–8. She writes a formatted answer; the visitor sees her typing, then the answer, formatted.
    const replyBox = byTest(conversation, 'chat-reply-input');
    const answer = [
      'بله، مهمانان با **کارت مهمان** که در *میز امانت* صادر می‌شود امانت می‌گیرند:',
      '- کارت ملی همراه داشته باشید',
      '- [آیین‌نامه امانت](https://library.example/borrowing) را ببینید',
      '',
      '<script>alert(1)</script> stays text.',
    ].join('\n');
    // Key by key at first, as a person types, so "typing" lasts while the visitor's side is checked.
    const typing = replyBox.pressSequentially('بله، مهمانان', { delay: 150 });
    await byTest(widget, 'chat-agent-typing')
      .and(withAttribute(widget, 'data-typing', 'yes'))
      .filter({ hasText: AGENT.name })
      .waitFor();
    await typing;
    await replyBox.fill(answer);
    await replyBox.press('Enter');
    await expect.poll(() => replyBox.inputValue(), { timeout: UI_TIMEOUT_MS }).toBe('');
    const agentOnWidget = widgetEntries.and(withAttribute(widget, 'data-author', 'AGENT')).last();
    const formatted = byTest(agentOnWidget, 'chat-entry-text');
    await formatted.locator('strong').filter({ hasText: 'کارت مهمان' }).waitFor();
    expect(await formatted.locator('em').textContent()).toBe('میز امانت');
    expect(await formatted.locator('li').allTextContents()).toEqual([
      'کارت ملی همراه داشته باشید',
      'آیین‌نامه امانت را ببینید',
    ]);
    expect(await formatted.locator('a').getAttribute('href')).toBe('https://library.example/borrowing');
    expect(await formatted.textContent()).toContain('<script>alert(1)</script> stays text.');
    expect(await widget.locator('[data-test="chat-transcript"] script').count()).toBe(0);
    expect(await formatted.textContent()).not.toContain('**');
    // The librarian's own transcript shows it formatted too.
    const agentOnDesk = deskEntries.and(withAttribute(desk, 'data-author', 'agent')).last();
    await agentOnDesk.locator('strong').filter({ hasText: 'کارت مهمان' }).waitFor();

    // 9–10. The conversation goes on: the visitor asks again, and the librarian sees them type.
    const composer = byTest(widget, 'chat-send-input');
    const followUp = 'ممنون! کارت مهمان چقدر اعتبار دارد؟';
    const visitorTyping = composer.pressSequentially(followUp, { delay: 100 });
    await byTest(conversation, 'chat-typing')
      .filter({ hasText: `${VISITOR.name} is typing…` })
      .waitFor();
    await visitorTyping;
    expect(await composer.inputValue()).toBe(followUp);
    await composer.press('Enter');
    await widgetEntries
      .and(withAttribute(widget, 'data-author', 'VISITOR'))
      .filter({ hasText: followUp })
      .and(withAttribute(widget, 'data-status', 'delivered'))
      .waitFor();
    await deskEntries
      .and(withAttribute(desk, 'data-author', 'visitor'))
      .filter({ hasText: followUp })
      .waitFor();
    const secondAnswer = 'یک سال؛ تمدید آن هم در همان میز انجام می‌شود.';
    await replyBox.fill(secondAnswer);
    await replyBox.press('Enter');
    await widgetEntries
      .and(withAttribute(widget, 'data-author', 'AGENT'))
      .filter({ hasText: secondAnswer })
      .waitFor();
    // What the visitor types is shown as typed, markup and all.
    const thanks = 'عالی است، ممنون از راهنمایی شما. <b>**not bold**</b>';
    await composer.fill(thanks);
    await composer.press('Enter');
    const thanksOnDesk = deskEntries.and(withAttribute(desk, 'data-author', 'visitor')).filter({ hasText: thanks });
    await thanksOnDesk.waitFor();
    expect(await thanksOnDesk.locator('b, strong').count()).toBe(0);

    // The librarian's desk in Persian, right to left, with Persian digits and the notice in Persian.
    await chooseLanguage(desk, 'fa');
    expect(await htmlAttributes(desk)).toEqual({ lang: 'fa', dir: 'rtl' });
    await deskEntries
      .and(withAttribute(desk, 'data-notice', 'ACCEPTED'))
      .filter({ hasText: `${AGENT.name} به گفت‌وگو پیوست` })
      .waitFor();
    expect(await conversation.textContent()).toMatch(PERSIAN_DIGITS);
    await desk.screenshot({ path: await testOutputPath('reference-desk-agent-fa.png'), fullPage: true });
    expect(await byTest(widget, 'chat-transcript').textContent()).toMatch(PERSIAN_DIGITS);
    await widget.screenshot({ path: await testOutputPath('reference-desk-visitor-fa.png'), fullPage: true });
    await chooseLanguage(desk, 'en');

    // 10. The visitor closes the chat explicitly; the librarian's transcript says so.
    await byTest(widget, 'chat-close').click();
    await byTest(widget, 'chat-close-confirm').click();
    await byTest(widget, 'chat-closed')
      .and(withAttribute(widget, 'data-closed-by', 'VISITOR'))
      .waitFor();
    const closedNotice = deskEntries.and(withAttribute(desk, 'data-notice', 'CLOSED_BY_VISITOR'));
    await closedNotice.filter({ hasText: `${VISITOR.name} has closed the chat explicitly` }).waitFor();
    await byTest(conversation, 'chat-ended').waitFor();
    expect(await documentMark(desk)).toBe('same document');
    expect(await documentMark(widget)).toBe('same document');

    // The librarian goes offline (with the switch in the profile menu) and signs out.
    await desk.getByRole('button', { name: 'Profile and settings' }).click();
    const menu = desk.getByRole('group', { name: 'Profile and settings' });
    await isChecked(menu.getByRole('switch')).toBe('true');
    await menu.getByRole('switch').click();
    await isChecked(menu.getByRole('switch')).toBe('false');
    await menu.getByRole('button', { name: 'Sign out' }).click();
    await desk.waitForURL(/\/console\/sign-in$/);

    // Nobody of Law is online: the visitor's next chat turns into a question for email.
    await byTest(widget, 'chat-new-chat').click();
    const offlineForm = byTest(widget, 'chat-offline-form');
    await offlineForm.waitFor();
    expect(await byTest(offlineForm, 'chat-offline-notice').textContent()).toContain(DEPARTMENT.fa);
    expect(await byTest(offlineForm, 'chat-offline-email').getAttribute('required')).not.toBeNull();
    await byTest(offlineForm, 'chat-offline-department').selectOption(DEPARTMENT.id);
    await byTest(offlineForm, 'chat-offline-name').fill(VISITOR.name);
    await byTest(offlineForm, 'chat-offline-email').fill(VISITOR.email);
    const offlineQuestion = 'آیا کتابخانه در ایام تعطیل نوروز باز است؟';
    await byTest(offlineForm, 'chat-offline-question').fill(offlineQuestion);
    await byTest(offlineForm, 'chat-offline-submit').click();
    const sent = byTest(widget, 'chat-offline-sent');
    await sent.waitFor();
    expect(await sent.textContent()).toContain(VISITOR.email);

    // 11. The librarian signs in again, goes online and finds the question with the visitor's email.
    await signIn(agent);
    await isChecked(headerSwitch(desk)).toBe('false');
    await headerSwitch(desk).click();
    await isChecked(headerSwitch(desk)).toBe('true');
    await byTest(desk, 'nav-chats').click();
    const question = byTest(desk, 'chat-offline-question').filter({ hasText: VISITOR.email });
    await question.waitFor();
    expect(await byTest(question, 'chat-offline-question-email').textContent()).toBe(VISITOR.email);
    await question.click();
    const panel = byTest(desk, 'chat-offline-question-panel');
    expect(await byTest(panel, 'chat-offline-question-text').textContent()).toBe(offlineQuestion);
    expect(await byTest(panel, 'chat-offline-question-email').textContent()).toBe(VISITOR.email);

    // 12. She answers by email; the SMTP server receives it at the visitor's address.
    const emailAnswer = 'سلام، کتابخانه از ۱ تا ۴ فروردین تعطیل است و از ۵ فروردین، ساعت ۸ تا ۱۶ باز است.';
    await byTest(panel, 'chat-offline-answer-input').fill(emailAnswer);
    await byTest(panel, 'chat-offline-answer-send').click();
    await byTest(panel, 'chat-offline-answered').filter({ hasText: AGENT.name }).waitFor();
    // The visitor's address may get the demo's own mail too (an answer to their seeded feedback): look for this answer.
    const isAnswer = (each: { envelopeTo: string[]; subject: string }) =>
      each.envelopeTo.includes(VISITOR.email) && each.subject === `Re: ${offlineQuestion}`;
    const mail = await journey.smtp.waitForMail(isAnswer);
    expect(mail.to).toEqual([VISITOR.email]);
    expect(mail.from).toContain('desk@library.example');
    expect(mail.subject).toBe(`Re: ${offlineQuestion}`);
    // Worded in the language of the page the question was asked on (Persian here).
    expect(mail.text).toContain(`${VISITOR.name} گرامی،`);
    expect(mail.text).toContain(emailAnswer);
    expect(mail.text).toContain(`— ${AGENT.name}`);
    expect(mail.text).toContain(`> ${offlineQuestion}`);
    // One answer to the visitor, however often the page sent it.
    expect(journey.smtp.mails.filter(isAnswer)).toHaveLength(1);

    // The console's outbox shows that mail as sent.
    await byTest(desk, 'nav-outbox').click();
    await desk.waitForURL(/\/console\/outbox$/);
    const row = byTest(desk, 'outbox-row').filter({ hasText: VISITOR.email }).filter({ hasText: offlineQuestion });
    await expect
      .poll(
        async () => {
          if ((await row.getAttribute('data-state', { timeout: 1_000 }).catch(() => null)) !== 'SENT')
            await byTest(desk, 'outbox-refresh').click();
          return row.getAttribute('data-state', { timeout: 1_000 }).catch(() => null);
        },
        { timeout: UI_TIMEOUT_MS, interval: 250 },
      )
      .toBe('SENT');
    expect(await byTest(row, 'outbox-error').count()).toBe(0);

    expect(agent.problems.messages).toEqual([]);
    expect(visitor.problems.messages).toEqual([]);
    expect(apiErrors()).toEqual([]);
  }, 180_000);
});
