/** What the PersistentSubscriptions handlers share: their errors, and unary calls with them. */
import { status, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import type { RegistryError } from '../persistent/registry';
import { RequestError } from './convert';
import { invalidArgument, serviceError } from './errors';
import { MalformedRequest } from './wellformed';

export function groupError(
  error: RegistryError | 'maximum-subscribers-reached' | 'dropped',
  source: string,
  group: string,
) {
  const trailers = { 'stream-name': source, 'group-name': group };
  switch (error) {
    case 'exists':
      return serviceError(status.ALREADY_EXISTS, `Subscription group ${group} on stream ${source} exists.`, {
        exception: 'persistent-subscription-exists',
        ...trailers,
      });
    case 'does-not-exist':
      return serviceError(status.NOT_FOUND, `Subscription group '${group}' on stream '${source}' does not exist.`, {
        exception: 'persistent-subscription-does-not-exist',
        ...trailers,
      });
    case 'dropped':
      return serviceError(status.CANCELLED, `Subscription group '${group}' on stream '${source}' was dropped.`, {
        exception: 'persistent-subscription-dropped',
        ...trailers,
      });
    case 'maximum-subscribers-reached':
      return serviceError(status.FAILED_PRECONDITION, `Maximum subscriptions reached.`, {
        exception: 'maximum-subscribers-reached',
        ...trailers,
      });
  }
}

type Unary<Req> = (call: ServerUnaryCall<Req | MalformedRequest, unknown>, callback: sendUnaryData<unknown>) => void;

export function unary<Req>(run: (request: Req) => Promise<unknown>): Unary<Req> {
  return (call, callback) => {
    if (call.request instanceof MalformedRequest) return callback(invalidArgument(call.request.reason));
    run(call.request).then(
      (response) => callback(null, response),
      (error: unknown) =>
        callback(
          error instanceof RequestError
            ? error.serviceError
            : (error as { code?: number }).code !== undefined
              ? (error as Error)
              : serviceError(status.UNAVAILABLE, `The store could not take it: ${String(error)}`),
        ),
    );
  };
}
