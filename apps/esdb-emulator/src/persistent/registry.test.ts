import { describe, expect, it } from 'vitest';
import { MemoryLog } from '../storage/log';
import { Store } from '../store';
import { Registry } from './registry';
import type { GroupDefinition } from './settings';

const definition: GroupDefinition = {
  source: 'orders',
  group: 'mailer',
  settings: {
    resolveLinks: false,
    startFrom: { kind: 'start' },
    maxRetryCount: 3,
    messageTimeoutMs: 1000,
    maxSubscriberCount: 0,
    checkpointAfterMs: 1000,
    minCheckpointCount: 1,
    maxCheckpointCount: 1,
    consumerStrategy: 'RoundRobin',
  },
};

const configEvent = (data: string) => ({
  id: '10000000-0000-4000-8000-000000000001',
  type: '$PersistentConfig',
  contentType: 'application/json',
  metadata: Buffer.alloc(0),
  data: Buffer.from(data),
});

describe('the persistent subscription registry', () => {
  it('opens again the groups it saved in the store', async () => {
    const { store } = await Store.open(new MemoryLog());
    const first = Registry.open(store);
    expect(await first.create(definition)).toBeUndefined();
    expect(await first.create(definition)).toBe('exists');
    first.close();
    const again = Registry.open(store);
    expect(again.list().map((g) => g.definition)).toEqual([definition]);
    again.close();
    await store.close();
  });

  it('starts with no groups rather than failing on a config it did not write', async () => {
    const { store } = await Store.open(new MemoryLog());
    await store.append('$persistentSubscriptionConfig', { kind: 'any' }, [configEvent('not json')]);
    expect(Registry.open(store).list()).toEqual([]);
    await store.append('$persistentSubscriptionConfig', { kind: 'any' }, [configEvent('{"entries":[{"x":1}]}')]);
    expect(Registry.open(store).list()).toEqual([]);
    await store.close();
  });
});
