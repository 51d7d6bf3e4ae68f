/** Streams.Delete (soft) and Streams.Tombstone (hard). */
import { status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import type { DeleteReq, DeleteResp, TombstoneReq, TombstoneResp } from '@eventstore/db-client/generated/streams_pb';
import type { Store } from '../store';
import { expectedRevision, RequestError, streamName } from './convert';
import { serviceError, storeErrorToService } from './errors';
import { streamsPb } from './proto';
import { MalformedRequest } from './wellformed';

type Request = DeleteReq | TombstoneReq;

function handler<Req extends Request, Resp>(
  run: (stream: string, req: Req) => ReturnType<Store['deleteStream']>,
  respond: (position: number) => Resp,
) {
  return async (call: ServerUnaryCall<Req | MalformedRequest, Resp>, callback: sendUnaryData<Resp>) => {
    try {
      if (call.request instanceof MalformedRequest)
        throw new RequestError(serviceError(status.INVALID_ARGUMENT, call.request.reason));
      const options = call.request.getOptions();
      if (!options) throw new RequestError(serviceError(status.INVALID_ARGUMENT, 'A delete needs its options.'));
      const result = await run(streamName(options.getStreamIdentifier()), call.request as Req);
      if (!result.ok) return callback(storeErrorToService(result.error));
      callback(null, respond(result.position));
    } catch (error) {
      callback(
        error instanceof RequestError
          ? error.serviceError
          : serviceError(status.UNAVAILABLE, `The store could not take the delete: ${String(error)}`),
      );
    }
  };
}

const expectedOf = (req: Request) => {
  const options = req.getOptions()!;
  return expectedRevision(options.getExpectedStreamRevisionCase(), options.getRevision());
};

export const deleteHandler = (store: Store) =>
  handler<DeleteReq, DeleteResp>(
    (stream, req) => store.deleteStream(stream, expectedOf(req)),
    (at) =>
      new streamsPb.DeleteResp().setPosition(
        new streamsPb.DeleteResp.Position().setCommitPosition(String(at)).setPreparePosition(String(at)),
      ),
  );

export const tombstoneHandler = (store: Store) =>
  handler<TombstoneReq, TombstoneResp>(
    (stream, req) => store.tombstone(stream, expectedOf(req)),
    (at) =>
      new streamsPb.TombstoneResp().setPosition(
        new streamsPb.TombstoneResp.Position().setCommitPosition(String(at)).setPreparePosition(String(at)),
      ),
  );
