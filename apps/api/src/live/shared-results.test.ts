import { describe, expect, it } from 'vitest';
import { SharedResults, shareKey, sharedPushOf } from './shared-results';

const bytes = (text: string) => Buffer.from(text);

describe('SharedResults', () => {
  it('makes the result of one payload once per key and hands every caller the same bytes', () => {
    const shared = new SharedResults();
    const payload = { presenceChanged: [] };
    let made = 0;
    const produce = () => bytes(`made ${++made}`);
    const first = shared.resultFor(payload, 'k', produce);
    const second = shared.resultFor(payload, 'k', produce);
    expect(made).toBe(1);
    expect(second).toBe(first);
    expect(shared.stats()).toEqual({ executions: 1, reused: 1 });
  });

  it('keeps keys and payloads apart', () => {
    const shared = new SharedResults();
    const one = {};
    const two = {};
    let made = 0;
    const produce = () => bytes(String(++made));
    shared.resultFor(one, 'a', produce);
    shared.resultFor(one, 'b', produce);
    shared.resultFor(two, 'a', produce);
    expect(made).toBe(3);
    expect(String(shared.resultFor(one, 'b', produce))).toBe('2');
  });

  it('shares nothing without a key, or for a payload that is not an object', () => {
    const shared = new SharedResults();
    let made = 0;
    const produce = () => bytes(String(++made));
    const payload = {};
    shared.resultFor(payload, undefined, produce);
    shared.resultFor(payload, undefined, produce);
    shared.resultFor('text', 'k', produce);
    shared.resultFor('text', 'k', produce);
    expect(made).toBe(4);
    expect(shared.stats()).toEqual({ executions: 4, reused: 0 });
  });

  it('shares a result that is still being made', async () => {
    const shared = new SharedResults();
    let made = 0;
    const produce = () => Promise.resolve(bytes(`async ${++made}`));
    const payload = {};
    const [first, second] = await Promise.all([
      shared.resultFor(payload, 'k', produce),
      shared.resultFor(payload, 'k', produce),
    ]);
    expect(made).toBe(1);
    expect(second).toBe(first);
  });
});

describe('shareKey', () => {
  const operation = { documentId: 7, operationName: 'Board', variables: { team: 'law' } };

  it('is undefined when the field declares nothing, so each subscriber is served alone', () => {
    expect(shareKey(undefined, {}, operation)).toBeUndefined();
  });

  it('is the same for the same document, operation, variables and scope', () => {
    expect(shareKey(true, { caller: 'a' }, operation)).toBe(shareKey(true, { caller: 'b' }, { ...operation }));
  });

  it('differs by document, operation, variables and scope', () => {
    const byRole = (context: unknown) => (context as { role: string }).role;
    const base = shareKey(byRole, { role: 'AGENT' }, operation);
    expect(shareKey(byRole, { role: 'SUPERVISOR' }, operation)).not.toBe(base);
    expect(shareKey(byRole, { role: 'AGENT' }, { ...operation, documentId: 8 })).not.toBe(base);
    expect(shareKey(byRole, { role: 'AGENT' }, { ...operation, operationName: 'Other' })).not.toBe(base);
    expect(shareKey(byRole, { role: 'AGENT' }, { ...operation, variables: { team: 'arts' } })).not.toBe(base);
    expect(shareKey(byRole, { role: 'AGENT' }, { ...operation })).toBe(base);
  });

  it('shares nothing when a scope function gives no string', () => {
    expect(shareKey(() => undefined as unknown as string, {}, operation)).toBeUndefined();
  });
});

describe('sharedPushOf', () => {
  it('reads only a valid declaration', () => {
    const scope = () => 'x';
    expect(sharedPushOf({ sharedPush: true })).toBe(true);
    expect(sharedPushOf({ sharedPush: scope })).toBe(scope);
    expect(sharedPushOf({ sharedPush: 'yes' })).toBeUndefined();
    expect(sharedPushOf({})).toBeUndefined();
    expect(sharedPushOf(undefined)).toBeUndefined();
  });
});
