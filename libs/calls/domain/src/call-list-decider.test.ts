import { deciderSpec } from '@deskstream/domain-kit/testing';
import { describe, it } from 'vitest';
import { callListDecider } from './call-list-decider';
import type { CallActor, CallListEvent } from './calls-events';

const given = deciderSpec(callListDecider);
const by: CallActor = { kind: 'staff', id: 'ana' };
const at = '2026-03-09T10:00:00.000Z';
const entry = {
  entryId: 'e1',
  number: { raw: '+493055571600', e164: '+493055571600' },
  label: 'Verlag Nord',
  reference: 'ticket 12',
};
const create = {
  type: 'CreateCallList' as const,
  data: { listId: 'l1', name: 'Publishers with open issues', description: null, entries: [entry], by, at },
};
const created: CallListEvent = { type: 'CallListCreated', data: create.data };
const attempt = {
  type: 'RecordCallListAttempt' as const,
  data: { listId: 'l1', entryId: 'e1', attemptId: 'a1', outcome: 'REACHED' as const, note: null, done: true, by, at },
};

describe('follow-up lists', () => {
  it('creates a list once, with valid numbers only', () => {
    given([]).when(create).then([created]);
    given([created]).when(create).then([]);
    given([])
      .when({ ...create, data: { ...create.data, entries: [] } })
      .then('CALL_LIST_ENTRIES_INVALID');
    given([])
      .when({ ...create, data: { ...create.data, entries: [{ ...entry, number: { raw: 'abc', e164: null } }] } })
      .then('CALL_LIST_ENTRIES_INVALID');
    given([])
      .when({ ...create, data: { ...create.data, name: ' ' } })
      .then('CALL_LIST_NAME_INVALID');
  });

  it('records attempts until the number is done', () => {
    given([created])
      .when(attempt)
      .then([{ type: 'CallListAttemptRecorded', data: attempt.data }]);
    const recorded: CallListEvent = { type: 'CallListAttemptRecorded', data: attempt.data };
    given([created, recorded]).when(attempt).then([]);
    given([created, recorded])
      .when({ ...attempt, data: { ...attempt.data, attemptId: 'a2' } })
      .then('CALL_LIST_ENTRY_DONE');
    given([created])
      .when({ ...attempt, data: { ...attempt.data, entryId: 'nope' } })
      .then('CALL_LIST_ENTRY_NOT_FOUND');
    given([]).when(attempt).then('CALL_LIST_NOT_FOUND');
  });
});
