/**
 * Patron and customer accounts through the api and the emulator, on an injected clock: a lockout
 * after N failures that ends by itself after 30 minutes (the same answers for a card with no
 * account), a sweep of many cards from one address cut off, a reset link that works once, desk
 * re-registration, the demo's patron and customer with their loans, reservations and notices, the
 * library system's import, and an erasure that leaves every figure as it was.
 */
import { EventStoreDBClient, FORWARDS, START } from '@eventstore/db-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '@deskstream/personal-data';
import { startTestApi, type GraphqlResponse, type TestApi } from './testing/harness';
import { fakeClock } from './testing/bookings';

const T0 = Date.parse('2026-12-07T09:00:00.000Z');
const clock = fakeClock(T0);
const IMPORT_TOKEN = 'library-system-token-for-the-tests-0123';
/** One key store for every api process of the test, as one key folder would be. */
const keyStore = new MemoryKeyStore();
let api: TestApi;
let store: EventStoreDBClient;
let agent: string;
let admin: string;

beforeAll(async () => {
  api = await startTestApi({
    accounts: {
      keyStore,
      now: clock.now,
      maxFailures: 3,
      clockIntervalMs: 0,
      importToken: IMPORT_TOKEN,
      floodLimits: { signIn: { max: 12, windowMs: 10 * 60_000 } },
    },
  });
  store = EventStoreDBClient.connectionString(api.store.url);
  agent = await api.signIn('sara', 'deskstream-agent');
  admin = await api.signIn('admin', 'deskstream-admin');
});
afterAll(async () => {
  await store?.dispose();
  await api?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function gqlFrom<Data = Record<string, any>>(
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphqlResponse<Data>> {
  const response = await api.app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: address,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: { query, variables },
  });
  return { status: response.statusCode, ...response.json() };
}

const SIGN_IN =
  'mutation ($l: String!, $p: String!) { signInAccount(login: $l, password: $p) { token expiresAt account { id kind cardNumber email } } }';
const reasonOf = (result: GraphqlResponse) => result.errors?.[0]?.extensions?.reason;
const retryAtOf = (result: GraphqlResponse) =>
  (result.errors?.[0]?.extensions as { retryAt?: string } | undefined)?.retryAt;
let commandCount = 0;
const nextCommand = () => `test-command-${++commandCount}`;

async function register(input: Record<string, unknown>): Promise<string> {
  const result = await api.gql(
    'mutation ($i: RegisterAccountInput!, $c: ID!) { registerAccount(input: $i, commandId: $c) { id } }',
    { i: input, c: nextCommand() },
    agent,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerAccount.id;
}

async function eventTypes(stream: string): Promise<string[]> {
  const types: string[] = [];
  for await (const resolved of store.readStream(stream, { direction: FORWARDS, fromRevision: START }))
    types.push(resolved.event!.type);
  return types;
}

describe('lockout', () => {
  it('locks after 3 failures for 30 minutes, the same for a card with no account, and unlocks by itself', async () => {
    clock.set('2026-12-07T09:00:00.000Z');
    const accountId = await register({ kind: 'PATRON', cardNumber: '01110001', password: 'lock1234' });
    const from = '10.0.1.1';
    for (const card of ['01110001', '09990001']) {
      expect(reasonOf(await gqlFrom(from, SIGN_IN, { l: card, p: 'wrong1' }))).toBe('ACCOUNT_SIGN_IN_FAILED');
      expect(reasonOf(await gqlFrom(from, SIGN_IN, { l: card, p: 'wrong2' }))).toBe('ACCOUNT_SIGN_IN_FAILED');
      const third = await gqlFrom(from, SIGN_IN, { l: card, p: 'wrong3' });
      expect([reasonOf(third), retryAtOf(third)]).toEqual(['ACCOUNT_LOCKED', '2026-12-07T09:30:00.000Z']);
    }
    // The right password does not open a locked account.
    clock.set('2026-12-07T09:29:59.000Z');
    const early = await gqlFrom(from, SIGN_IN, { l: '01110001', p: 'lock1234' });
    expect([reasonOf(early), retryAtOf(early)]).toEqual(['ACCOUNT_LOCKED', '2026-12-07T09:30:00.000Z']);
    const seen = await api.gql(
      'query ($id: ID!) { account(id: $id) { lockedUntil failedSignInsInRow } }',
      { id: accountId },
      agent,
    );
    expect(seen.data!.account).toEqual({ lockedUntil: '2026-12-07T09:30:00.000Z', failedSignInsInRow: 3 });

    clock.set('2026-12-07T09:30:00.000Z');
    const opened = await gqlFrom(from, SIGN_IN, { l: '01110001', p: 'lock1234' });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.signInAccount.account.cardNumber).toBe('01110001');
    expect(await eventTypes(`account-${accountId}`)).toEqual([
      'AccountRegistered',
      'AccountPasswordSet',
      'AccountSignInFailed',
      'AccountSignInFailed',
      'AccountSignInFailed',
      'AccountLockedOut',
      'AccountUnlocked',
      'AccountSessionStarted',
    ]);
    const me = await gqlFrom(from, '{ myAccount { id lockedUntil } }', {}, opened.data!.signInAccount.token);
    expect(me.data!.myAccount).toEqual({ id: accountId, lockedUntil: null });
  });

  it('unlocks on the clock’s round too, once 30 minutes have passed', async () => {
    clock.set('2026-12-07T10:00:00.000Z');
    const accountId = await register({ kind: 'PATRON', cardNumber: '01110002', password: 'lock5678' });
    for (let i = 0; i < 3; i++) await gqlFrom('10.0.1.2', SIGN_IN, { l: '01110002', p: `nope${i}` });
    clock.set('2026-12-07T10:29:00.000Z');
    expect(await api.app.accounts.clock()).toBe(0);
    clock.set('2026-12-07T10:30:00.000Z');
    expect(await api.app.accounts.clock()).toBe(1);
    const seen = await api.gql(
      'query ($id: ID!) { account(id: $id) { lockedUntil failedSignInsInRow } }',
      { id: accountId },
      agent,
    );
    expect(seen.data!.account).toEqual({ lockedUntil: null, failedSignInsInRow: 0 });
    expect((await eventTypes(`account-${accountId}`)).at(-1)).toBe('AccountUnlocked');
  });
});

describe('bad input and brute force', () => {
  it('refuses malformed cards and passwords with their reasons', async () => {
    expect(reasonOf(await gqlFrom('10.0.2.1', SIGN_IN, { l: '1234567', p: 'abcd' }))).toBe('ACCOUNT_CARD_INVALID');
    const register = (input: Record<string, unknown>) =>
      api.gql(
        'mutation ($i: RegisterAccountInput!, $c: ID!) { registerAccount(input: $i, commandId: $c) { id } }',
        { i: input, c: nextCommand() },
        agent,
      );
    expect(reasonOf(await register({ kind: 'PATRON', cardNumber: '11234567' }))).toBe('ACCOUNT_CARD_INVALID');
    expect(reasonOf(await register({ kind: 'PATRON', cardNumber: '01234999', password: 'abc' }))).toBe(
      'ACCOUNT_PASSWORD_INVALID',
    );
    expect(reasonOf(await register({ kind: 'PATRON', cardNumber: '01234999', password: '19870729' }))).toBe(
      'ACCOUNT_PASSWORD_BIRTH_DATE',
    );
    expect(reasonOf(await register({ kind: 'PATRON', cardNumber: '01234999', password: 'H270729' }))).toBe(
      'ACCOUNT_PASSWORD_BIRTH_DATE',
    );
    expect(reasonOf(await register({ kind: 'CUSTOMER', email: 'short@example.org', password: 'short' }))).toBe(
      'ACCOUNT_PASSWORD_TOO_WEAK',
    );
    expect(reasonOf(await register({ kind: 'PATRON', cardNumber: '01234567' }))).toBe('ACCOUNT_CARD_TAKEN');
  });

  it('cuts off a sweep of many cards from one address, whatever the cards, and not other addresses', async () => {
    const sweeper = '10.0.3.1';
    for (let i = 0; i < 12; i++)
      expect(reasonOf(await gqlFrom(sweeper, SIGN_IN, { l: `0555${String(i).padStart(4, '0')}`, p: 'guess1' }))).toBe(
        'ACCOUNT_SIGN_IN_FAILED',
      );
    // Even the demo patron's right password is refused from there now.
    expect(reasonOf(await gqlFrom(sweeper, SIGN_IN, { l: '01234567', p: 'books2026' }))).toBe(
      'ACCOUNT_SIGN_IN_RATE_LIMITED',
    );
    const elsewhere = await gqlFrom('10.0.3.2', SIGN_IN, { l: '01234567', p: 'books2026' });
    expect(elsewhere.errors).toBeUndefined();
  });
});

describe('reset links and the desk', () => {
  async function mailedToken(to: string, after: number): Promise<string> {
    for (;;) {
      const result = await api.gql('{ outboxMails(limit: 500) { to text purpose { kind } } }', {}, admin);
      const mails = (result.data!.outboxMails as { to: string; text: string; purpose: { kind: string } }[]).filter(
        (mail) => mail.to === to && mail.purpose.kind === 'password-reset',
      );
      if (mails.length > after) return /\/account\/reset#(\S+)/.exec(mails[0].text)![1];
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('mails a link that works once and only within the hour; a replayed link is refused', async () => {
    clock.set('2026-12-07T11:00:00.000Z');
    await register({ kind: 'PATRON', cardNumber: '01110003', email: 'reset.me@example.org', password: 'first1' });
    const ask = 'mutation ($l: String!) { requestAccountPasswordReset(login: $l) }';
    expect((await gqlFrom('10.0.4.1', ask, { l: '01110003' })).data).toEqual({ requestAccountPasswordReset: true });
    expect((await gqlFrom('10.0.4.1', ask, { l: '09990003' })).data).toEqual({ requestAccountPasswordReset: true });
    const token = await mailedToken('reset.me@example.org', 0);
    const status = (t: string) => gqlFrom('10.0.4.1', 'query ($t: String!) { resetLinkStatus(token: $t) }', { t });
    expect((await status(token)).data).toEqual({ resetLinkStatus: 'VALID' });
    const reset = (t: string, p: string) =>
      gqlFrom(
        '10.0.4.1',
        'mutation ($t: String!, $p: String!, $c: ID!) { resetAccountPassword(token: $t, password: $p, commandId: $c) }',
        {
          t,
          p,
          c: nextCommand(),
        },
      );
    expect((await reset(token, 'second2')).data).toEqual({ resetAccountPassword: true });
    expect((await gqlFrom('10.0.4.1', SIGN_IN, { l: '01110003', p: 'second2' })).errors).toBeUndefined();
    expect(reasonOf(await reset(token, 'third3'))).toBe('ACCOUNT_RESET_LINK_USED');
    expect((await status(token)).data).toEqual({ resetLinkStatus: 'USED' });
    expect(reasonOf(await gqlFrom('10.0.4.1', SIGN_IN, { l: '01110003', p: 'third3' }))).toBe('ACCOUNT_SIGN_IN_FAILED');
    expect(reasonOf(await reset('not-a-token', 'third3'))).toBe('ACCOUNT_RESET_LINK_INVALID');

    clock.set('2026-12-07T11:10:00.000Z');
    await gqlFrom('10.0.4.1', ask, { l: '01110003' });
    const late = await mailedToken('reset.me@example.org', 1);
    clock.set('2026-12-07T12:10:00.000Z');
    expect((await status(late)).data).toEqual({ resetLinkStatus: 'EXPIRED' });
    expect(reasonOf(await reset(late, 'fourth4'))).toBe('ACCOUNT_RESET_LINK_EXPIRED');
  });

  it('lets staff re-register a forgotten password at the desk, which also ends a lockout', async () => {
    clock.set('2026-12-07T13:00:00.000Z');
    const accountId = await register({ kind: 'PATRON', cardNumber: '01110004', password: 'forgot1' });
    for (let i = 0; i < 3; i++) await gqlFrom('10.0.5.1', SIGN_IN, { l: '01110004', p: `x${i}yz` });
    const desk = await api.gql(
      'mutation ($a: ID!, $p: String!, $c: ID!) { setAccountPasswordAtDesk(accountId: $a, password: $p, commandId: $c) { lockedUntil } }',
      { a: accountId, p: 'desk2026', c: nextCommand() },
      agent,
    );
    expect(desk.data).toEqual({ setAccountPasswordAtDesk: { lockedUntil: null } });
    expect((await gqlFrom('10.0.5.1', SIGN_IN, { l: '01110004', p: 'desk2026' })).errors).toBeUndefined();
  });
});

describe('the demo patron and customer', () => {
  it('signs the patron in by card: loans, reservations, notices with delivery states, requests elsewhere', async () => {
    clock.set(new Date(T0).toISOString());
    const signedIn = await gqlFrom('10.0.6.1', SIGN_IN, { l: '01234567', p: 'books2026' });
    const token = signedIn.data!.signInAccount.token;
    const me = await gqlFrom(
      '10.0.6.1',
      `{ myAccount { name loans { title itemKind renewed canRenew renewRefusal } reservations { title status canChange holdUntil notice { method delivery } } }
         myRequests { tickets { kind title } notices { kind method delivery problem } } }`,
      {},
      token,
    );
    expect(me.errors).toBeUndefined();
    const account = me.data!.myAccount;
    expect(account.name).toBe('鈴木 一郎');
    expect(account.loans).toHaveLength(3);
    expect(account.loans).toContainEqual({
      title: 'ノルウェイの森',
      itemKind: 'BOOK',
      renewed: true,
      canRenew: false,
      renewRefusal: 'ACCOUNT_LOAN_ALREADY_RENEWED',
    });
    expect(account.loans).toContainEqual(
      expect.objectContaining({ itemKind: 'AUDIOVISUAL', canRenew: false, renewRefusal: 'ACCOUNT_LOAN_AUDIOVISUAL' }),
    );
    const ready = account.reservations.filter((r: { status: string }) => r.status === 'READY');
    expect(ready).toHaveLength(2);
    expect(ready.map((r: { notice: { method: string } }) => r.notice.method).sort()).toEqual(['EMAIL', 'PHONE']);
    expect(account.reservations).toContainEqual(
      expect.objectContaining({ title: '1Q84 BOOK 1', status: 'WAITING', canChange: true }),
    );
    const deliveries = me.data!.myRequests.notices.map((n: { delivery: string }) => n.delivery);
    for (const state of ['DELIVERED', 'BOUNCED', 'QUEUED', 'TO_BE_PHONED']) expect(deliveries).toContain(state);
    // The holder does not see the mail server's words; staff do.
    expect(me.data!.myRequests.notices.every((n: { problem: string | null }) => n.problem === null)).toBe(true);
    expect(me.data!.myRequests.tickets.length).toBeGreaterThan(0);
  });

  it('signs the customer in by email', async () => {
    const signedIn = await gqlFrom('10.0.6.2', SIGN_IN, { l: 'Hannah@Example.com', p: 'deskstream-demo' });
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data!.signInAccount.account).toMatchObject({
      kind: 'CUSTOMER',
      email: 'hannah@example.com',
      cardNumber: null,
    });
    const requests = await gqlFrom(
      '10.0.6.2',
      '{ myRequests { tickets { title } calls { kind title state } } }',
      {},
      signedIn.data!.signInAccount.token,
    );
    expect(requests.data!.myRequests.tickets.length).toBeGreaterThan(0);
    expect(requests.data!.myRequests.calls).toEqual([expect.objectContaining({ kind: 'CALL' })]);
  });
});

describe('reservations, loans and the library system', () => {
  it('keeps the limits, renews once, and cancels only until the item is secured', async () => {
    clock.set('2026-12-07T14:00:00.000Z');
    await register({ kind: 'PATRON', cardNumber: '01110005', phone: '092-555-0199', password: 'shelf1' });
    let token = (await gqlFrom('10.0.7.1', SIGN_IN, { l: '01110005', p: 'shelf1' })).data!.signInAccount.token;
    const place = (itemId: string, itemKind: string) =>
      gqlFrom(
        '10.0.7.1',
        'mutation ($i: ReservationInput!, $c: ID!) { placeMyReservation(input: $i, commandId: $c) { id status } }',
        { i: { itemId, itemKind, title: `Title ${itemId}`, contactMethod: 'PHONE' }, c: nextCommand() },
        token,
      );
    for (let i = 0; i < 10; i++) expect((await place(`b${i}`, 'BOOK')).errors).toBeUndefined();
    expect(reasonOf(await place('b10', 'BOOK'))).toBe('ACCOUNT_RESERVATION_BOOK_LIMIT');
    const av = await place('av1', 'AUDIOVISUAL');
    expect(reasonOf(await place('av2', 'AUDIOVISUAL'))).toBe('ACCOUNT_RESERVATION_AUDIOVISUAL_LIMIT');
    const cancel = (id: string) =>
      gqlFrom(
        '10.0.7.1',
        'mutation ($r: ID!, $c: ID!) { cancelMyReservation(reservationId: $r, commandId: $c) { status } }',
        { r: id, c: nextCommand() },
        token,
      );
    const { id: accountId } = (await gqlFrom('10.0.7.1', '{ myAccount { id } }', {}, token)).data!.myAccount;
    const ready = await api.gql(
      'mutation ($a: ID!, $r: ID!, $c: ID!) { markReservationReady(accountId: $a, reservationId: $r, commandId: $c) { status holdUntil notice { method delivery } } }',
      { a: accountId, r: av.data!.placeMyReservation.id, c: nextCommand() },
      agent,
    );
    expect(ready.data!.markReservationReady).toEqual({
      status: 'READY',
      holdUntil: '2026-12-14T14:00:00.000Z',
      notice: { method: 'PHONE', delivery: 'TO_BE_PHONED' },
    });
    expect(reasonOf(await cancel(av.data!.placeMyReservation.id))).toBe('ACCOUNT_RESERVATION_SECURED');
    // A week after the notice the hold lapses, which frees the audio-visual place; the 8-hour session has ended.
    clock.set('2026-12-14T14:00:00.000Z');
    expect(await api.app.accounts.clock()).toBeGreaterThanOrEqual(1);
    expect(reasonOf(await place('av2', 'AUDIOVISUAL'))).toBe('ACCOUNT_SESSION_ENDED');
    token = (await gqlFrom('10.0.7.1', SIGN_IN, { l: '01110005', p: 'shelf1' })).data!.signInAccount.token;
    expect(reasonOf(await place('av2', 'AUDIOVISUAL'))).toBeUndefined();

    const loan = await api.gql(
      'mutation ($a: ID!, $i: LoanInput!, $c: ID!) { recordLoan(accountId: $a, input: $i, commandId: $c) { id dueAt } }',
      { a: accountId, i: { itemId: 'l1', itemKind: 'BOOK', title: 'A loan' }, c: nextCommand() },
      agent,
    );
    expect(loan.data!.recordLoan.dueAt).toBe('2026-12-28T14:00:00.000Z');
    clock.set('2026-12-20T09:00:00.000Z');
    token = (await gqlFrom('10.0.7.1', SIGN_IN, { l: '01110005', p: 'shelf1' })).data!.signInAccount.token;
    const renew = () =>
      gqlFrom(
        '10.0.7.1',
        'mutation ($l: ID!, $c: ID!) { renewMyLoan(loanId: $l, commandId: $c) { dueAt renewed } }',
        { l: loan.data!.recordLoan.id, c: nextCommand() },
        token,
      );
    expect((await renew()).data).toEqual({ renewMyLoan: { dueAt: '2027-01-03T09:00:00.000Z', renewed: true } });
    expect(reasonOf(await renew())).toBe('ACCOUNT_LOAN_ALREADY_RENEWED');
  });

  it('sets the contact method per kind of notice and the pick-up place, which new reservations follow', async () => {
    clock.set('2026-12-07T14:30:00.000Z');
    await register({ kind: 'PATRON', cardNumber: '01110007', phone: '092-555-0177', password: 'prefs1' });
    const token = (await gqlFrom('10.0.7.2', SIGN_IN, { l: '01110007', p: 'prefs1' })).data!.signInAccount.token;
    const set = (input: Record<string, unknown>) =>
      gqlFrom(
        '10.0.7.2',
        `mutation ($i: AccountPreferencesInput!, $c: ID!) { setMyAccountPreferences(input: $i, commandId: $c) {
           preferences { contact { kind method } pickUpBranch { id name { ja } } } } }`,
        { i: input, c: nextCommand() },
        token,
      );
    expect(reasonOf(await set({ contact: [{ kind: 'RESERVATION_READY', method: 'EMAIL' }] }))).toBe(
      'ACCOUNT_EMAIL_REQUIRED',
    );
    expect(reasonOf(await set({ pickUpBranchId: 'nowhere' }))).toBe('ACCOUNT_BRANCH_NOT_FOUND');
    const changed = await set({ contact: [{ kind: 'RESERVATION_READY', method: 'PHONE' }], pickUpBranchId: 'tokyo' });
    expect(changed.data!.setMyAccountPreferences.preferences).toMatchObject({
      contact: [
        { kind: 'RESERVATION_READY', method: 'PHONE' },
        { kind: 'LOAN_DUE', method: 'NONE' },
      ],
      pickUpBranch: { id: 'tokyo' },
    });
    const placed = await gqlFrom(
      '10.0.7.2',
      'mutation ($i: ReservationInput!, $c: ID!) { placeMyReservation(input: $i, commandId: $c) { id contactMethod pickUpBranch { id } } }',
      { i: { itemId: 'p1', itemKind: 'BOOK', title: 'Preferred' }, c: nextCommand() },
      token,
    );
    expect(placed.data!.placeMyReservation).toMatchObject({ contactMethod: 'PHONE', pickUpBranch: { id: 'tokyo' } });
    const moved = await gqlFrom(
      '10.0.7.2',
      'mutation ($r: ID!, $b: ID, $c: ID!) { changeMyReservation(reservationId: $r, pickUpBranchId: $b, contactMethod: NONE, commandId: $c) { contactMethod pickUpBranch { id } } }',
      { r: placed.data!.placeMyReservation.id, b: 'central', c: nextCommand() },
      token,
    );
    expect(moved.data!.changeMyReservation).toEqual({ contactMethod: 'NONE', pickUpBranch: { id: 'central' } });
  });

  it('takes the library system’s import with its own token, once however often it is sent', async () => {
    clock.set('2026-12-07T15:00:00.000Z');
    const post = (token: string, records: unknown[]) =>
      api.app.inject({
        method: 'POST',
        url: '/library-system/circulation',
        headers: { authorization: `Bearer ${token}` },
        payload: { records },
      });
    const records = [
      {
        kind: 'LOAN',
        loanId: 'ils-l-9',
        cardNumber: '01234567',
        itemId: 'ils-9',
        itemKind: 'BOOK',
        title: '雪国',
        lentAt: '2026-12-01T00:00:00Z',
        dueAt: '2026-12-15T00:00:00Z',
        othersWaiting: true,
      },
      {
        kind: 'RESERVATION',
        reservationId: 'ils-r-9',
        cardNumber: '01234567',
        itemId: 'ils-10',
        itemKind: 'BOOK',
        title: '坊っちゃん',
        status: 'READY',
      },
      {
        kind: 'LOAN',
        loanId: 'ils-l-10',
        cardNumber: '09999999',
        itemId: 'x',
        itemKind: 'BOOK',
        title: 'x',
        lentAt: '2026-12-01T00:00:00Z',
        dueAt: '2026-12-15T00:00:00Z',
      },
    ];
    expect((await post('wrong-token', records)).statusCode).toBe(401);
    const first = await post(IMPORT_TOKEN, records);
    expect(first.json().results).toEqual([
      { id: 'ils-l-9', ok: true },
      { id: 'ils-r-9', ok: true },
      { id: 'ils-l-10', ok: false, reason: 'ACCOUNT_NOT_FOUND' },
    ]);
    expect((await post(IMPORT_TOKEN, records)).json().results[1]).toEqual({ id: 'ils-r-9', ok: true });
    expect((await post(IMPORT_TOKEN, [{ kind: 'LOAN' }])).statusCode).toBe(400);
    const found = await api.gql(
      'query ($q: String!) { findAccounts(query: $q) { loans { id renewRefusal } reservations { id status notice { method } } } }',
      { q: '01234567' },
      agent,
    );
    const patron = found.data!.findAccounts[0];
    expect(patron.loans).toContainEqual({ id: 'ils-l-9', renewRefusal: 'ACCOUNT_LOAN_RESERVED' });
    expect(patron.reservations.filter((r: { id: string }) => r.id === 'ils-r-9')).toEqual([
      { id: 'ils-r-9', status: 'READY', notice: { method: 'EMAIL' } },
    ]);
  });
});

describe('erasure and export', () => {
  it('erases a person’s data and keeps every figure', async () => {
    clock.set('2026-12-21T09:00:00.000Z');
    const accountId = await register({
      kind: 'PATRON',
      cardNumber: '01110006',
      email: 'forget.me@example.org',
      phone: '092-555-0166',
      name: 'Forget Me',
      password: 'erase1',
    });
    const token = (await gqlFrom('10.0.8.1', SIGN_IN, { l: '01110006', p: 'erase1' })).data!.signInAccount.token;
    await gqlFrom(
      '10.0.8.1',
      'mutation ($i: ReservationInput!, $c: ID!) { placeMyReservation(input: $i, commandId: $c) { id } }',
      { i: { itemId: 'e1', itemKind: 'BOOK', title: 'A private title' }, c: nextCommand() },
      token,
    );
    const exported = await gqlFrom('10.0.8.1', '{ myDataExport }', {}, token);
    expect(JSON.parse(exported.data!.myDataExport)).toMatchObject({
      account: { cardNumber: '01110006', email: 'forget.me@example.org', name: 'Forget Me' },
      reservations: [expect.objectContaining({ title: 'A private title' })],
    });

    const FIGURES =
      '{ accountFigures { patrons customers erased lockouts failedSignIns reservationsPlaced loansStarted renewals pickUpNoticesByEmail pickUpNoticesByPhone pickUpNoticesNotSent } }';
    const before = (await api.gql(FIGURES, {}, admin)).data!.accountFigures;
    const eventsBefore = await eventTypes(`account-${accountId}`);
    expect(
      reasonOf(
        await api.gql(
          'mutation ($a: ID!, $c: ID!) { erasePerson(accountId: $a, commandId: $c) { id } }',
          { a: accountId, c: nextCommand() },
          agent,
        ),
      ),
    ).toBe('ACCESS_ROLE_REQUIRED');
    const erased = await api.gql(
      'mutation ($a: ID!, $c: ID!) { erasePerson(accountId: $a, commandId: $c) { erased name cardNumber email phone reservations { title status } } }',
      { a: accountId, c: nextCommand() },
      admin,
    );
    expect(erased.data!.erasePerson).toEqual({
      erased: true,
      name: null,
      cardNumber: null,
      email: null,
      phone: null,
      reservations: [{ title: null, status: 'WAITING' }],
    });
    const after = (await api.gql(FIGURES, {}, admin)).data!.accountFigures;
    expect(after).toEqual({ ...before, erased: before.erased + 1 });
    // Every event stays; the person's session ended with the erasure.
    expect(await eventTypes(`account-${accountId}`)).toEqual([...eventsBefore, 'AccountSessionEnded', 'PersonErased']);
    expect(reasonOf(await gqlFrom('10.0.8.1', '{ myDataExport }', {}, token))).toBe('ACCOUNT_SESSION_ENDED');
    expect(reasonOf(await gqlFrom('10.0.8.1', SIGN_IN, { l: '01110006', p: 'erase1' }))).toBe('ACCOUNT_SIGN_IN_FAILED');
    expect(
      (await api.gql('query ($q: String!) { findAccounts(query: $q) { id } }', { q: 'Forget Me' }, agent)).data,
    ).toEqual({ findAccounts: [] });

    // Another api process on the same store reads the same: the key is gone, not just forgotten here.
    const restarted = await api.restart({ accounts: { keyStore, now: clock.now, clockIntervalMs: 0 } });
    const again = await restarted.inject({
      method: 'POST',
      url: '/graphql',
      headers: { authorization: `Bearer ${admin}` },
      payload: { query: `{ account(id: "${accountId}") { erased name } ${FIGURES.slice(1, -1)} }` },
    });
    expect(again.json().data.account).toEqual({ erased: true, name: null });
    expect(again.json().data.accountFigures).toEqual(after);
  });
});
