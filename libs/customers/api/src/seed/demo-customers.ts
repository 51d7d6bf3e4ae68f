/**
 * The demo's customers, products and registrations. The people and organisations are those the
 * demo tickets and calls already name (same email addresses and numbers), so their timelines are
 * worth opening; the products are seed 002's: Noor's research software with a warranty card that
 * carries the device serial and the serial the program was activated with.
 */
import type { CustomerProfile, SerialFormats } from '@deskstream/customers-domain';

export interface DemoCustomer extends CustomerProfile {
  customerId: string;
  name: string;
  emails: string[];
  phones: string[];
}

const person = (
  customerId: string,
  name: string,
  language: string,
  contacts: { emails?: string[]; phones?: string[] },
  extra: Partial<CustomerProfile> = {},
): DemoCustomer => ({
  customerId,
  name,
  emails: contacts.emails ?? [],
  phones: contacts.phones ?? [],
  kind: 'PERSON',
  organisationType: null,
  language,
  preferredContact: contacts.emails?.length ? 'EMAIL' : contacts.phones?.length ? 'PHONE' : 'NONE',
  requesterType: 'customer',
  organisationId: null,
  ...extra,
});

const organisation = (
  customerId: string,
  name: string,
  language: string,
  organisationType: CustomerProfile['organisationType'],
  contacts: { emails?: string[]; phones?: string[] },
): DemoCustomer => ({
  ...person(customerId, name, language, contacts),
  kind: 'ORGANISATION',
  organisationType,
  requesterType: organisationType === 'PUBLISHER' ? 'publisher' : 'customer',
});

/** Organisations first: people name them. */
export const DEMO_CUSTOMERS: DemoCustomer[] = [
  organisation('demo-negah', 'انتشارات نگاه', 'fa', 'PUBLISHER', {
    emails: ['info@negah.example'],
    phones: ['+982188000000'],
  }),
  organisation('demo-tokyo-pub', '東京出版', 'ja', 'PUBLISHER', {
    emails: ['info@tokyo-pub.example'],
    phones: ['+81312345678'],
  }),
  organisation('demo-verlag-nord', 'Verlag Nord', 'en', 'PUBLISHER', { phones: ['+493055571600'] }),
  organisation('demo-harbour', 'Harbour Books', 'en', 'BOOKSELLER', { phones: ['+442079460958'] }),
  organisation('demo-qom-school', 'مدرسه علمیه معصومیه', 'fa', 'SCHOOL', { phones: ['+98 25 3770 0000'] }),
  person('demo-maryam', 'مریم رضایی', 'fa', { emails: ['maryam@example.org'] }, { requesterType: 'patron' }),
  person(
    'demo-ali',
    'علی محمدی',
    'fa',
    { emails: ['ali@example.org'], phones: ['+98 912 345 6789'] },
    { requesterType: 'buyer' },
  ),
  person('demo-ali-duplicate', 'Ali Mohammadi', 'en', { emails: ['ali.mohammadi@uni.example'] }),
  person(
    'demo-reza',
    'رضا کریمی',
    'fa',
    { emails: ['reza.karimi@example.ir'], phones: ['+982161112345'] },
    { requesterType: 'patron', organisationId: 'demo-qom-school' },
  ),
  person(
    'demo-sohrabi',
    'نسرین سهرابی',
    'fa',
    { emails: ['n.sohrabi@negah.example'] },
    { requesterType: 'publisher', organisationId: 'demo-negah' },
  ),
  person('demo-hannah', 'Hannah Weber', 'en', { emails: ['hannah@example.com'], phones: ['+14255550100'] }),
  person('demo-tom', 'Tom Baker', 'en', { emails: ['tom@example.net'] }),
  person(
    'demo-hanako',
    '佐藤 花子',
    'ja',
    { emails: ['hanako@example.jp'] },
    { organisationId: 'demo-tokyo-pub', requesterType: 'publisher' },
  ),
  person('demo-ichiro', '鈴木 一郎', 'ja', { emails: ['ichiro@example.jp'] }),
  person('demo-lan', 'Nguyễn Thị Lan', 'vi', { emails: ['lan@example.vn'] }),
  person('demo-hung', 'Trần Văn Hùng', 'vi', { emails: ['hung@example.vn'] }),
  person('demo-chau', 'Phạm Minh Châu', 'vi', { emails: ['chau@example.vn'], phones: ['+84901234567'] }),
];

export const DEMO_MERGES = [{ survivorId: 'demo-ali', duplicateId: 'demo-ali-duplicate' }];

export interface DemoProduct {
  key: string;
  name: string;
  serialFormats: SerialFormats;
  versions: { version: string; releasedOn: string | null }[];
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    key: 'noor-desk',
    name: 'پیشخوان نور (Noor Desk)',
    serialFormats: { deviceSerial: 'ND-####-####-####', activationSerial: 'NR-****-****-****' },
    versions: [
      { version: '1.0', releasedOn: '2017-09-23' },
      { version: '2.0', releasedOn: '2020-03-10' },
    ],
  },
  {
    key: 'jame-feqh',
    name: 'جامع فقه ۳ (Jame al-Feqh 3)',
    serialFormats: { deviceSerial: 'ND-####-####-####', activationSerial: 'JF3-****-****' },
    versions: [
      { version: '3.0', releasedOn: '2016-05-14' },
      { version: '3.5', releasedOn: '2019-11-02' },
    ],
  },
  {
    key: 'jame-osul-feqh',
    name: 'جامع اصول فقه (Jame Osul al-Feqh)',
    serialFormats: { deviceSerial: 'ND-####-####-####', activationSerial: 'JOF-****-****' },
    versions: [{ version: '2.0', releasedOn: '2018-01-20' }],
  },
  {
    key: 'jame-teb',
    name: 'کتابخانه جامع طب (Medical Library)',
    serialFormats: { deviceSerial: 'ND-####-####-####', activationSerial: 'JT-****-****' },
    versions: [
      { version: '1.0', releasedOn: '2015-02-01' },
      { version: '2.0', releasedOn: '2021-06-15' },
    ],
  },
  {
    key: 'zariah',
    name: 'ذریعة النور (Zariah al-Noor)',
    serialFormats: { deviceSerial: 'ND-####-####-####', activationSerial: 'ZN-****-****' },
    versions: [{ version: '1.0', releasedOn: '2014-08-30' }],
  },
  {
    key: 'noor-network',
    name: 'نسخه شبکه نور (Noor network edition)',
    serialFormats: { deviceSerial: 'SRV-AAAA-####', activationSerial: 'NET-****-****-****' },
    versions: [{ version: '4.0', releasedOn: '2022-04-01' }],
  },
];

export const DEMO_REGISTRATIONS = [
  {
    registrationId: 'demo-ali-desk',
    customerId: 'demo-ali',
    productKey: 'noor-desk',
    version: '2.0',
    deviceSerial: 'ND-4012-7781-0093',
    activationSerial: 'NR-7K2Q-M4XP-19AD',
    daysAgo: 400,
  },
  {
    registrationId: 'demo-ali-feqh',
    customerId: 'demo-ali',
    productKey: 'jame-feqh',
    version: '3.5',
    deviceSerial: 'ND-4012-7781-0093',
    activationSerial: 'JF3-A7C2-99QZ',
    daysAgo: 380,
  },
  {
    registrationId: 'demo-maryam-teb',
    customerId: 'demo-maryam',
    productKey: 'jame-teb',
    version: '2.0',
    deviceSerial: 'ND-5530-1204-8872',
    activationSerial: 'JT-3B8D-K2M1',
    daysAgo: 120,
  },
  {
    registrationId: 'demo-reza-osul',
    customerId: 'demo-reza',
    productKey: 'jame-osul-feqh',
    version: '2.0',
    deviceSerial: 'ND-6621-0457-3310',
    activationSerial: 'JOF-P0L9-8HJ2',
    daysAgo: 30,
  },
  {
    registrationId: 'demo-negah-network',
    customerId: 'demo-negah',
    productKey: 'noor-network',
    version: '4.0',
    deviceSerial: 'SRV-NEGH-0001',
    activationSerial: 'NET-Q7W8-E9R0-T1Y2',
    daysAgo: 200,
  },
  {
    registrationId: 'demo-school-network',
    customerId: 'demo-qom-school',
    productKey: 'noor-network',
    version: '4.0',
    deviceSerial: 'SRV-QOMS-0002',
    activationSerial: 'NET-Z1X2-C3V4-B5N6',
    daysAgo: 600,
  },
];
