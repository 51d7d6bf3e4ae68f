import { describe, expect, it } from 'vitest';
import { checkFieldValues } from './custom-fields';
import { checkPhone, checkRequester, checkSubject, parseMentions } from './input-rules';
import type { TicketFieldDefinition } from './ticket-settings-events';

const label = { fa: 'x', en: 'x', ja: 'x', vi: 'x' };
const fields: TicketFieldDefinition[] = [
  { key: 'seats', label, kind: 'NUMBER', options: [], required: true, public: false },
  { key: 'due', label, kind: 'DATE', options: [], required: false, public: false },
  { key: 'os', label, kind: 'SELECT', options: ['Windows', 'Linux'], required: false, public: false },
];

describe('input rules', () => {
  it('keeps a subject on one line and within 200 characters', () => {
    expect(checkSubject('  Archive access  ')).toBe('Archive access');
    expect(checkSubject('Subject\r\nBcc: evil@example.org')).toMatchObject({ code: 'TICKET_SUBJECT_INVALID' });
    expect(checkSubject('x'.repeat(201))).toMatchObject({ code: 'TICKET_SUBJECT_INVALID' });
  });

  it('checks the requester: address, phone, language and the contact method they chose', () => {
    const base = {
      name: 'Reza',
      email: 'Reza@Example.org',
      phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
      language: 'fa',
      contactMethod: 'EMAIL' as const,
    };
    expect(checkRequester(base)).toMatchObject({ email: 'reza@example.org', phone: '09123456789' });
    expect(checkRequester({ ...base, language: 'de' })).toMatchObject({ code: 'TICKET_REQUESTER_LANGUAGE_INVALID' });
    expect(checkRequester({ ...base, email: null, contactMethod: 'EMAIL' })).toMatchObject({
      code: 'TICKET_CONTACT_METHOD_INVALID',
    });
    expect(checkRequester({ ...base, email: 'a@b' })).toMatchObject({ code: 'TICKET_REQUESTER_EMAIL_INVALID' });
    expect(checkPhone('+98 (21) 8800-0000')).toBe('+982188000000');
  });

  it('reads @mentions as lower-case usernames, each once', () => {
    expect(parseMentions('@Minh please call, cc @sara and @minh. Not mail@example.org')).toEqual(['minh', 'sara']);
  });

  it('reads custom fields: Persian digits in numbers, real dates, the select’s options, required ones', () => {
    expect(
      checkFieldValues(
        [
          { key: 'seats', value: '۱۲' },
          { key: 'due', value: '2026-02-28' },
          { key: 'os', value: 'Linux' },
        ],
        fields,
        true,
      ),
    ).toEqual({
      seats: 12,
      due: '2026-02-28',
      os: 'Linux',
    });
    expect(checkFieldValues([{ key: 'seats', value: '٣٫٥' }], fields, true)).toEqual({ seats: 3.5 });
    expect(
      checkFieldValues(
        [
          { key: 'due', value: '2026-02-30' },
          { key: 'seats', value: '1' },
        ],
        fields,
        true,
      ),
    ).toMatchObject({ code: 'TICKET_FIELD_INVALID' });
    expect(checkFieldValues([{ key: 'os', value: 'BeOS' }], fields, false)).toMatchObject({
      code: 'TICKET_FIELD_INVALID',
    });
    expect(checkFieldValues([], fields, true)).toMatchObject({ code: 'TICKET_FIELD_INVALID' });
    expect(checkFieldValues([{ key: 'colour', value: 'red' }], fields, false)).toMatchObject({
      code: 'TICKET_FIELD_NOT_FOUND',
    });
  });
});
