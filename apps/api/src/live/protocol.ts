/**
 * The graphql-ws protocol (`graphql-transport-ws` sub-protocol), as the console's and portal's
 * client speaks it: the messages a client may send, checked before anything acts on them, and
 * the close codes the protocol gives each problem.
 */

export const GRAPHQL_TRANSPORT_WS = 'graphql-transport-ws';

/** Close codes and reasons, as the protocol names them. */
export const CLOSE = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  subprotocolNotAcceptable: 4406,
  initTimeout: 4408,
  subscriberExists: 4409,
  tooManyInits: 4429,
  internalError: 4500,
} as const;

export interface SubscribePayload {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  extensions?: Record<string, unknown> | null;
}

export type ClientMessage =
  | { type: 'connection_init'; payload?: Record<string, unknown> | null }
  | { type: 'ping'; payload?: Record<string, unknown> | null }
  | { type: 'pong'; payload?: Record<string, unknown> | null }
  | { type: 'subscribe'; id: string; payload: SubscribePayload }
  | { type: 'complete'; id: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalRecord = (value: unknown) => value === undefined || value === null || isRecord(value);
const optionalString = (value: unknown) => value === undefined || value === null || typeof value === 'string';
const validId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 256;

/** The message, or why it is not one a client may send. */
export function parseClientMessage(text: string): ClientMessage | { invalid: string } {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return { invalid: 'Message is not valid JSON' };
  }
  if (!isRecord(message) || typeof message.type !== 'string') return { invalid: 'Message has no type' };
  switch (message.type) {
    case 'connection_init':
    case 'ping':
    case 'pong':
      if (!optionalRecord(message.payload)) return { invalid: `"${message.type}" payload must be an object` };
      return message as ClientMessage;
    case 'subscribe': {
      if (!validId(message.id)) return { invalid: '"subscribe" needs an id' };
      const payload = message.payload;
      if (!isRecord(payload) || typeof payload.query !== 'string')
        return { invalid: '"subscribe" payload needs a query string' };
      if (
        !optionalRecord(payload.variables) ||
        !optionalRecord(payload.extensions) ||
        !optionalString(payload.operationName)
      ) {
        return { invalid: '"subscribe" payload has fields of the wrong type' };
      }
      return message as ClientMessage;
    }
    case 'complete':
      if (!validId(message.id)) return { invalid: '"complete" needs an id' };
      return message as ClientMessage;
    default:
      return { invalid: `Unexpected message of type "${message.type}"` };
  }
}

const NEXT_END = Buffer.from('}');

/** The start of every `next` message of one subscription, made once. */
export const nextMessageStart = (id: string): Buffer =>
  Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);

/** A `next` message: the subscription's start, then the result's bytes, which subscribers may share. */
export function nextMessage(start: Buffer, payload: Buffer): Buffer {
  return Buffer.concat([start, payload, NEXT_END], start.length + payload.length + 1);
}
