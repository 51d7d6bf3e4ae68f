/** Streams.Append: options first, then the events, one message each; one answer at the end. */
import { status, type sendUnaryData, type ServerReadableStream } from '@grpc/grpc-js';
import type { AppendResp } from '@eventstore/db-client/generated/streams_pb';
import { appendSizeOf, type ProposedEvent, type Store } from '../store';
import { expectedRevision, RequestError, streamName } from './convert';
import type { AppendRequest } from './decode';
import { invalidArgument, serviceError, storeErrorToService } from './errors';
import { sharedPb, streamsPb } from './proto';
import { isWellFormed, MalformedRequest, SHAPES } from './wellformed';

export function appendHandler(store: Store) {
  return (call: ServerReadableStream<AppendRequest, AppendResp>, callback: sendUnaryData<AppendResp>) => {
    let options: InstanceType<typeof streamsPb.AppendReq.Options> | undefined;
    let stream = '';
    const events: ProposedEvent[] = [];
    let size = 0;
    let answered = false;
    const answer = (error: Parameters<sendUnaryData<AppendResp>>[0], response?: AppendResp) => {
      if (answered) return;
      answered = true;
      callback(error, response);
    };
    const refuse = (error: unknown) =>
      answer(error instanceof RequestError ? error.serviceError : serviceError(status.INTERNAL, String(error)));

    call.on('data', (message: AppendRequest) => {
      if (answered) return;
      try {
        if (message.malformed) throw message.malformed;
        if (!options) {
          if (!message.options)
            throw new RequestError(
              serviceError(status.INVALID_ARGUMENT, 'The first append message must carry the options.'),
            );
          if (!isWellFormed(message.options, SHAPES.appendOptions))
            throw new RequestError(invalidArgument(new MalformedRequest().reason));
          options = streamsPb.AppendReq.Options.deserializeBinary(message.options);
          stream = streamName(options.getStreamIdentifier());
          return;
        }
        const event = message.proposed;
        if (!event)
          throw new RequestError(serviceError(status.INVALID_ARGUMENT, 'Expected an event after the options.'));
        if (event instanceof RequestError) throw event;
        size += appendSizeOf(event);
        if (size > store.maxAppendSizeBytes) {
          return answer(
            storeErrorToService({ code: 'maximum-append-size-exceeded', maxAppendSize: store.maxAppendSizeBytes }),
          );
        }
        events.push(event);
      } catch (error) {
        refuse(error);
      }
    });

    call.on('end', async () => {
      if (answered) return;
      if (!options) return answer(serviceError(status.INVALID_ARGUMENT, 'An append needs its options.'));
      try {
        const expected = expectedRevision(options.getExpectedStreamRevisionCase(), options.getRevision());
        const result = await store.append(stream, expected, events);
        const response = new streamsPb.AppendResp();
        if (result.ok) {
          const success = new streamsPb.AppendResp.Success();
          if (result.currentRevision === null) success.setNoStream(new sharedPb.Empty());
          else success.setCurrentRevision(String(result.currentRevision));
          if (result.position === null) success.setNoPosition(new sharedPb.Empty());
          else
            success.setPosition(
              new streamsPb.AppendResp.Position()
                .setCommitPosition(String(result.position))
                .setPreparePosition(String(result.position)),
            );
          return answer(null, response.setSuccess(success));
        }
        if (result.error.code !== 'wrong-expected-version') return answer(storeErrorToService(result.error));
        const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
        const { current, expected: exp } = result.error;
        if (current === null) wrong.setCurrentNoStream(new sharedPb.Empty());
        else wrong.setCurrentRevision(String(current));
        if (exp.kind === 'exact') wrong.setExpectedRevision(String(exp.revision));
        else if (exp.kind === 'no_stream') wrong.setExpectedNoStream(new sharedPb.Empty());
        else if (exp.kind === 'stream_exists') wrong.setExpectedStreamExists(new sharedPb.Empty());
        else wrong.setExpectedAny(new sharedPb.Empty());
        answer(null, response.setWrongExpectedVersion(wrong));
      } catch (error) {
        answer(
          error instanceof RequestError
            ? error.serviceError
            : serviceError(status.UNAVAILABLE, `The store could not take the append: ${String(error)}`),
        );
      }
    });

    call.on('error', () => answer(serviceError(status.CANCELLED, 'The append was cancelled.')));
  };
}
