/**
 * Snapshots of a read model made of Maps, Sets, arrays and a few plain values, kept in place: the
 * snapshot is those collections themselves (serialised at once, shared records stay shared), and
 * a restore checks the whole state first, then refills each collection in place, so whoever
 * holds a reference to one keeps seeing the read model.
 */
import type { ReadModelSnapshots } from './snapshots';

/** A plain value the read model holds in a field: how to read and set it. */
export interface KeptValue<T = unknown> {
  get(): T;
  set(value: T): void;
  /** True when a restored value is acceptable. Default: the same `typeof` as now. */
  accepts?(value: unknown): boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Map, Set or array of the read model's own types
type Collection = Map<any, any> | Set<any> | any[];
export type KeptPart = Collection | KeptValue | KeptState;
export type KeptParts = Record<string, KeptPart>;

/** A group of parts (nested groups for a read model's inner books), snapshotted and restored together. */
export class KeptState {
  constructor(private readonly parts: KeptParts) {}

  snapshot(): Record<string, unknown> {
    const state: Record<string, unknown> = {};
    for (const [key, part] of Object.entries(this.parts)) {
      state[key] = part instanceof KeptState ? part.snapshot() : isCollection(part) ? part : part.get();
    }
    return state;
  }

  /** Throws, changing nothing, if the state does not fit these parts. */
  restore(state: unknown): void {
    this.check(state, 'state');
    this.install(state as Record<string, unknown>);
  }

  private check(state: unknown, path: string): void {
    if (state === null || typeof state !== 'object' || Array.isArray(state))
      throw new TypeError(`The snapshot's ${path} is not an object.`);
    const given = state as Record<string, unknown>;
    for (const [key, part] of Object.entries(this.parts)) {
      const value = given[key];
      const at = `${path}.${key}`;
      if (part instanceof KeptState) part.check(value, at);
      else if (part instanceof Map) {
        if (!(value instanceof Map)) throw new TypeError(`The snapshot's ${at} is not a Map.`);
      } else if (part instanceof Set) {
        if (!(value instanceof Set)) throw new TypeError(`The snapshot's ${at} is not a Set.`);
      } else if (Array.isArray(part)) {
        if (!Array.isArray(value)) throw new TypeError(`The snapshot's ${at} is not an array.`);
      } else if (!(part.accepts ? part.accepts(value) : typeof value === typeof part.get())) {
        throw new TypeError(`The snapshot's ${at} is not what the read model keeps there.`);
      }
    }
  }

  private install(state: Record<string, unknown>): void {
    for (const [key, part] of Object.entries(this.parts)) {
      const value = state[key];
      if (value === part) continue; // its own snapshot, not yet serialised
      if (part instanceof KeptState) part.install(value as Record<string, unknown>);
      else if (part instanceof Map) {
        part.clear();
        for (const [k, v] of value as Map<unknown, unknown>) part.set(k, v);
      } else if (part instanceof Set) {
        part.clear();
        for (const v of value as Set<unknown>) part.add(v);
      } else if (Array.isArray(part)) {
        const given = value as unknown[];
        part.length = given.length;
        for (let i = 0; i < given.length; i++) part[i] = given[i];
      } else part.set(value);
    }
  }
}

const isCollection = (part: KeptPart): part is Collection =>
  part instanceof Map || part instanceof Set || Array.isArray(part);

/**
 * A plain field of the read model: how to read and set it; restored only if `accepts` says so
 * (default: of the same type as now). A setting the state depends on (a time zone) is kept with a
 * no-op `set` and an `accepts` that wants the same value, so a snapshot under another is refused.
 */
export const keptValue = <T>(get: () => T, set: (value: T) => void, accepts?: (value: unknown) => boolean): KeptValue =>
  ({ get, set: set as (value: unknown) => void, accepts }) satisfies KeptValue;

/** The parts of a read model, kept in place. */
export const keptState = (parts: KeptParts): KeptState => new KeptState(parts);

/** A read model's snapshot side from its kept state: what a projection's `snapshots` takes. */
export function readModelSnapshots(name: string, version: number, state: KeptState): ReadModelSnapshots {
  return { name, version, snapshot: () => state.snapshot(), restore: (given) => state.restore(given) };
}
