/**
 * Upcasters: payload changes that are not additive get one function per step, from schema N to
 * N + 1, applied when events are read — for command handling and for projections alike — so
 * deciders and projections only ever see the current shape. Stored events never change.
 */

export interface Upcaster {
  eventType: string;
  /** The schema this step reads; it produces `fromSchema + 1`. */
  fromSchema: number;
  upcast(data: unknown): unknown;
}

/** One step, typed on both ends: `upcaster<TicketOpenedV1, TicketOpenedV2>('TicketOpened', 1, …)`. */
export function upcaster<From, To>(eventType: string, fromSchema: number, upcast: (data: From) => To): Upcaster {
  return { eventType, fromSchema, upcast: upcast as (data: unknown) => unknown };
}

export interface Upcasters {
  /** The schema written today for this event type: 1 until an upcaster exists. */
  schemaOf(eventType: string): number;
  /** Brings data of the given schema up to today's. Newer schemas pass unchanged. */
  upcast(eventType: string, schema: number, data: unknown): unknown;
}

/** Registers the steps of every event type; a duplicate step or a gap in a chain is a bug. */
export function defineUpcasters(upcasters: readonly Upcaster[]): Upcasters {
  const chains = new Map<string, Map<number, Upcaster['upcast']>>();
  for (const step of upcasters) {
    if (!Number.isInteger(step.fromSchema) || step.fromSchema < 1) {
      throw new Error(
        `Upcaster for ${step.eventType} starts at schema ${step.fromSchema}; schemas are integers from 1.`,
      );
    }
    const chain = chains.get(step.eventType) ?? new Map<number, Upcaster['upcast']>();
    if (chain.has(step.fromSchema))
      throw new Error(`Two upcasters for ${step.eventType} from schema ${step.fromSchema}.`);
    chain.set(step.fromSchema, step.upcast);
    chains.set(step.eventType, chain);
  }
  const latest = new Map<string, number>();
  for (const [eventType, chain] of chains) {
    const from = [...chain.keys()].sort((a, b) => a - b);
    from.forEach((schema, i) => {
      if (i > 0 && schema !== from[i - 1]! + 1)
        throw new Error(`Upcasters for ${eventType} skip from schema ${from[i - 1]! + 1} to ${schema}.`);
    });
    latest.set(eventType, from[from.length - 1]! + 1);
  }
  return {
    schemaOf: (eventType) => latest.get(eventType) ?? 1,
    upcast(eventType, schema, data) {
      const chain = chains.get(eventType);
      if (!chain) return data;
      let current = data;
      for (let version = schema; chain.has(version); version++) current = chain.get(version)!(current);
      return current;
    },
  };
}

export const noUpcasters: Upcasters = defineUpcasters([]);
