import { CombinedError, type OperationResult } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorMessageKey, hasErrorCode, isTransient, outcomeOf } from './errors';

const apiError = (code: string) => new CombinedError({ graphQLErrors: [{ message: 'no', extensions: { code } }] });

describe('errorCodeOf', () => {
  it('reads the stable code the api puts in extensions', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'VALIDATION_ERROR',
      'CONFLICT',
      'NOT_FOUND',
      'RATE_LIMITED',
      'READ_MODEL_BEHIND',
    ] as const) {
      expect(errorCodeOf(apiError(code))).toBe(code);
      expect(hasErrorCode(apiError(code), code)).toBe(true);
    }
  });

  it('calls an unreachable server a network error and anything else unknown', () => {
    expect(errorCodeOf(new CombinedError({ networkError: new Error('offline') }))).toBe('NETWORK_ERROR');
    expect(errorCodeOf(apiError('SOMETHING_NEW'))).toBe('UNKNOWN');
    expect(errorCodeOf(new CombinedError({ graphQLErrors: ['plain message'] }))).toBe('UNKNOWN');
  });

  it('names the message of each code', () => {
    expect(errorMessageKey('CONFLICT')).toBe('errors.CONFLICT');
  });
});

describe('outcomeOf', () => {
  const result = (fields: Partial<OperationResult>) => Promise.resolve(fields as OperationResult);

  it('gives the data of a successful operation', async () => {
    expect(await outcomeOf(result({ data: { me: null } }))).toEqual({ ok: true, data: { me: null } });
  });

  it('gives the code of a failed one, and never throws', async () => {
    expect(await outcomeOf(result({ error: apiError('FORBIDDEN') }))).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: null,
    });
    expect(await outcomeOf(result({}))).toEqual({ ok: false, code: 'UNKNOWN', reason: null });
    expect(await outcomeOf(Promise.reject(new Error('boom')))).toEqual({
      ok: false,
      code: 'NETWORK_ERROR',
      reason: null,
    });
  });

  it("keeps the api's stable reason beside the code", async () => {
    const error = new CombinedError({
      graphQLErrors: [{ message: 'nobody', extensions: { code: 'CONFLICT', reason: 'CHAT_NO_AGENT_ONLINE' } }],
    });
    expect(await outcomeOf(result({ error }))).toEqual({ ok: false, code: 'CONFLICT', reason: 'CHAT_NO_AGENT_ONLINE' });
  });

  it('calls only an unreached or failing api worth trying again by itself', () => {
    expect(isTransient({ code: 'NETWORK_ERROR', reason: null })).toBe(true);
    expect(isTransient({ code: 'UNKNOWN', reason: null })).toBe(true);
    expect(isTransient({ code: 'CONFLICT', reason: 'CHAT_CLOSED' })).toBe(false);
  });
});
