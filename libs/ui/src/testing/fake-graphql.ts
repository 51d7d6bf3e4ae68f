import { Client, getOperationName, makeErrorResult, makeResult, type Exchange, type Operation } from '@urql/core';
import { filter, make, mergeMap, pipe, share, takeUntil, type Source } from 'wonka';
import { shallowRef } from 'vue';
import type { GraphqlConnection, LiveStatus } from '../graphql/connection';

/** What a fake api answers: data, GraphQL errors with codes, or an unreachable server. */
export type FakeAnswer =
  | { data: unknown }
  | { errors: Array<{ message: string; code?: string; reason?: string; extensions?: Record<string, unknown> }> }
  | { networkError: true };

export type FakeResolver = (variables: Record<string, unknown>) => FakeAnswer | Promise<FakeAnswer>;

export interface FakeGraphql {
  connection: GraphqlConnection;
  /** Every query and mutation sent, in order, by operation name. */
  calls: Array<{ name: string; variables: Record<string, unknown> }>;
  /** Pushes one result to every open subscription with this operation name. */
  push(subscriptionName: string, data: unknown): void;
  openSubscriptions(subscriptionName: string): number;
  /** Plays the live socket (re)connecting: status `connected` and the connected listeners. */
  liveConnected(): void;
  restarts: number;
}

/**
 * A GraphQL connection for tests: queries and mutations are answered by resolvers keyed by
 * operation name, subscriptions are fed with `push`. Runs through a real urql Client.
 */
export function createFakeGraphql(resolvers: Record<string, FakeResolver> = {}): FakeGraphql {
  const calls: FakeGraphql['calls'] = [];
  const sinks = new Map<string, Set<(data: unknown) => void>>();
  const liveStatus = shallowRef<LiveStatus>('idle');
  const connectedListeners = new Set<() => void>();

  const answer = async (operation: Operation, name: string) => {
    const resolver = resolvers[name];
    if (!resolver) throw new Error(`fake api: no resolver for ${name}`);
    const reply = await resolver(operation.variables as Record<string, unknown>);
    if ('networkError' in reply) return makeErrorResult(operation, new Error('fake network error'));
    if ('errors' in reply) {
      const errors = reply.errors.map(({ message, code, reason, extensions }) => ({
        message,
        extensions: { ...extensions, ...(code ? { code } : {}), ...(reason ? { reason } : {}) },
      }));
      return makeResult(operation, { data: null, errors });
    }
    return makeResult(operation, { data: reply.data as Record<string, unknown> });
  };

  const subscriptionSource = (operation: Operation, name: string) =>
    make<ReturnType<typeof makeResult>>((observer) => {
      const sink = (data: unknown) => observer.next(makeResult(operation, { data: data as Record<string, unknown> }));
      const open = sinks.get(name) ?? new Set();
      open.add(sink);
      sinks.set(name, open);
      return () => open.delete(sink);
    });

  const fakeExchange: Exchange = () => (operations$) => {
    const shared$ = pipe(operations$, share);
    const results$ = pipe(
      shared$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation): Source<ReturnType<typeof makeResult>> => {
        const name = getOperationName(operation.query) ?? 'anonymous';
        const teardown$ = pipe(
          shared$,
          filter((other) => other.kind === 'teardown' && other.key === operation.key),
        );
        if (operation.kind === 'subscription') return pipe(subscriptionSource(operation, name), takeUntil(teardown$));
        calls.push({ name, variables: operation.variables as Record<string, unknown> });
        return pipe(
          make<ReturnType<typeof makeResult>>((observer) => {
            answer(operation, name).then(
              (result) => {
                observer.next(result);
                observer.complete();
              },
              (error: Error) => {
                observer.next(makeErrorResult(operation, error));
                observer.complete();
              },
            );
            return () => undefined;
          }),
          takeUntil(teardown$),
        );
      }),
    );
    return results$;
  };

  const fake: FakeGraphql = {
    calls,
    restarts: 0,
    connection: {
      client: new Client({ url: 'http://fake.invalid/graphql', exchanges: [fakeExchange] }),
      liveStatus,
      onLiveConnected(listener) {
        connectedListeners.add(listener);
        return () => connectedListeners.delete(listener);
      },
      restartLive() {
        fake.restarts += 1;
      },
      close: () => undefined,
    },
    push(subscriptionName, data) {
      for (const sink of [...(sinks.get(subscriptionName) ?? [])]) sink(data);
    },
    openSubscriptions: (subscriptionName) => sinks.get(subscriptionName)?.size ?? 0,
    liveConnected() {
      liveStatus.value = 'connected';
      for (const listener of [...connectedListeners]) listener();
    },
  };
  return fake;
}
