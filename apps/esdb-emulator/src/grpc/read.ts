/** Streams.Read: reads of a stream or of `$all`, and catch-up subscriptions to either. */
import { randomUUID } from 'node:crypto';
import { status, type ServerWritableStream } from '@grpc/grpc-js';
import type { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { StoredEvent } from '../storage/record';
import type { ReadFrom, Store } from '../store';
import { position, RequestError, revision, streamName } from './convert';
import { invalidArgument, serviceError, storeErrorToService } from './errors';
import { buildFilter, type EventFilter } from './filter';
import { Outbox } from './outbox';
import { streamsPb } from './proto';
import { MalformedRequest } from './wellformed';
import { LINK_EVENT_TYPE, resolveLink } from '../links';
import { encodeReadEvent, encodeResolvedLink } from './wire';

type Call = ServerWritableStream<ReadReq | MalformedRequest, unknown>;

/** How a read answers each event: its ids' shape, and whether links are resolved. */
type Encoder = (event: StoredEvent) => Buffer;

function encoder(store: Store, structured: boolean, resolveLinks: boolean): Encoder {
  if (!resolveLinks) return (event) => encodeReadEvent(event, structured);
  return (event) =>
    event.type === LINK_EVENT_TYPE
      ? encodeResolvedLink(event, resolveLink(store, event), structured)
      : encodeReadEvent(event, structured);
}

export function readHandler(store: Store) {
  return (call: Call) => {
    const outbox = new Outbox(call as ServerWritableStream<unknown, unknown>);
    if (call.request instanceof MalformedRequest) return outbox.fail(invalidArgument(call.request.reason));
    serve(store, call.request, outbox).catch((error: unknown) => {
      outbox.fail(
        error instanceof RequestError
          ? error.serviceError
          : serviceError(status.INTERNAL, `Read failed: ${String(error)}`),
      );
    });
  };
}

async function serve(store: Store, request: ReadReq, outbox: Outbox): Promise<void> {
  const options = request.getOptions();
  if (!options) throw new RequestError(serviceError(status.INVALID_ARGUMENT, 'A read needs its options.'));
  const encode = encoder(store, options.getUuidOption()?.hasStructured() ?? false, options.getResolveLinks());
  const backwards = options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
  const filter = buildFilter(options);
  const subscribing = options.hasSubscription();
  if (!subscribing && !options.hasCount())
    throw new RequestError(serviceError(status.INVALID_ARGUMENT, 'A read needs a count or a subscription.'));
  const count = subscribing ? 0 : Number(options.getCount());

  if (options.hasStream()) {
    const streamOptions = options.getStream()!;
    const identifier = streamOptions.getStreamIdentifier();
    const stream = streamName(identifier);
    const from: ReadFrom = streamOptions.hasRevision()
      ? revision(streamOptions.getRevision())
      : streamOptions.hasEnd()
        ? 'end'
        : 'start';
    if (subscribing) return subscribeToStream(store, stream, from, outbox, encode);
    const result = store.readStream(stream, from, backwards ? 'backwards' : 'forwards', count);
    if (result.kind === 'deleted') return outbox.fail(storeErrorToService({ code: 'stream-deleted', stream }));
    if (result.kind === 'not-found') {
      await outbox.send(
        new streamsPb.ReadResp().setStreamNotFound(
          new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(identifier),
        ),
      );
      return outbox.end();
    }
    for (const event of result.events) {
      if (outbox.closed) return;
      await outbox.send(encode(event));
    }
    return outbox.end();
  }

  if (!options.hasAll())
    throw new RequestError(serviceError(status.INVALID_ARGUMENT, 'A read names a stream or $all.'));
  const all = options.getAll()!;
  let from: ReadFrom = 'start';
  if (all.hasEnd()) from = 'end';
  else if (all.hasPosition())
    from = position(all.getPosition()!.getCommitPosition(), all.getPosition()!.getPreparePosition());
  if (subscribing) return subscribeToAll(store, from, filter, outbox, encode);

  let sent = 0;
  if (backwards) {
    let i = from === 'end' ? store.durableEvents - 1 : from === 'start' ? -1 : store.indexOfPosition(from, false) - 1;
    for (; i >= 0 && sent < count && !outbox.closed; i--) {
      const event = store.eventAt(i);
      if (filter && !filter.matches(event)) continue;
      await outbox.send(encode(event));
      sent++;
    }
  } else {
    let i = from === 'start' ? 0 : from === 'end' ? store.durableEvents : store.indexOfPosition(from, false);
    for (; i < store.durableEvents && sent < count && !outbox.closed; i++) {
      const event = store.eventAt(i);
      if (filter && !filter.matches(event)) continue;
      await outbox.send(encode(event));
      sent++;
    }
  }
  outbox.end();
}

function confirmation(): unknown {
  return new streamsPb.ReadResp().setConfirmation(
    new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID()),
  );
}

const caughtUp = () => new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp());

function checkpoint(at: number): unknown {
  return new streamsPb.ReadResp().setCheckpoint(
    new streamsPb.ReadResp.Checkpoint().setCommitPosition(String(at)).setPreparePosition(String(at)),
  );
}

/** Catch-up subscription to `$all`: history first, one `caughtUp`, then live; `from` is exclusive. */
async function subscribeToAll(
  store: Store,
  from: ReadFrom,
  filter: EventFilter | undefined,
  outbox: Outbox,
  encode: Encoder,
): Promise<void> {
  const unlisten = store.onDurable(() => outbox.news());
  try {
    let next = from === 'start' ? 0 : from === 'end' ? store.durableEvents : store.indexOfPosition(from, true);
    await outbox.send(confirmation());
    let considered = 0;
    let lastConsidered: number | undefined;
    let live = false;
    while (!outbox.closed) {
      while (next < store.durableEvents && !outbox.closed) {
        const event = store.eventAt(next++);
        if (!filter || filter.matches(event)) await outbox.send(encode(event));
        if (filter) {
          considered++;
          lastConsidered = event.position;
          if (considered % filter.checkpointInterval === 0) await outbox.send(checkpoint(event.position));
        }
      }
      if (!live) {
        live = true;
        if (filter && lastConsidered !== undefined && considered % filter.checkpointInterval !== 0)
          await outbox.send(checkpoint(lastConsidered));
        await outbox.send(caughtUp());
      }
      if (next >= store.durableEvents) await outbox.waitForNews();
    }
  } finally {
    unlisten();
  }
}

/** Catch-up subscription to one stream; `from` is an exclusive revision. */
async function subscribeToStream(
  store: Store,
  stream: string,
  from: ReadFrom,
  outbox: Outbox,
  encode: Encoder,
): Promise<void> {
  if (store.isTombstoned(stream)) return outbox.fail(storeErrorToService({ code: 'stream-deleted', stream }));
  const unlisten = store.onDurable(() => outbox.news());
  try {
    const initial = store.streamRevisions(stream);
    let next: number;
    if (from === 'end') next = initial.last + 1;
    else if (from === 'start')
      next = initial.last >= 0 ? store.lowestVisible(store.metadataOf(stream), initial.last) : 0;
    else next = from + 1;
    await outbox.send(confirmation());
    let live = false;
    while (!outbox.closed) {
      const { last, events } = store.streamRevisions(stream);
      while (next <= last && !outbox.closed) await outbox.send(encode(events[next++]!));
      if (store.isTombstoned(stream)) return outbox.fail(storeErrorToService({ code: 'stream-deleted', stream }));
      if (!live) {
        live = true;
        await outbox.send(caughtUp());
      }
      if (next > store.streamRevisions(stream).last) await outbox.waitForNews();
    }
  } finally {
    unlisten();
  }
}
