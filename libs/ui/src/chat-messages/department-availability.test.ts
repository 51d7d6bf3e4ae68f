import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred } from '../testing/deferred';
import type { Outcome } from '../graphql/errors';
import { useDepartmentAvailability } from './department-availability';

afterEach(() => vi.useRealTimers());

describe('useDepartmentAvailability', () => {
  it('asks who is online in the chosen department, and is unknown with none or when it cannot be asked', async () => {
    const asked: string[] = [];
    const availability = useDepartmentAvailability({
      check: (id) => {
        asked.push(id);
        return Promise.resolve<Outcome<boolean>>(
          id === 'broken' ? { ok: false, code: 'NETWORK_ERROR', reason: null } : { ok: true, data: id === 'law' },
        );
      },
    });
    availability.select('law');
    expect(availability.availability.value).toBe('checking');
    await vi.waitFor(() => expect(availability.availability.value).toBe('online'));
    availability.select('humanities');
    await vi.waitFor(() => expect(availability.availability.value).toBe('offline'));
    availability.select('broken');
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    await vi.waitFor(() => expect(availability.availability.value).toBe('unknown'));
    availability.select(null);
    expect(availability.availability.value).toBe('unknown');
    expect(asked).toEqual(['law', 'humanities', 'broken']);
  });

  it('keeps only the answer to the latest question, and an offline mark over any answer in flight', async () => {
    const answers = new Map([
      ['humanities', deferred<Outcome<boolean>>()],
      ['law', deferred<Outcome<boolean>>()],
    ]);
    const availability = useDepartmentAvailability({ check: (id) => answers.get(id)!.promise });
    availability.select('humanities');
    availability.select('law');
    answers.get('law')!.resolve({ ok: true, data: true });
    await vi.waitFor(() => expect(availability.availability.value).toBe('online'));
    answers.get('humanities')!.resolve({ ok: true, data: false });
    await new Promise((resolve) => setTimeout(resolve));
    expect(availability.availability.value).toBe('online');

    const late = deferred<Outcome<boolean>>();
    answers.set('law', late);
    void availability.refresh();
    availability.markOffline();
    late.resolve({ ok: true, data: true });
    await new Promise((resolve) => setTimeout(resolve));
    expect(availability.availability.value).toBe('offline');
  });

  it('asks again now and then while wanted, and when the reader comes back', async () => {
    vi.useFakeTimers();
    let asked = 0;
    let wanted = true;
    const returns = new Set<() => void>();
    const availability = useDepartmentAvailability({
      check: () => (asked++, Promise.resolve({ ok: true, data: true })),
    });
    availability.select('law');
    const stop = availability.keepFresh({
      everyMs: 30_000,
      when: () => wanted,
      visibility: { onReturn: (listener) => (returns.add(listener), () => returns.delete(listener)) },
    });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(asked).toBe(2);
    for (const listener of returns) listener();
    expect(asked).toBe(3);
    wanted = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(asked).toBe(3);
    wanted = true;
    stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(returns.size).toBe(0);
    expect(asked).toBe(3);
  });
});
