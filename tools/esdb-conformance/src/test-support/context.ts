/**
 * Helpers that need no client library: where the store is, unique names, waiting. Kept apart
 * from the 6.x client so that a test file can load `@kurrent/kurrentdb-client` alone (the two
 * clients' generated protobuf classes share one global namespace and clash in one process).
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/** The connection string of the store under test (emulator or EVENTSTORE_URL). */
export function storeUrl(): string {
  return inject('esdbUrl');
}

/** True when the suite runs against the emulator it started, not a real server. */
export function againstEmulator(): boolean {
  return inject('againstEmulator');
}

/** A random suffix, so that names never collide across tests, files and runs. */
export function suffix(): string {
  return randomUUID().replace(/-/g, '').slice(0, 12);
}

/** A stream name unique to this call: `<name>-<random>`. */
export function uniqueStream(name: string): string {
  return `${name}-${suffix()}`;
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    const value = await promise;
    throw new ExpectedRejection(value);
  } catch (error) {
    if (error instanceof ExpectedRejection) throw error;
    return error;
  }
}

class ExpectedRejection extends Error {
  constructor(value: unknown) {
    super(`expected a rejection, got ${String(value)}`);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it holds, failing with `what` after `timeoutMs`. */
export async function eventually(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(10);
  }
}
