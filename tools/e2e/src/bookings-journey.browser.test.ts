import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserJourney } from './browser-journey';
import type { ArrivedMail } from './loopback-smtp-process';
import { testOutputPath } from './test-output';

// Book a Librarian (`001_*.txt`), end to end, against the real api with mail going to a real SMTP
// server on loopback. An administrator sets up two branches — Central, where nobody helps with
// genealogy, and Tokyo, where Yuki does — through the api. A patron in Los Angeles books a
// genealogy session with Central as their preferred branch: the form offers Tokyo's free times in
// the patron's own zone, the booking is routed to Tokyo and the page says why in plain words. The
// confirmation arrives by mail with its calendar file and the patron's secret link. Yuki, in
// Tokyo, finds the session on the console's calendar. The patron opens the link from the mail and
// moves the session to another time; the librarian's calendar follows without a reload.

const ADMIN = { username: 'admin', password: 'deskstream-admin' };
const LIBRARIAN = { username: 'yuki', password: 'deskstream-agent', name: 'Yuki Tanaka' };
const PATRON = { name: 'Reza Karimi', email: 'reza.karimi@example.ir', zone: 'America/Los_Angeles' };
const CENTRAL = 'e2e-central';
const TOKYO = 'e2e-tokyo';
const GENEALOGY = 'e2e-genealogy';
const MAIL_FROM = 'Central Library <desk@library.example>';
const UI_TIMEOUT_MS = 20_000;
/** The patron chooses times at least this far ahead, so the cutoff (an hour before) has not passed. */
const LEAD_MS = 3 * 3600_000;
const LINK = /\/book\/manage#([A-Za-z0-9_-]{22,128})/;

const journey = useBrowserJourney({
  dataDirPrefix: 'deskstream-e2e-bookings-',
  uiTimeoutMs: UI_TIMEOUT_MS,
  mailFrom: MAIL_FROM,
});

async function openPage(options: BrowserContextOptions) {
  return journey.openPage({ viewport: { width: 1280, height: 900 }, ...options });
}

const byTest = (scope: Page | Locator, name: string) => scope.locator(`[data-test="${name}"]`);

/** One GraphQL operation as the given staff token; fails the test on any error. */
async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${journey.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { reason?: string } }[];
  };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

const names = (en: string) => ({ fa: en, en, ja: en, vi: en });
let commandCount = 0;
const commandId = () => `00000000-0000-4000-8000-${String(++commandCount).padStart(12, '0')}`;

/** What the administrator sets up: two branches, one topic, Yuki at Tokyo on it, every day, all day. */
async function setUpBranches(): Promise<void> {
  const { signIn } = await graphql<{ signIn: { token: string } }>(
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: ADMIN.username, p: ADMIN.password },
  );
  const token = signIn.token;
  const openBranch = `mutation ($id: ID, $input: BookingBranchInput!, $commandId: ID!) {
    openBookingBranch(id: $id, input: $input, commandId: $commandId) { id } }`;
  await graphql(
    openBranch,
    {
      id: CENTRAL,
      input: { name: names('E2E Central'), timeZone: 'Asia/Tehran', modes: ['PHONE', 'VIDEO', 'IN_PERSON'] },
      commandId: commandId(),
    },
    token,
  );
  await graphql(
    openBranch,
    {
      id: TOKYO,
      input: { name: names('E2E Tokyo'), timeZone: 'Asia/Tokyo', modes: ['PHONE', 'VIDEO'] },
      commandId: commandId(),
    },
    token,
  );
  await graphql(
    'mutation ($id: ID, $name: BookingNamesInput!, $commandId: ID!) { defineBookingTopic(id: $id, name: $name, commandId: $commandId) { id } }',
    { id: GENEALOGY, name: names('E2E Genealogy'), commandId: commandId() },
    token,
  );
  await graphql(
    'mutation ($id: ID!, $rules: BookingRulesInput!, $commandId: ID!) { setBookingTopicRules(id: $id, rules: $rules, commandId: $commandId) { id } }',
    {
      id: GENEALOGY,
      rules: {
        sessionMinutes: 45,
        paddingMinutes: 15,
        bookingWindowDays: 14,
        minimumNoticeMinutes: 0,
        cancellationCutoffMinutes: 60,
        reminderLeadMinutes: 60,
      },
      commandId: commandId(),
    },
    token,
  );
  const { bookingStaffCandidates } = await graphql<{
    bookingStaffCandidates: { id: string; displayName: string; enrolled: boolean }[];
  }>('{ bookingStaffCandidates { id displayName enrolled } }', {}, token);
  const yuki = bookingStaffCandidates.find((candidate) => candidate.displayName === LIBRARIAN.name)!;
  const expert = { branchId: TOKYO, topicIds: [GENEALOGY], commandId: commandId() };
  if (yuki.enrolled) {
    await graphql(
      'mutation ($id: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) { updateBookingExpert(id: $id, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { id } }',
      { id: yuki.id, ...expert },
      token,
    );
  } else {
    await graphql(
      'mutation ($staffId: ID!, $branchId: ID!, $topicIds: [ID!]!, $commandId: ID!) { enrolBookingExpert(staffId: $staffId, branchId: $branchId, topicIds: $topicIds, commandId: $commandId) { id } }',
      { staffId: yuki.id, ...expert },
      token,
    );
  }
  await graphql(
    'mutation ($id: ID!, $weekly: [BookingWeeklyHoursInput!]!, $commandId: ID!) { setBookingExpertAvailability(id: $id, weekly: $weekly, commandId: $commandId) { id } }',
    {
      id: yuki.id,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' })),
      commandId: commandId(),
    },
    token,
  );
}

/** The first offered time at least `LEAD_MS` ahead (and not `except`), by its radio's label. */
async function chooseTime(page: Page, testId: string, except?: string): Promise<string> {
  const offered = byTest(page, testId);
  await offered.first().waitFor();
  const starts = await offered.evaluateAll((labels) => labels.map((label) => label.getAttribute('data-starts-at')!));
  const chosen = starts.find((start) => Date.parse(start) > Date.now() + LEAD_MS && start !== except);
  expect(chosen, `a time at least three hours ahead among ${starts.length}`).toBeDefined();
  await page.locator(`[data-test="${testId}"][data-starts-at="${chosen}"]`).click();
  return chosen!;
}

/** The session starting at `startsAt` on the librarian's calendar, turning to the next week while it is further ahead. */
async function findOnCalendar(page: Page, startsAt: string): Promise<Locator> {
  const event = page.locator(
    `[data-test="booking-calendar-event"][data-starts-at="${new Date(startsAt).toISOString()}"]`,
  );
  for (let turn = 0; turn < 3; turn++) {
    // It may be on the week shown and simply not pushed yet: wait a little before turning the page.
    if (
      await event.waitFor({ timeout: 8_000 }).then(
        () => true,
        () => false,
      )
    )
      return event;
    const title = await byTest(page, 'booking-calendar-title').textContent();
    await byTest(page, 'booking-calendar-next').click();
    await expect.poll(() => byTest(page, 'booking-calendar-title').textContent()).not.toBe(title);
  }
  await event.waitFor();
  return event;
}

const hasCalendarFile = (mail: ArrivedMail) =>
  (mail.attachments ?? []).some(
    (file) =>
      file.filename.endsWith('.ics') &&
      file.contentType.startsWith('text/calendar') &&
      file.content.includes('BEGIN:VCALENDAR'),
  );

describe('Book a Librarian, end to end', () => {
  it('routes a booking to the branch that has the expertise, mails the calendar file, shows it on the calendar, and reschedules through the secret link', async () => {
    await setUpBranches();

    // The patron, in Los Angeles, books genealogy with Central as the preferred branch.
    const { page: patron, problems: patronProblems } = await openPage({ locale: 'en-US', timezoneId: PATRON.zone });
    await patron.goto(`${journey.api.url}/book`);
    const form = byTest(patron, 'booking-form');
    await form.waitFor();
    await byTest(form, 'booking-topic').selectOption(GENEALOGY);
    await byTest(form, 'booking-branch').selectOption(CENTRAL);
    await byTest(form, 'booking-mode-VIDEO').check();
    await expect.poll(() => byTest(patron, 'booking-branch-zone').textContent()).toContain('Asia/Tehran');
    // Free times in the patron's own zone, held by Tokyo (no one at Central helps with genealogy).
    expect(await byTest(patron, 'booking-slot-zone').textContent()).toContain(PATRON.zone);
    const firstStart = await chooseTime(patron, 'booking-slot');
    expect(
      await patron.locator(`[data-test="booking-slot"][data-starts-at="${firstStart}"]`).getAttribute('data-branch'),
    ).toBe(TOKYO);
    await byTest(form, 'booking-details').fill('My grandfather came from Yazd; where do I start?');
    await byTest(form, 'booking-name').fill(PATRON.name);
    await byTest(form, 'booking-email').fill(PATRON.email);
    await byTest(form, 'booking-submit').click();

    const result = byTest(patron, 'booking-result');
    await result.waitFor();
    expect(await result.getAttribute('data-status')).toBe('BOOKED');
    const routed = byTest(result, 'booking-routed');
    expect(await routed.getAttribute('data-reason')).toBe('NO_EXPERT_AT_BRANCH');
    expect(await routed.textContent()).toContain(
      'Nobody at E2E Central helps with E2E Genealogy, so we booked you with an expert at E2E Tokyo.',
    );
    expect(await byTest(result, 'booking-expert').textContent()).toBe(LIBRARIAN.name);
    // The time in the patron's zone, and the branch's clock beside it.
    expect(await byTest(result, 'booking-when').textContent()).toContain(PATRON.zone);
    expect(await byTest(result, 'booking-branch-when').textContent()).toContain('Asia/Tokyo');
    await patron.screenshot({ path: await testOutputPath('booking-routed-en.png'), fullPage: true });

    // The confirmation arrives with the calendar file and the secret link.
    const confirmation = await journey.smtp.waitForMail(
      (mail) => mail.to.includes(PATRON.email) && LINK.test(mail.text),
      30_000,
    );
    expect(hasCalendarFile(confirmation), 'an .ics attachment (text/calendar)').toBe(true);
    const calendarFile = confirmation.attachments!.find((file) => file.filename.endsWith('.ics'))!.content;
    const utc = firstStart.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(calendarFile).toContain(`DTSTART:${utc}`);
    const link = confirmation.text.match(LINK)![0];

    // The librarian, in Tokyo, finds the session on the calendar, routed from Central.
    const { page: librarian, problems: librarianProblems } = await openPage({
      locale: 'en-US',
      timezoneId: 'Asia/Tokyo',
    });
    await librarian.goto(`${journey.api.url}/console/`);
    await librarian.getByLabel('Username').fill(LIBRARIAN.username);
    await librarian.getByLabel('Password').fill(LIBRARIAN.password);
    await librarian.getByRole('button', { name: 'Sign in' }).click();
    await librarian.getByRole('heading', { level: 1 }).first().waitFor();
    await byTest(librarian, 'nav-bookings-calendar').click();
    await librarian.waitForURL(/\/console\/bookings$/);
    await byTest(librarian, 'booking-calendar').waitFor();
    const event = await findOnCalendar(librarian, firstStart);
    expect(await event.textContent()).toContain(`${PATRON.name} · E2E Genealogy`);
    await event.click();
    const panel = byTest(librarian, 'booking-session');
    expect(await byTest(panel, 'booking-session-routed').getAttribute('data-reason')).toBe('NO_EXPERT_AT_BRANCH');
    expect(await byTest(panel, 'booking-session-expert').textContent()).toBe(LIBRARIAN.name);
    const bookingId = await panel.getAttribute('data-booking-id');

    // The patron opens the link from the mail and moves the session to another time.
    await patron.goto(`${journey.api.url}${link}`);
    const manage = byTest(patron, 'booking-manage-page');
    await byTest(manage, 'booking-manage-status').waitFor();
    expect(await byTest(manage, 'booking-manage-status').getAttribute('data-status')).toBe('BOOKED');
    await byTest(manage, 'booking-changeable-until').waitFor();
    await byTest(manage, 'booking-reschedule-start').click();
    const newStart = await chooseTime(patron, 'booking-reschedule-slot', firstStart);
    await byTest(manage, 'booking-reschedule-submit').click();
    await byTest(manage, 'booking-manage-done').waitFor();
    expect(await byTest(manage, 'booking-manage-done').getAttribute('data-done')).toBe('rescheduled');

    // A new confirmation with the new time; the librarian's calendar follows without a reload.
    const newUtc = newStart.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const moved = await journey.smtp.waitForMail(
      (mail) =>
        mail.to.includes(PATRON.email) &&
        (mail.attachments ?? []).some((file) => file.content.includes(`DTSTART:${newUtc}`)),
      30_000,
    );
    expect(hasCalendarFile(moved)).toBe(true);
    await byTest(librarian, 'booking-calendar-today').click();
    const movedEvent = await findOnCalendar(librarian, newStart);
    expect(await movedEvent.getAttribute('data-booking-id')).toBe(bookingId);
    expect(await movedEvent.textContent()).toContain(PATRON.name);
    await librarian.screenshot({ path: await testOutputPath('booking-calendar-en.png'), fullPage: true });

    // The same calendar in Persian: right to left, with Persian digits and the Persian calendar.
    await librarian.locator('.locale-switcher select').first().selectOption('fa');
    await librarian.waitForFunction(() => document.documentElement.dir === 'rtl');
    await librarian.locator('[data-test="booking-calendar"] .fc-direction-rtl').waitFor();
    await expect.poll(() => byTest(librarian, 'booking-calendar-title').textContent()).toMatch(/[۰-۹]/);
    await librarian.screenshot({ path: await testOutputPath('booking-calendar-fa.png'), fullPage: true });

    expect(patronProblems.messages).toEqual([]);
    expect(librarianProblems.messages).toEqual([]);
    expect(journey.apiErrors()).toEqual([]);
  }, 240_000);
});
