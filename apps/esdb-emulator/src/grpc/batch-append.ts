/**
 * Streams.BatchAppend: one long-lived duplex call carrying many appends, each identified by a
 * correlation id, its events possibly split over several messages (the last one `is_final`).
 * Each append is answered on its own, as soon as it is durable.
 */
import { status, type ServerDuplexStream } from '@grpc/grpc-js';
import type { BatchAppendResp } from '@eventstore/db-client/generated/streams_pb';
import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import { appendSizeOf, type ExpectedRevision, type ProposedEvent, type Store } from '../store';
import { expectedRevision, RequestError, streamName } from './convert';
import type { BatchAppendRequest } from './decode';
import { invalidArgument } from './errors';
import { isWellFormed, MalformedRequest, SHAPES } from './wellformed';
import { emptyPb, sharedPb, streamsPb } from './proto';
import { failure, statusOf, TIMEOUT, type Failure } from './batch-append-status';

interface PendingBatch {
  stream: string;
  expected: ExpectedRevision;
  identifier: InstanceType<typeof sharedPb.StreamIdentifier>;
  optionsCase: number;
  revision: string;
  events: ProposedEvent[];
  size: number;
  /** Milliseconds since the epoch after which the append must not be written (the client's deadline). */
  deadline?: number;
  failed?: Failure;
}

const pastDeadline = (batch: PendingBatch) => batch.deadline !== undefined && batch.deadline <= Date.now();

export function batchAppendHandler(store: Store) {
  return (call: ServerDuplexStream<BatchAppendRequest, BatchAppendResp>) => {
    const pending = new Map<string, PendingBatch>();
    let open = true;
    call.on('cancelled', () => (open = false));
    call.on('error', () => (open = false));
    call.on('end', () => {
      // The client closed its side; answer what is still in flight, then close ours.
      void Promise.resolve().then(() => waitIdle().then(() => open && call.end()));
    });
    let inFlight = 0;
    const idle: (() => void)[] = [];
    const waitIdle = () => (inFlight === 0 ? Promise.resolve() : new Promise<void>((r) => idle.push(r)));

    const send = (correlation: UUID, batch: PendingBatch, fill: (response: BatchAppendResp) => void) => {
      if (!open) return;
      const response = new streamsPb.BatchAppendResp()
        .setCorrelationId(correlation)
        .setStreamIdentifier(batch.identifier);
      switch (batch.optionsCase) {
        case 2:
          response.setStreamPosition(batch.revision);
          break;
        case 3:
          response.setNoStream(new emptyPb.Empty());
          break;
        case 5:
          response.setStreamExists(new emptyPb.Empty());
          break;
        default:
          response.setAny(new emptyPb.Empty());
      }
      fill(response);
      call.write(response);
    };

    call.on('data', (message: BatchAppendRequest) => {
      const correlationBytes = message.correlation;
      if (!correlationBytes || !isWellFormed(correlationBytes, SHAPES.uuid)) {
        // Nothing to answer to: end the whole call, the client fails every append in flight.
        open = false;
        return call.emit('error', invalidArgument('A batch append needs a well-formed correlation id.'));
      }
      const correlation = sharedPb.UUID.deserializeBinary(correlationBytes);
      const key = correlationBytes.toString('hex');
      let batch = pending.get(key);
      try {
        if (message.malformed) throw message.malformed;
        if (!batch) {
          if (!message.options)
            throw new RequestError(invalidArgument('The first message of a batch must carry its options.'));
          if (!isWellFormed(message.options, SHAPES.batchAppendOptions))
            throw new RequestError(invalidArgument(new MalformedRequest().reason));
          const options = streamsPb.BatchAppendReq.Options.deserializeBinary(message.options);
          const optionsCase = options.getExpectedStreamPositionCase();
          batch = {
            stream: streamName(options.getStreamIdentifier()),
            identifier: options.getStreamIdentifier()!,
            optionsCase,
            revision: options.getStreamPosition(),
            expected: expectedRevision(optionsCase, options.getStreamPosition()),
            events: [],
            size: 0,
            deadline: deadlineOf(options),
          };
          pending.set(key, batch);
          if (pastDeadline(batch)) batch.failed = TIMEOUT();
        }
        if (!batch.failed) {
          for (const event of message.proposed) {
            if (event instanceof RequestError) throw event;
            batch.size += appendSizeOf(event);
            batch.events.push(event);
          }
          if (batch.size > store.maxAppendSizeBytes) {
            batch.failed = failure({ code: 'maximum-append-size-exceeded', maxAppendSize: store.maxAppendSizeBytes });
            batch.events = [];
          }
        }
      } catch (error) {
        const reason = error instanceof RequestError ? error.serviceError.details : String(error);
        batch ??= {
          stream: '',
          expected: { kind: 'any' },
          identifier: new sharedPb.StreamIdentifier(),
          optionsCase: 4,
          revision: '0',
          events: [],
          size: 0,
        };
        batch.failed = {
          code: status.INVALID_ARGUMENT,
          message: reason,
          detail: ['event_store.client.Unknown', new sharedPb.Unknown().serializeBinary()],
        };
        batch.events = [];
        pending.set(key, batch);
      }
      if (!message.isFinal) return;
      pending.delete(key);
      const done = batch!;
      // Checked again at the last moment: a deadline that passed while the events came in.
      if (!done.failed && pastDeadline(done)) done.failed = TIMEOUT();
      if (done.failed) return send(correlation, done, (r) => r.setError(statusOf(done.failed!)));
      inFlight++;
      store
        .append(done.stream, done.expected, done.events)
        .then((result) => {
          send(correlation, done, (response) => {
            if (!result.ok) return response.setError(statusOf(failure(result.error)));
            const success = new streamsPb.BatchAppendResp.Success();
            if (result.currentRevision === null) success.setNoStream(new emptyPb.Empty());
            else success.setCurrentRevision(String(result.currentRevision));
            if (result.position === null) success.setNoPosition(new emptyPb.Empty());
            else
              success.setPosition(
                new sharedPb.AllStreamPosition()
                  .setCommitPosition(String(result.position))
                  .setPreparePosition(String(result.position)),
              );
            response.setSuccess(success);
          });
        })
        .catch((error: unknown) => {
          send(correlation, done, (r) =>
            r.setError(
              statusOf({
                code: status.UNAVAILABLE,
                message: `The store could not take the append: ${String(error)}`,
                detail: ['event_store.client.Unknown', new sharedPb.Unknown().serializeBinary()],
              }),
            ),
          );
        })
        .finally(() => {
          inFlight--;
          if (inFlight === 0) idle.splice(0).forEach((r) => r());
        });
    });
  };
}

/** The deadline the client put in the options, in milliseconds since the epoch. */
function deadlineOf(options: InstanceType<typeof streamsPb.BatchAppendReq.Options>): number | undefined {
  const deadline = options.getDeadline();
  if (!deadline) return undefined;
  return deadline.getSeconds() * 1000 + Math.floor(deadline.getNanos() / 1e6);
}
