/**
 * Every persistent subscription group, kept durably as EventStoreDB keeps them: the definitions
 * in `$persistentSubscriptionConfig` (the whole list after each change), each group's progress in
 * its `-checkpoint` stream. Opening the registry reads both back.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '../store';
import { Group } from './group';
import { ALL, checkpointStreamOf, groupKey, type GroupDefinition } from './settings';

const CONFIG_STREAM = '$persistentSubscriptionConfig';

export type RegistryError = 'exists' | 'does-not-exist';

export class Registry {
  private readonly groups = new Map<string, Group>();
  private saving = Promise.resolve();

  private constructor(private readonly store: Store) {}

  static open(store: Store): Registry {
    const registry = new Registry(store);
    const last = store.readStream(CONFIG_STREAM, 'end', 'backwards', 1);
    if (last.kind === 'found' && last.events[0]) {
      for (const definition of definitionsIn(last.events[0].data)) registry.start(definition);
    }
    return registry;
  }

  get(source: string, group: string): Group | undefined {
    return this.groups.get(groupKey(source, group));
  }

  /** Every group, or those of one source. */
  list(source?: string): Group[] {
    return [...this.groups.values()].filter((g) => source === undefined || g.definition.source === source);
  }

  async create(definition: GroupDefinition): Promise<RegistryError | undefined> {
    if (this.get(definition.source, definition.group)) return 'exists';
    this.start(definition);
    await this.save();
    return undefined;
  }

  async update(definition: GroupDefinition): Promise<RegistryError | undefined> {
    const existing = this.get(definition.source, definition.group);
    if (!existing) return 'does-not-exist';
    // As EventStoreDB: the group starts again with the new settings from its checkpoint; its
    // consumers are dropped and connect again.
    await existing.flush();
    existing.close(true);
    this.start({ ...existing.definition, settings: definition.settings });
    await this.save();
    return undefined;
  }

  async delete(source: string, group: string): Promise<RegistryError | undefined> {
    const existing = this.get(source, group);
    if (!existing) return 'does-not-exist';
    existing.close(true);
    this.groups.delete(groupKey(source, group));
    await this.save();
    return undefined;
  }

  /** RestartSubsystem: every group starts again from its checkpoint; consumers are dropped. */
  async restart(): Promise<void> {
    for (const group of [...this.groups.values()]) {
      await group.flush();
      group.close(true);
      this.start(group.definition);
    }
  }

  close(): void {
    for (const group of this.groups.values()) group.close();
  }

  private start(definition: GroupDefinition): void {
    this.groups.set(
      groupKey(definition.source, definition.group),
      new Group(this.store, definition, this.checkpointOf(definition)),
    );
  }

  private checkpointOf(definition: GroupDefinition): number | undefined {
    const last = this.store.readStream(checkpointStreamOf(definition), 'end', 'backwards', 1);
    if (last.kind !== 'found' || !last.events[0]) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(last.events[0].data.toString('utf8'));
    } catch {
      return undefined;
    }
    if (definition.source !== ALL) return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
    const match = typeof value === 'string' ? /^C:(\d+)\/P:\d+$/.exec(value) : null;
    return match ? Number(match[1]) : undefined;
  }

  /** Writes the whole list, one change after another, each durable before the call is answered. */
  private save(): Promise<void> {
    const entries = [...this.groups.values()].map((g) => g.definition);
    const write = this.saving.then(async () => {
      const result = await this.store.append(CONFIG_STREAM, { kind: 'any' }, [
        {
          id: randomUUID(),
          type: '$PersistentConfig',
          contentType: 'application/json',
          metadata: Buffer.alloc(0),
          data: Buffer.from(JSON.stringify({ version: 2, updated: new Date().toISOString(), entries })),
        },
      ]);
      if (!result.ok) throw new Error(`could not save the persistent subscriptions: ${result.error.code}`);
    });
    this.saving = write.catch(() => undefined);
    return write;
  }
}

/** The definitions a config event holds; none when it is not one this store wrote. */
function definitionsIn(data: Buffer): GroupDefinition[] {
  try {
    const { entries } = JSON.parse(data.toString('utf8')) as { entries?: unknown };
    return Array.isArray(entries)
      ? (entries as GroupDefinition[]).filter(
          (e) => typeof e?.source === 'string' && typeof e.group === 'string' && e.settings?.startFrom,
        )
      : [];
  } catch {
    return [];
  }
}
