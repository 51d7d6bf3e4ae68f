/**
 * PersistentSubscriptions: Create, Update, Delete, ReplayParked (to a stream or to `$all`) and
 * Read (the competing consumer's duplex call: options, then acks and nacks; events with their
 * retry count).
 */
import type { ServerDuplexStream } from '@grpc/grpc-js';
import type {
  CreateReq,
  DeleteReq,
  ReadReq,
  ReplayParkedReq,
  UpdateReq,
} from '@eventstore/db-client/generated/persistent_pb';
import type { UUID } from '@eventstore/db-client/generated/shared_pb';
import type { Store } from '../store';
import { LINK_EVENT_TYPE, resolveLink } from '../links';
import type { Consumer } from '../persistent/group';
import type { Registry } from '../persistent/registry';
import { ALL, groupKey, settingsFrom, type GroupDefinition, type StartFrom } from '../persistent/settings';
import { structuredToUuid } from '../storage/uuid';
import { RequestError, position, revision, streamName } from './convert';
import { invalidArgument } from './errors';
import { persistentPb } from './proto';
import { MalformedRequest } from './wellformed';
import { encodePersistentEvent } from './wire';
import { groupError, unary } from './persistent-common';
import { infoHandlers } from './persistent-info';

/** The group a Create or Update names: its source, filter and settings. */
function definitionOf(request: CreateReq | UpdateReq): GroupDefinition {
  const options = request.getOptions();
  const settings = options?.getSettings();
  if (!options || !settings) throw new RequestError(invalidArgument('A persistent subscription needs its options.'));
  const group = options.getGroupName();
  if (!group) throw new RequestError(invalidArgument('A persistent subscription needs a group name.'));
  const strategy = 'getConsumerStrategy' in settings ? settings.getConsumerStrategy() : undefined;
  if (options.hasAll()) {
    const all = options.getAll()!;
    let startFrom: StartFrom = { kind: 'start' };
    if (all.hasEnd()) startFrom = { kind: 'end' };
    else if (all.hasPosition())
      startFrom = {
        kind: 'position',
        position: position(all.getPosition()!.getCommitPosition(), all.getPosition()!.getPreparePosition()),
      };
    const definition: GroupDefinition = { source: ALL, group, settings: settingsFrom(settings, startFrom, strategy) };
    if ('hasFilter' in all && all.hasFilter()) {
      const filter = all.getFilter()!;
      const onStream = filter.hasStreamIdentifier();
      const expression = onStream ? filter.getStreamIdentifier()! : filter.getEventType()!;
      definition.filter = {
        on: onStream ? 'stream' : 'event-type',
        prefixes: expression.getPrefixList(),
        ...(expression.getRegex() && { regex: expression.getRegex() }),
      };
      if (definition.filter.regex) {
        try {
          new RegExp(definition.filter.regex);
        } catch {
          throw new RequestError(invalidArgument(`Filter regex ${definition.filter.regex} is not valid.`));
        }
      }
    }
    return definition;
  }
  const streamOptions = options.hasStream() ? options.getStream()! : undefined;
  const source = streamName(streamOptions?.getStreamIdentifier() ?? options.getStreamIdentifier());
  let startFrom: StartFrom | undefined;
  if (streamOptions?.hasEnd()) startFrom = { kind: 'end' };
  else if (streamOptions?.hasStart()) startFrom = { kind: 'start' };
  else if (streamOptions?.hasRevision())
    startFrom = { kind: 'revision', revision: revision(streamOptions.getRevision()) };
  return { source, group, settings: settingsFrom(settings, startFrom, strategy) };
}

export function persistentHandlers(store: Store, registry: Registry) {
  return {
    create: unary<CreateReq>(async (request) => {
      const definition = definitionOf(request);
      const error = await registry.create(definition);
      if (error) throw groupError(error, definition.source, definition.group);
      return new persistentPb.CreateResp();
    }),
    update: unary<UpdateReq>(async (request) => {
      const definition = definitionOf(request);
      const error = await registry.update(definition);
      if (error) throw groupError(error, definition.source, definition.group);
      return new persistentPb.UpdateResp();
    }),
    delete: unary<DeleteReq>(async (request) => {
      const options = request.getOptions();
      if (!options) throw new RequestError(invalidArgument('A delete needs its options.'));
      const source = options.hasAll() ? ALL : streamName(options.getStreamIdentifier());
      const error = await registry.delete(source, options.getGroupName());
      if (error) throw groupError(error, source, options.getGroupName());
      return new persistentPb.DeleteResp();
    }),
    replayParked: unary<ReplayParkedReq>(async (request) => {
      const options = request.getOptions();
      if (!options) throw new RequestError(invalidArgument('A replay needs its options.'));
      const source = options.hasAll() ? ALL : streamName(options.getStreamIdentifier());
      const group = registry.get(source, options.getGroupName());
      if (!group) throw groupError('does-not-exist', source, options.getGroupName());
      await group.replayParked(options.hasStopAt() ? revision(options.getStopAt()) : undefined);
      return new persistentPb.ReplayParkedResp();
    }),
    read: readHandler(store, registry),
    ...infoHandlers(store, registry),
  };
}

const idOf = (id: UUID) =>
  id.hasString()
    ? id.getString()
    : structuredToUuid(id.getStructured()!.getMostSignificantBits(), id.getStructured()!.getLeastSignificantBits());

/** Nack actions by number: Unknown and Retry retry, Park parks, Skip skips, Stop does nothing (EventStoreDB's). */
const NACK_ACTIONS = { 0: 'retry', 1: 'park', 2: 'retry', 3: 'skip', 4: 'stop' } as const;

function readHandler(store: Store, registry: Registry) {
  return (call: ServerDuplexStream<ReadReq | MalformedRequest, unknown>) => {
    let joined: { leave(): void; group: NonNullable<ReturnType<Registry['get']>> } | undefined;
    const fail = (error: unknown) => {
      joined?.leave();
      joined = undefined;
      call.emit('error', error);
    };
    const leave = () => {
      joined?.leave();
      joined = undefined;
    };
    call.on('cancelled', leave);
    call.on('close', leave);
    call.on('error', leave);
    call.on('end', () => {
      leave();
      call.end();
    });
    call.on('data', (request: ReadReq | MalformedRequest) => {
      if (request instanceof MalformedRequest) return fail(invalidArgument(request.reason));
      if (joined) {
        const ids = (request.hasAck() ? request.getAck()!.getIdsList() : (request.getNack()?.getIdsList() ?? [])).map(
          idOf,
        );
        if (request.hasAck()) joined.group.ack(ids);
        else if (request.hasNack()) {
          const nack = request.getNack()!;
          const action = NACK_ACTIONS[nack.getAction() as keyof typeof NACK_ACTIONS] ?? 'skip';
          joined.group.nack(ids, action, nack.getReason());
        }
        return;
      }
      const options = request.getOptions();
      if (!options) return fail(invalidArgument('A persistent subscription read starts with its options.'));
      let source: string;
      try {
        source = options.hasAll() ? ALL : streamName(options.getStreamIdentifier());
      } catch (error) {
        return fail((error as RequestError).serviceError);
      }
      const name = options.getGroupName();
      const group = registry.get(source, name);
      if (!group) return fail(groupError('does-not-exist', source, name));
      if (group.full) return fail(groupError('maximum-subscribers-reached', source, name));
      const structured = options.getUuidOption()?.hasStructured() ?? false;
      const resolve = () => group.definition.settings.resolveLinks;
      const consumer: Consumer = {
        from: call.getPeer(),
        connectionName: String(call.metadata.get('connection-name')[0] ?? ''),
        bufferSize: Math.max(1, options.getBufferSize()),
        inFlight: 0,
        send: (event, retryCount) => {
          const resolved =
            resolve() && event.type === LINK_EVENT_TYPE ? { target: resolveLink(store, event) } : undefined;
          call.write(encodePersistentEvent(event, resolved, structured, retryCount));
        },
        drop: () => {
          joined = undefined;
          call.emit('error', groupError('dropped', source, name));
        },
      };
      call.write(
        new persistentPb.ReadResp().setSubscriptionConfirmation(
          new persistentPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(groupKey(source, name)),
        ),
      );
      joined = { group, leave: () => group.leave(consumer) };
      group.join(consumer);
    });
  };
}
