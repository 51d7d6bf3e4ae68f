/** ServerFeatures and Gossip: what the emulator says about itself. */
import { randomUUID } from 'node:crypto';
import type { sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { featuresPb, gossipPb, sharedPb } from './proto';

/**
 * A version from which clients use BatchAppend and expect `caughtUp`. Only what is listed here
 * is implemented; everything else answers UNIMPLEMENTED.
 */
export const SERVER_VERSION = '24.10.0';

const METHODS: [service: string, method: string, features?: string[]][] = [
  ['event_store.client.streams.streams', 'read', ['position', 'events']],
  ['event_store.client.streams.streams', 'append'],
  ['event_store.client.streams.streams', 'batchappend'],
  ['event_store.client.streams.streams', 'delete'],
  ['event_store.client.streams.streams', 'tombstone'],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'create', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'update', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'delete', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'read', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'replayparked', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'getinfo', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'list', ['stream', 'all']],
  ['event_store.client.persistent_subscriptions.persistentsubscriptions', 'restartsubsystem'],
  ['event_store.client.server_features.serverfeatures', 'getsupportedmethods'],
  ['event_store.client.gossip.gossip', 'read'],
];

export function supportedMethods(_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>): void {
  const response = new featuresPb.SupportedMethods().setEventStoreServerVersion(SERVER_VERSION);
  for (const [service, method, features] of METHODS) {
    response.addMethods(
      new featuresPb.SupportedMethod()
        .setServiceName(service)
        .setMethodName(method)
        .setFeaturesList(features ?? []),
    );
  }
  callback(null, response);
}

export function gossipHandler(address: () => { host: string; port: number }) {
  const instance = randomUUID();
  return (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
    const { host, port } = address();
    const member = new gossipPb.MemberInfo()
      .setInstanceId(new sharedPb.UUID().setString(instance))
      .setTimeStamp(String(BigInt(Date.now()) * 10_000n))
      .setState(gossipPb.MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new gossipPb.EndPoint().setAddress(host).setPort(port));
    callback(null, new gossipPb.ClusterInfo().setMembersList([member]));
  };
}
