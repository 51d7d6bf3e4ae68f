/**
 * The full fair's events (made straight from the plan, see `direct-events.ts`) appended to a store
 * as the commands would have left them — each call, ticket and agent its own stream — so an api
 * started on it replays the whole fair and its dashboard can be asked over GraphQL. Appended in
 * time order as far as streams allow: each stream's events of one day go in one append, the
 * appends ordered by their first event, several streams at a time.
 */
import { callStream } from '@deskstream/calls-domain';
import { eventIdFor, toEventData } from '@deskstream/event-sourcing';
import { staffStream } from '@deskstream/identity-domain';
import { ticketStream } from '@deskstream/tickets-domain';
import type { EventStoreDBClient } from '@eventstore/db-client';
import { nowMs, round } from '../stats';
import { directEvents, type DirectEvent } from './direct-events';
import type { FairPlan } from './plan';

const FILLER = { kind: 'system' as const, id: 'fair-fill' };
const TEHRAN_OFFSET_MS = 3.5 * 3_600_000;

function streamOf(event: DirectEvent): string {
  const data = event.data as { callId?: string; ticketId?: string; staffId?: string };
  if (data.callId) return callStream(data.callId);
  if (data.ticketId) return ticketStream(data.ticketId);
  return staffStream(data.staffId!);
}

function instantOf(event: DirectEvent): number {
  const data = event.data as Record<string, unknown>;
  const at =
    data.at ?? data.openedAt ?? data.repliedAt ?? data.changedAt ?? data.startedAt ?? data.endedAt ?? data.createdAt;
  return Date.parse(at as string);
}

export async function fillStore(client: EventStoreDBClient, plan: FairPlan, writers = 16) {
  const started = nowMs();
  // One append per stream and day, in the order of its first event.
  const groups = new Map<string, { stream: string; first: number; events: DirectEvent[] }>();
  let events = 0;
  for (const event of directEvents(plan)) {
    const stream = streamOf(event);
    const at = instantOf(event);
    const key = `${stream}/${Math.floor((at + TEHRAN_OFFSET_MS) / 86_400_000)}`;
    const group = groups.get(key) ?? groups.set(key, { stream, first: at, events: [] }).get(key)!;
    group.events.push(event);
    events++;
  }
  const appends = [...groups.values()].sort((a, b) => a.first - b.first);
  const written = new Map<string, number>();
  const chains = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  for (const group of appends) {
    while (inFlight.size >= writers) await Promise.race(inFlight);
    const from = written.get(group.stream) ?? 0;
    written.set(group.stream, from + group.events.length);
    const data = group.events.map((event, i) =>
      toEventData(event, eventIdFor(`fair-fill/${group.stream}`, from + i), {
        correlationId: group.stream,
        causationId: group.stream,
        actor: FILLER,
        schema: 1,
      }),
    );
    const append = (chains.get(group.stream) ?? Promise.resolve()).then(async () => {
      await client.appendToStream(group.stream, data, {
        expectedRevision: from === 0 ? 'no_stream' : BigInt(from - 1),
      });
    });
    chains.set(group.stream, append);
    inFlight.add(append);
    void append.finally(() => {
      inFlight.delete(append);
      if (chains.get(group.stream) === append) chains.delete(group.stream);
    });
  }
  await Promise.all(inFlight);
  const seconds = (nowMs() - started) / 1000;
  return { events, appends: appends.length, seconds: round(seconds, 1), eventsPerSecond: Math.round(events / seconds) };
}
