/** The gRPC server: the client's service definitions bound to the store. */
import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Store } from '../store';
import { appendHandler } from './append';
import { batchAppendHandler } from './batch-append';
import { decodeAppendRequest, decodeBatchAppendRequest } from './decode';
import { deleteHandler, tombstoneHandler } from './delete';
import { gossipHandler, supportedMethods } from './features';
import { featuresGrpc, gossipGrpc, persistentGrpc, streamsGrpc } from './proto';
import { persistentHandlers } from './persistent';
import { Registry } from '../persistent/registry';
import { readHandler } from './read';
import { authentication, type TlsCertificate, type Users } from './security';
import { guarded, SHAPES } from './wellformed';

/**
 * The hot paths bypass the generated classes: read responses may arrive pre-encoded (events),
 * and append requests are decoded by hand (their events); everything else is as generated.
 */
function withHandWrittenHotPaths(service: ServiceDefinition): ServiceDefinition {
  const read = service.read!;
  return {
    ...service,
    read: {
      ...read,
      requestDeserialize: guarded(SHAPES.read, read.requestDeserialize),
      responseSerialize: (value: unknown) => (Buffer.isBuffer(value) ? value : read.responseSerialize(value)),
    },
    append: { ...service.append!, requestDeserialize: decodeAppendRequest },
    batchAppend: { ...service.batchAppend!, requestDeserialize: decodeBatchAppendRequest },
    delete: {
      ...service.delete!,
      requestDeserialize: guarded(SHAPES.deleteOrTombstone, service.delete!.requestDeserialize),
    },
    tombstone: {
      ...service.tombstone!,
      requestDeserialize: guarded(SHAPES.deleteOrTombstone, service.tombstone!.requestDeserialize),
    },
  };
}

/** PersistentSubscriptions: requests checked first; events sent pre-encoded. */
function persistentService(): ServiceDefinition {
  const service = persistentGrpc.PersistentSubscriptionsService as unknown as ServiceDefinition;
  const { create, update, delete: remove, read, replayParked, getInfo, list, restartSubsystem } = service;
  return {
    create: { ...create!, requestDeserialize: guarded(SHAPES.persistentCreateOrUpdate, create!.requestDeserialize) },
    update: { ...update!, requestDeserialize: guarded(SHAPES.persistentCreateOrUpdate, update!.requestDeserialize) },
    delete: { ...remove!, requestDeserialize: guarded(SHAPES.persistentDelete, remove!.requestDeserialize) },
    getInfo: { ...getInfo!, requestDeserialize: guarded(SHAPES.persistentGetInfo, getInfo!.requestDeserialize) },
    list: { ...list!, requestDeserialize: guarded(SHAPES.persistentList, list!.requestDeserialize) },
    restartSubsystem: {
      ...restartSubsystem!,
      requestDeserialize: guarded(SHAPES.empty, restartSubsystem!.requestDeserialize),
    },
    replayParked: {
      ...replayParked!,
      requestDeserialize: guarded(SHAPES.persistentReplayParked, replayParked!.requestDeserialize),
    },
    read: {
      ...read!,
      requestDeserialize: guarded(SHAPES.persistentRead, read!.requestDeserialize),
      responseSerialize: (value: unknown) => (Buffer.isBuffer(value) ? value : read!.responseSerialize(value)),
    },
  };
}

/** Services whose requests are all `Empty`. */
function withEmptyRequests(service: ServiceDefinition): ServiceDefinition {
  return Object.fromEntries(
    Object.entries(service).map(([name, method]) => [
      name,
      { ...method, requestDeserialize: guarded(SHAPES.empty, method.requestDeserialize) },
    ]),
  );
}

export interface GrpcServer {
  port: number;
  stop(graceMs?: number): Promise<void>;
}

/** Secure mode: TLS with this certificate, and calls refused without these users' credentials. */
export interface Security {
  certificate: TlsCertificate;
  users: Users;
}

export async function startGrpcServer(
  store: Store,
  host: string,
  port: number,
  security?: Security,
): Promise<GrpcServer> {
  const server = new Server({
    'grpc.max_receive_message_length': 17 * 1024 * 1024,
    'grpc.keepalive_permit_without_calls': 1,
    ...(security && { interceptors: [authentication(security.users)] }),
  });
  const credentials = security
    ? ServerCredentials.createSsl(
        null,
        [{ cert_chain: Buffer.from(security.certificate.cert), private_key: Buffer.from(security.certificate.key) }],
        false,
      )
    : ServerCredentials.createInsecure();
  let bound = port;
  server.addService(withHandWrittenHotPaths(streamsGrpc.StreamsService as unknown as ServiceDefinition), {
    read: readHandler(store),
    append: appendHandler(store),
    batchAppend: batchAppendHandler(store),
    delete: deleteHandler(store),
    tombstone: tombstoneHandler(store),
  } as unknown as UntypedServiceImplementation);
  const registry = Registry.open(store);
  server.addService(
    persistentService(),
    persistentHandlers(store, registry) as unknown as UntypedServiceImplementation,
  );
  server.addService(withEmptyRequests(featuresGrpc.ServerFeaturesService as unknown as ServiceDefinition), {
    getSupportedMethods: supportedMethods,
  } as unknown as UntypedServiceImplementation);
  server.addService(withEmptyRequests(gossipGrpc.GossipService as unknown as ServiceDefinition), {
    read: gossipHandler(() => ({ host, port: bound })),
  } as unknown as UntypedServiceImplementation);

  bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${host.includes(':') ? `[${host}]` : host}:${port}`, credentials, (error, actual) =>
      error ? reject(error) : resolve(actual),
    ),
  );
  return {
    port: bound,
    stop: (graceMs = 2000) =>
      new Promise<void>((resolve) => {
        registry.close();
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
