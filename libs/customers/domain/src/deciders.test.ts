import { describe, expect, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import { catalogueDecider } from './catalogue-decider';
import { customerDecider, type CustomerCommand } from './customer-decider';
import type { CustomerEvent, CustomerRecorded, ProductDefined, ProductRegistered } from './customers-events';
import { checkSerial, normalisePhone, serialExample } from './input-rules';
import { registrationDecider } from './registration-decider';

const at = '2026-12-07T10:00:00.000Z';
const by = { kind: 'staff', id: 's1', name: 'Sara' } as const;

const record: Extract<CustomerCommand, { type: 'RecordCustomer' }> = {
  type: 'RecordCustomer',
  data: {
    customerId: 'c1',
    kind: 'PERSON',
    organisationType: null,
    name: '  Reza Ahmadi ',
    emails: ['Reza@Example.org'],
    phones: ['۰۹۱۲ ۳۴۵ ۶۷۸۹'],
    country: 'IR',
    language: 'fa',
    preferredContact: 'PHONE',
    requesterType: 'researcher',
    organisationId: null,
    organisation: null,
    at,
    by,
  },
};
const recorded: CustomerRecorded = {
  type: 'CustomerRecorded',
  data: {
    customerId: 'c1',
    kind: 'PERSON',
    organisationType: null,
    language: 'fa',
    preferredContact: 'PHONE',
    requesterType: 'researcher',
    organisationId: null,
    personal: { name: 'Reza Ahmadi', emails: ['reza@example.org'], phones: ['+989123456789'] },
    at,
    by,
  },
};

describe('phone numbers and serials', () => {
  it('reads a number in any format as E.164, and refuses what is not a number', () => {
    for (const typed of ['+98 912 345 6789', '0912-345-6789', '00989123456789', '(0912) 345 6789', '۰۹۱۲۳۴۵۶۷۸۹'])
      expect(normalisePhone(typed, 'IR')).toBe('+989123456789');
    expect(normalisePhone('+1 425 555 0100', 'IR')).toBe('+14255550100');
    expect(normalisePhone('+98 912 345 6789')).toBe('+989123456789');
    expect(normalisePhone('0912 345 6789')).toBeUndefined();
    for (const bad of ['12', 'call me', '+98 912', '9'.repeat(500), ''])
      expect(normalisePhone(bad, 'IR')).toBeUndefined();
  });
  it('checks a serial against its format, upper-cased, with Persian digits', () => {
    expect(checkSerial('NR-####-AA**', 'nr-۱۲۳۴-ab9z')).toBe('NR-1234-AB9Z');
    expect(checkSerial('NR-####-AA**', 'NR-1234-1B9Z')).toBeUndefined();
    expect(checkSerial('NR-####', 'NR-12345')).toBeUndefined();
    expect(serialExample('NR-####-AA**')).toBe('NR-0000-AAXX');
  });
});

describe('customer decider', () => {
  const given = deciderSpec(customerDecider);
  it('records a customer with normalised contact points', () => {
    given([]).when(record).then([recorded]);
    given([recorded]).when(record).then('CUSTOMER_EXISTS');
  });
  it('refuses bad input', () => {
    given([])
      .when({ ...record, data: { ...record.data, phones: ['12345'] } })
      .then('CUSTOMER_PHONE_INVALID');
    given([])
      .when({ ...record, data: { ...record.data, emails: ['no-at-sign'] } })
      .then('CUSTOMER_EMAIL_INVALID');
    given([])
      .when({ ...record, data: { ...record.data, name: 'x'.repeat(10_000) } })
      .then('CUSTOMER_NAME_INVALID');
    given([])
      .when({ ...record, data: { ...record.data, phones: [] } })
      .then('CUSTOMER_PREFERRED_CONTACT_INVALID');
    given([])
      .when({ ...record, data: { ...record.data, organisationId: 'o1', organisation: 'UNKNOWN' } })
      .then('CUSTOMER_ORGANISATION_NOT_FOUND');
    given([])
      .when({ ...record, data: { ...record.data, organisationId: 'o1', organisation: 'PERSON' } })
      .then('CUSTOMER_ORGANISATION_INVALID');
    given([])
      .when({ ...record, data: { ...record.data, kind: 'ORGANISATION' } })
      .then('CUSTOMER_ORGANISATION_TYPE_INVALID');
  });
  it('adds and removes contact points, never the last one they prefer', () => {
    const add = { customerId: 'c1', kind: 'EMAIL' as const, value: ' R.Ahmadi@Example.ORG', country: 'IR', at, by };
    given([recorded])
      .when({ type: 'AddContactPoint', data: add })
      .then([
        {
          type: 'CustomerContactPointAdded',
          data: { customerId: 'c1', kind: 'EMAIL', personal: { value: 'r.ahmadi@example.org' }, at, by },
        },
      ]);
    given([recorded])
      .when({ type: 'AddContactPoint', data: { ...add, value: 'reza@example.org' } })
      .then('CUSTOMER_CONTACT_POINT_EXISTS');
    given([recorded])
      .when({ type: 'RemoveContactPoint', data: { ...add, kind: 'PHONE', value: '+989123456789' } })
      .then('CUSTOMER_PREFERRED_CONTACT_INVALID');
    given([recorded])
      .when({ type: 'RemoveContactPoint', data: { ...add, value: 'other@example.org' } })
      .then('CUSTOMER_CONTACT_POINT_NOT_FOUND');
    given([]).when({ type: 'AddContactPoint', data: add }).then('CUSTOMER_NOT_FOUND');
  });
  it('merges: the duplicate points to the survivor, which takes its new contact points once', () => {
    const mergedInto: CustomerEvent = {
      type: 'CustomerMergedInto',
      data: { customerId: 'c1', survivorId: 'c2', at, by },
    };
    given([recorded])
      .when({ type: 'MarkMergedInto', data: { customerId: 'c1', survivorId: 'c2', survivorKind: 'PERSON', at, by } })
      .then([mergedInto]);
    given([recorded])
      .when({ type: 'MarkMergedInto', data: { customerId: 'c1', survivorId: 'c1', survivorKind: 'PERSON', at, by } })
      .then('CUSTOMER_MERGE_INVALID');
    given([recorded])
      .when({
        type: 'MarkMergedInto',
        data: { customerId: 'c1', survivorId: 'o', survivorKind: 'ORGANISATION', at, by },
      })
      .then('CUSTOMER_MERGE_INVALID');
    given([recorded, mergedInto])
      .when({
        type: 'AddContactPoint',
        data: { customerId: 'c1', kind: 'EMAIL', value: 'a@b.org', country: 'IR', at, by },
      })
      .then('CUSTOMER_MERGED');
    const absorb = {
      type: 'AbsorbDuplicate' as const,
      data: {
        customerId: 'c1',
        duplicateId: 'c9',
        duplicate: { emails: ['reza@example.org', 'old@example.org'], phones: [] },
        at,
        by,
      },
    };
    const absorbed: CustomerEvent = {
      type: 'CustomerAbsorbed',
      data: { customerId: 'c1', duplicateId: 'c9', personal: { emails: ['old@example.org'], phones: [] }, at, by },
    };
    given([recorded]).when(absorb).then([absorbed]);
    given([recorded, absorbed]).when(absorb).then([]);
  });
});

const defined: ProductDefined = {
  type: 'ProductDefined',
  data: {
    productKey: 'jame-feqh',
    name: 'Jame al-Feqh',
    serialFormats: { deviceSerial: 'DV-########', activationSerial: 'JF3-****-****' },
    at,
    by,
  },
};

describe('catalogue decider', () => {
  const given = deciderSpec(catalogueDecider);
  it('defines products with valid formats and adds each version once', () => {
    given([]).when({ type: 'DefineProduct', data: defined.data }).then([defined]);
    given([defined]).when({ type: 'DefineProduct', data: defined.data }).then('CUSTOMER_PRODUCT_EXISTS');
    given([])
      .when({
        type: 'DefineProduct',
        data: { ...defined.data, serialFormats: { deviceSerial: '----', activationSerial: '#' } },
      })
      .then('CUSTOMER_SERIAL_FORMAT_RULE_INVALID');
    given([])
      .when({ type: 'DefineProduct', data: { ...defined.data, productKey: 'Bad Key' } })
      .then('CUSTOMER_PRODUCT_KEY_INVALID');
    const version = { productKey: 'jame-feqh', version: '3', releasedOn: '2019-03-01', at, by };
    given([defined])
      .when({ type: 'AddProductVersion', data: version })
      .then([{ type: 'ProductVersionAdded', data: version }]);
    given([defined, { type: 'ProductVersionAdded', data: version }])
      .when({ type: 'AddProductVersion', data: version })
      .then('CUSTOMER_VERSION_EXISTS');
    given([]).when({ type: 'AddProductVersion', data: version }).then('CUSTOMER_PRODUCT_NOT_FOUND');
  });
});

describe('registration decider', () => {
  const given = deciderSpec(registrationDecider);
  const product = { key: 'jame-feqh', versions: ['3'], serialFormats: defined.data.serialFormats };
  const register = {
    type: 'RegisterProduct' as const,
    data: {
      registrationId: 'r1',
      customerId: 'c1',
      customerActive: true,
      product,
      version: '3',
      deviceSerial: 'dv-12345678',
      activationSerial: 'jf3-ab12-cd34',
      activationSerialTaken: false,
      at,
      by,
    },
  };
  const registered: ProductRegistered = {
    type: 'ProductRegistered',
    data: {
      registrationId: 'r1',
      customerId: 'c1',
      productKey: 'jame-feqh',
      version: '3',
      deviceSerial: 'DV-12345678',
      activationSerial: 'JF3-AB12-CD34',
      at,
      by,
    },
  };
  it('registers serials that follow the formats', () => {
    given([]).when(register).then([registered]);
    given([])
      .when({ ...register, data: { ...register.data, deviceSerial: 'DV-1234' } })
      .then('CUSTOMER_DEVICE_SERIAL_INVALID');
    given([])
      .when({ ...register, data: { ...register.data, activationSerial: 'x'.repeat(100_000) } })
      .then('CUSTOMER_ACTIVATION_SERIAL_INVALID');
    given([])
      .when({ ...register, data: { ...register.data, version: '9' } })
      .then('CUSTOMER_VERSION_UNKNOWN');
    given([])
      .when({ ...register, data: { ...register.data, product: null } })
      .then('CUSTOMER_PRODUCT_NOT_FOUND');
    given([])
      .when({ ...register, data: { ...register.data, customerActive: false } })
      .then('CUSTOMER_NOT_FOUND');
    given([])
      .when({ ...register, data: { ...register.data, activationSerialTaken: true } })
      .then('CUSTOMER_SERIAL_REGISTERED');
  });
  it('withdraws once', () => {
    const withdraw = {
      type: 'WithdrawRegistration' as const,
      data: { registrationId: 'r1', reason: ' sold ', at, by },
    };
    const withdrawn = {
      type: 'ProductRegistrationWithdrawn' as const,
      data: { registrationId: 'r1', customerId: 'c1', reason: 'sold', at, by },
    };
    given([registered]).when(withdraw).then([withdrawn]);
    given([registered, withdrawn]).when(withdraw).then('CUSTOMER_REGISTRATION_WITHDRAWN');
    given([]).when(withdraw).then('CUSTOMER_REGISTRATION_NOT_FOUND');
  });
});
