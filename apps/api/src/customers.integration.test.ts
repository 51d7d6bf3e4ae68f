/**
 * Customers through the api and the emulator: the demo's customers with the demo tickets and calls
 * on their timelines, a timeline across contexts (an offline question, a hand-logged call, a
 * registration) found through contact points in any format, merging two records with both
 * histories kept, and bad input (malformed numbers, huge fields, unknown ids, wrong serials) that
 * gets a clear reason and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './testing/harness';

let api: TestApi;
let agent: string;
let admin: string;

beforeAll(async () => {
  api = await startTestApi({ calls: { phoneCountry: 'IR' } });
  [agent, admin] = await Promise.all([api.signIn('sara', 'deskstream-agent'), api.signIn('admin', 'deskstream-admin')]);
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const TIMELINE = `timeline(first: 50) { totalCount entries { kind refId state summary via ticketNumber } }`;

const RECORD = `mutation ($input: CustomerInput!, $commandId: ID!) {
  recordCustomer(input: $input, commandId: $commandId) { id name emails phones revision }
}`;

async function record(input: Record<string, unknown>, commandId: string) {
  return api.gql<{ recordCustomer: { id: string; phones: string[]; emails: string[]; revision: number } }>(
    RECORD,
    { input: { kind: 'PERSON', language: 'fa', ...input }, commandId },
    agent,
  );
}

async function customerCount(): Promise<number> {
  const result = await api.gql<{ customers: { totalCount: number } }>(
    '{ customers(first: 1) { totalCount } }',
    {},
    agent,
  );
  return result.data!.customers.totalCount;
}

describe('the demo customers', () => {
  it('shows the publisher with its people, registrations and the demo ticket on its timeline', async () => {
    const found = await api.gql(
      `{ customers(query: "نگاه") { edges { matchedBy node { id kind organisationType members { name }
         registrations { product { name } activationSerial } ${TIMELINE} } } } }`,
      {},
      agent,
    );
    expect(found.errors).toBeUndefined();
    const negah = found.data!.customers.edges.find((edge: { node: { id: string } }) => edge.node.id === 'demo-negah');
    expect(negah).toMatchObject({ matchedBy: 'NAME', node: { kind: 'ORGANISATION', organisationType: 'PUBLISHER' } });
    expect(negah.node.members.map((member: { name: string }) => member.name)).toContain('نسرین سهرابی');
    expect(negah.node.registrations[0].activationSerial).toBe('NET-Q7W8-E9R0-T1Y2');
    const kinds = negah.node.timeline.entries.map((entry: { kind: string }) => entry.kind);
    expect(kinds).toContain('TICKET');
    expect(kinds).toContain('REGISTRATION');
  });

  it('names the caller of a demo call and the customer of a demo ticket', async () => {
    const calls = await api.gql(
      '{ calls(filter: { view: ALL }) { nodes { counterpart { raw } caller { id name } } } }',
      {},
      agent,
    );
    expect(calls.errors).toBeUndefined();
    const verlag = calls.data!.calls.nodes.find((call: { counterpart: { raw: string } }) =>
      call.counterpart.raw.includes('3055571600'),
    );
    expect(verlag.caller).toEqual({ id: 'demo-verlag-nord', name: 'Verlag Nord' });
    const byPhone = await api.gql('{ customerByPhone(number: "0049 30 555 716 00") { id } }', {}, agent);
    expect(byPhone.data!.customerByPhone).toEqual({ id: 'demo-verlag-nord' });
    const tickets = await api.gql(
      '{ tickets(first: 50) { edges { node { requester { email } customer { id } } } } }',
      {},
      admin,
    );
    expect(tickets.errors).toBeUndefined();
    const hannah = tickets.data!.tickets.edges.find(
      (edge: { node: { requester: { email: string | null } } }) => edge.node.requester.email === 'hannah@example.com',
    );
    expect(hannah.node.customer).toEqual({ id: 'demo-hannah' });
  });

  it('lists a customer’s open tickets (an agent only those of their departments) and a ticket’s registrations', async () => {
    const query = `{ customer(id: "demo-negah") { openTickets { id status department { id } } timeline(kinds: [TICKET]) { entries { refId state } } } }`;
    const asAdmin = await api.gql(query, {}, admin);
    expect(asAdmin.errors).toBeUndefined();
    const { openTickets, timeline } = asAdmin.data!.customer;
    const open = timeline.entries.filter(
      (entry: { state: string }) => !['SOLVED', 'CLOSED', 'MERGED'].includes(entry.state),
    );
    expect(openTickets.map((ticket: { id: string }) => ticket.id)).toEqual(
      open.map((entry: { refId: string }) => entry.refId),
    );
    const asAgent = await api.gql(query, {}, agent);
    for (const ticket of asAgent.data!.customer.openTickets)
      expect(['humanities', 'law']).toContain(ticket.department.id);
    const tickets = await api.gql(
      '{ tickets(first: 50) { edges { node { requester { email } registrations { product { key } } } } } }',
      {},
      admin,
    );
    const ali = tickets.data!.tickets.edges.find(
      (edge: { node: { requester: { email: string | null } } }) => edge.node.requester.email === 'ali@example.org',
    );
    expect(ali.node.registrations.map((item: { product: { key: string } }) => item.product.key).sort()).toEqual([
      'jame-feqh',
      'noor-desk',
    ]);
  });
});

describe('a timeline across contexts', () => {
  it('folds an offline question, a hand-logged call and a registration through contact points in any format', async () => {
    const recorded = await record(
      { name: 'Parisa Nouri', emails: ['Parisa.Nouri@Example.org'], phones: ['۰۹۳۵ ۱۱۱ ۲۲۳۳'] },
      'timeline-record',
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordCustomer.id;
    expect(recorded.data!.recordCustomer).toMatchObject({
      emails: ['parisa.nouri@example.org'],
      phones: ['+989351112233'],
    });

    const asked = await api.gql(
      `mutation ($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { __typename } }`,
      {
        input: {
          clientRequestId: 'timeline-question',
          departmentId: 'humanities',
          name: 'Parisa',
          email: 'PARISA.NOURI@example.org',
          question: 'The Jame al-Feqh search shows question marks instead of letters.',
        },
      },
    );
    expect(asked.errors).toBeUndefined();
    const logged = await api.gql(
      `mutation ($input: LogCallInput!) { logCall(input: $input, commandId: "timeline-call") { id } }`,
      {
        input: {
          direction: 'IN',
          number: '+98 935 111 2233',
          startedAt: new Date(Date.now() - 60_000).toISOString(),
          durationSeconds: 95,
          outcome: 'ANSWERED',
          topic: 'Activation',
        },
      },
      agent,
    );
    expect(logged.errors).toBeUndefined();
    const registered = await api.gql(
      `mutation ($input: RegisterProductInput!) { registerProduct(input: $input, commandId: "timeline-register") { id deviceSerial } }`,
      {
        input: {
          customerId: id,
          productKey: 'jame-feqh',
          version: '3.5',
          deviceSerial: 'nd-۱۲۳۴-5678-9012',
          activationSerial: 'jf3-tt11-zz22',
        },
      },
      agent,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerProduct.deviceSerial).toBe('ND-1234-5678-9012');

    const page = await api.gql(`query ($id: ID!) { customer(id: $id) { ${TIMELINE} } }`, { id }, agent);
    const entries = page.data!.customer.timeline.entries;
    expect(entries.map((entry: { kind: string }) => entry.kind).sort()).toEqual([
      'CALL',
      'OFFLINE_QUESTION',
      'REGISTRATION',
    ]);
    expect(entries.find((entry: { kind: string }) => entry.kind === 'CALL')).toMatchObject({
      state: 'ANSWERED',
      summary: 'Activation',
      via: '+989351112233',
    });
    const bySerial = await api.gql(
      '{ customers(query: "JF3-TT11-ZZ22") { edges { matchedBy node { id } } } }',
      {},
      agent,
    );
    expect(bySerial.data!.customers.edges[0]).toEqual({ matchedBy: 'SERIAL', node: { id } });

    const exported = await api.gql(`query ($id: ID!) { customerExport(id: $id) { fileName json } }`, { id }, agent);
    const document = JSON.parse(exported.data!.customerExport.json);
    expect(document.customer.emails).toEqual(['parisa.nouri@example.org']);
    expect(document.registrations).toHaveLength(1);
    expect(document.timeline).toHaveLength(3);
  });
});

describe('merging', () => {
  it('keeps both histories on the survivor, once, and the duplicate points to it', async () => {
    const survivor = (await record({ name: 'Kamran Jafari', emails: ['kamran@example.org'] }, 'merge-a')).data!
      .recordCustomer.id;
    const duplicate = (await record({ name: 'K. Jafari', emails: ['k.jafari@uni.example'] }, 'merge-b')).data!
      .recordCustomer.id;
    await api.gql(`mutation ($input: OfflineQuestionInput!) { askOfflineQuestion(input: $input) { __typename } }`, {
      input: {
        clientRequestId: 'merge-question',
        departmentId: 'humanities',
        name: 'K',
        email: 'k.jafari@uni.example',
        question: 'Error 1628 when installing the Medical Library.',
      },
    });
    const merge = `mutation ($s: ID!, $d: ID!, $c: ID!) { mergeCustomers(survivorId: $s, duplicateId: $d, commandId: $c) {
      id emails mergedFrom { id } ${TIMELINE} } }`;
    const merged = await api.gql(merge, { s: survivor, d: duplicate, c: 'merge-1' }, agent);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeCustomers).toMatchObject({
      emails: ['kamran@example.org', 'k.jafari@uni.example'],
      mergedFrom: [{ id: duplicate }],
    });
    expect(merged.data!.mergeCustomers.timeline.entries.map((entry: { kind: string }) => entry.kind)).toEqual([
      'OFFLINE_QUESTION',
    ]);
    const again = await api.gql(merge, { s: survivor, d: duplicate, c: 'merge-1' }, agent);
    expect(again.data!.mergeCustomers.mergedFrom).toEqual([{ id: duplicate }]);
    const twice = await api.gql(merge, { s: survivor, d: duplicate, c: 'merge-2' }, agent);
    expect(twice.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_MERGED');
    const back = await api.gql(merge, { s: duplicate, d: survivor, c: 'merge-3' }, agent);
    expect(back.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_MERGED');

    const old = await api.gql(
      `query ($id: ID!) { customer(id: $id) { mergedInto { id } ${TIMELINE} } }`,
      { id: duplicate },
      agent,
    );
    expect(old.data!.customer.mergedInto).toEqual({ id: survivor });
    expect(old.data!.customer.timeline.totalCount).toBe(1);
    const byEmail = await api.gql(
      '{ customers(query: "K.Jafari@uni.example") { edges { matchedBy node { id } } } }',
      {},
      agent,
    );
    expect(byEmail.data!.customers.edges).toEqual([{ matchedBy: 'EMAIL', node: { id: survivor } }]);
  });
});

describe('bad input', () => {
  it('refuses malformed numbers, huge fields and unknown ids with a reason, writing nothing', async () => {
    const before = await customerCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Bad Phone', phones: ['12'] }, 'CUSTOMER_PHONE_INVALID'],
      [{ name: 'Letters', phones: ['call me maybe'] }, 'CUSTOMER_PHONE_INVALID'],
      [{ name: 'Long Phone', phones: ['9'.repeat(5_000)] }, 'CUSTOMER_PHONE_INVALID'],
      [{ name: 'x'.repeat(10_000) }, 'CUSTOMER_NAME_INVALID'],
      [
        { name: 'Emails', emails: Array.from({ length: 500 }, (_, index) => `a${index}@example.org`) },
        'CUSTOMER_CONTACT_POINTS_TOO_MANY',
      ],
      [{ name: 'Bad Email', emails: ['not-an-address'] }, 'CUSTOMER_EMAIL_INVALID'],
      [{ name: 'Prefers phone', preferredContact: 'PHONE' }, 'CUSTOMER_PREFERRED_CONTACT_INVALID'],
      [{ name: 'Member', organisationId: 'no-such-organisation' }, 'CUSTOMER_ORGANISATION_NOT_FOUND'],
      [{ name: 'Taken', emails: ['info@negah.example'] }, 'CUSTOMER_CONTACT_POINT_TAKEN'],
    ];
    for (const [index, [input, reason]] of cases.entries()) {
      const result = await record(input, `bad-input-${index}`);
      expect(result.errors?.[0]?.extensions?.reason, JSON.stringify(input).slice(0, 80)).toBe(reason);
    }
    expect(await customerCount()).toBe(before);

    const byPhone = await api.gql('{ customerByPhone(number: "+98 12") { id } }', {}, agent);
    expect(byPhone.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_PHONE_INVALID');
    const unknown = await api.gql('{ customer(id: "no-such-customer") { id } }', {}, agent);
    expect(unknown.data!.customer).toBeNull();
    const weird = await api.gql(`query ($id: ID!) { customer(id: $id) { id } }`, { id: '../'.repeat(500) }, agent);
    expect(weird.data!.customer).toBeNull();
    const change = await api.gql(
      `mutation { changeCustomer(id: "nope", input: { kind: PERSON, name: "N", language: "fa", preferredContact: NONE }, commandId: "bad-change") { id } }`,
      {},
      agent,
    );
    expect(change.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_NOT_FOUND');
    const page = await api.gql('{ customer(id: "demo-negah") { timeline(first: 100000) { totalCount } } }', {}, agent);
    expect(page.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_PAGE_INVALID');
    const cursor = await api.gql('{ customers(after: "bm90LWEtY3Vyc29y") { totalCount } }', {}, agent);
    expect(cursor.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_PAGE_INVALID');
    const query = await api.gql(
      `query ($q: String) { customers(query: $q) { totalCount } }`,
      { q: 'ن'.repeat(5_000) },
      agent,
    );
    expect(query.errors?.[0]?.extensions?.reason).toBe('CUSTOMER_QUERY_TOO_LONG');
  });

  it('refuses serials that break the product’s format, a serial registered already, and unknown products', async () => {
    const register = `mutation ($input: RegisterProductInput!, $c: ID!) { registerProduct(input: $input, commandId: $c) { id } }`;
    const base = {
      customerId: 'demo-tom',
      productKey: 'zariah',
      deviceSerial: 'ND-1111-2222-3333',
      activationSerial: 'ZN-AB12-CD34',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ deviceSerial: 'ND-1111-2222' }, 'CUSTOMER_DEVICE_SERIAL_INVALID'],
      [{ activationSerial: 'ZN-AB12-CD3#' }, 'CUSTOMER_ACTIVATION_SERIAL_INVALID'],
      [{ activationSerial: 'Z'.repeat(10_000) }, 'CUSTOMER_ACTIVATION_SERIAL_INVALID'],
      [{ productKey: 'no-such-product' }, 'CUSTOMER_PRODUCT_NOT_FOUND'],
      [{ version: '9.9' }, 'CUSTOMER_VERSION_UNKNOWN'],
      [{ customerId: 'nobody' }, 'CUSTOMER_NOT_FOUND'],
      [
        { productKey: 'noor-desk', deviceSerial: 'ND-4012-7781-0093', activationSerial: 'NR-7K2Q-M4XP-19AD' },
        'CUSTOMER_SERIAL_REGISTERED',
      ],
    ];
    for (const [change, reason] of cases) {
      const result = await api.gql(register, { input: { ...base, ...change }, c: `serial-${reason}` }, agent);
      expect(result.errors?.[0]?.extensions?.reason, JSON.stringify(result).slice(0, 300)).toBe(reason);
    }
    const tom = await api.gql('{ customer(id: "demo-tom") { registrations { id } } }', {}, agent);
    expect(tom.data!.customer.registrations).toEqual([]);
    const define = await api.gql(
      `mutation { defineProduct(input: { key: "x", name: "X", deviceSerialFormat: "####", activationSerialFormat: "####" }, commandId: "p") { key } }`,
      {},
      agent,
    );
    expect(define.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
