import { describe, expect, it } from 'vitest';
import { SATISFACTION_QUESTION } from '@deskstream/feedback-domain';
import { SurveysReadModel, type SurveyReadModelEvent } from './survey-read-model';

const at = '2026-03-01T10:00:00.000Z';
const system = { kind: 'system' } as const;
const customer = (
  customerId: string,
  email: string | null,
  phone: string | null,
  language = 'fa',
): SurveyReadModelEvent => ({
  type: 'CustomerRecorded',
  data: {
    customerId,
    kind: 'PERSON',
    organisationType: null,
    language,
    preferredContact: 'EMAIL',
    requesterType: null,
    organisationId: null,
    personal: { name: customerId, emails: email ? [email] : [], phones: phone ? [phone] : [] },
    at,
    by: system,
  },
});
const registered = (registrationId: string, customerId: string, version: string | null): SurveyReadModelEvent => ({
  type: 'ProductRegistered',
  data: {
    registrationId,
    customerId,
    productKey: 'atlas',
    version,
    deviceSerial: '1',
    activationSerial: '2',
    at,
    by: system,
  },
});

describe('the surveys read model', () => {
  it('finds the registered users of a product (and version) with an email, once each', () => {
    const model = new SurveysReadModel();
    for (const event of [
      customer('mina', 'mina@example.jp', null, 'ja'),
      customer('omid', null, '+989121234567'),
      customer('lan', 'lan@example.vn', null, 'vi'),
      registered('r1', 'mina', '1.0'),
      registered('r2', 'mina', '2.0'),
      registered('r3', 'omid', '1.0'),
      registered('r4', 'lan', '2.0'),
      {
        type: 'ProductRegistrationWithdrawn',
        data: { registrationId: 'r4', customerId: 'lan', reason: 'sold', at, by: system },
      },
    ] satisfies SurveyReadModelEvent[])
      model.apply(event);
    expect(model.contacts.registeredContacts('atlas', null)).toEqual([
      { email: 'mina@example.jp', language: 'ja', customerId: 'mina' },
    ]);
    expect(model.contacts.registeredContacts('atlas', '2.0')).toHaveLength(1);
    expect(model.contacts.registeredContacts('other', null)).toEqual([]);
  });

  it('knows whom a wrapped-up call can be surveyed by: its ticket requester, else the customer with that number', () => {
    const model = new SurveysReadModel();
    model.apply(customer('omid', 'omid@example.ir', '+989121234567'));
    model.apply({
      type: 'CallLogged',
      data: {
        callId: 'c1',
        source: 'MANUAL',
        direction: 'IN',
        counterpart: { raw: '09121234567', e164: '+989121234567' },
        startedAt: at,
        durationSeconds: 60,
        outcome: 'ANSWERED',
        topic: null,
        requesterType: null,
        notes: null,
        by: { kind: 'staff', id: 'sara' },
        at,
      },
    });
    model.apply({
      type: 'CallWrappedUp',
      data: {
        callId: 'c1',
        topic: 'Export',
        outcome: 'ANSWERED',
        requesterType: null,
        by: { kind: 'staff', id: 'sara' },
        at,
      },
    });
    expect(model.contacts.finished).toEqual([{ kind: 'CALL', id: 'c1', at }]);
    expect(model.contacts.callContact('c1')).toEqual({ email: 'omid@example.ir', language: 'fa', customerId: 'omid' });
  });

  it('finds an invitation by its token hash and records its answer', () => {
    const model = new SurveysReadModel();
    model.apply({
      type: 'SurveyCreated',
      data: {
        surveyId: 's1',
        kind: 'SATISFACTION',
        subject: { type: 'CONVERSATION', chatId: null, ticketId: 't1', callId: null },
        question: SATISFACTION_QUESTION,
        teamId: null,
        by: { kind: 'system', id: 'surveys' },
        at,
      },
    });
    model.apply({
      type: 'SurveyInvitationSent',
      data: {
        surveyId: 's1',
        invitationId: 'i1',
        tokenHash: 'h1',
        customerId: null,
        personal: { email: 'a@example.org' },
        language: 'fa',
        mailId: 'm1',
        at,
      },
    });
    model.apply({
      type: 'SurveyAnswered',
      data: { surveyId: 's1', invitationId: 'i1', rating: 4, comment: null, language: 'fa', at },
    });
    expect(model.invitationByTokenHash('h1')?.answer).toEqual({ rating: 4, comment: null, at });
    expect(model.invitationByTokenHash('nope')).toBeUndefined();
  });
});
