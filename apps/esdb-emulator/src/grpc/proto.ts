/**
 * The client's own generated protocol code (CommonJS), loaded once. Using the client's service
 * definitions keeps method paths and message layouts exactly what the client sends.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const load = <T>(name: string): T => require(`@eventstore/db-client/generated/${name}`) as T;

export const streamsPb = load<typeof import('@eventstore/db-client/generated/streams_pb')>('streams_pb.js');
export const streamsGrpc = load<typeof import('@eventstore/db-client/generated/streams_grpc_pb')>('streams_grpc_pb.js');
export const sharedPb = load<typeof import('@eventstore/db-client/generated/shared_pb')>('shared_pb.js');
export const statusPb = load<typeof import('@eventstore/db-client/generated/status_pb')>('status_pb.js');
export const featuresPb =
  load<typeof import('@eventstore/db-client/generated/serverfeatures_pb')>('serverfeatures_pb.js');
export const featuresGrpc =
  load<typeof import('@eventstore/db-client/generated/serverfeatures_grpc_pb')>('serverfeatures_grpc_pb.js');
export const gossipPb = load<typeof import('@eventstore/db-client/generated/gossip_pb')>('gossip_pb.js');
export const gossipGrpc = load<typeof import('@eventstore/db-client/generated/gossip_grpc_pb')>('gossip_grpc_pb.js');
export const persistentPb = load<typeof import('@eventstore/db-client/generated/persistent_pb')>('persistent_pb.js');
export const persistentGrpc =
  load<typeof import('@eventstore/db-client/generated/persistent_grpc_pb')>('persistent_grpc_pb.js');
export const emptyPb =
  require('google-protobuf/google/protobuf/empty_pb.js') as typeof import('google-protobuf/google/protobuf/empty_pb');
export const anyPb =
  require('google-protobuf/google/protobuf/any_pb.js') as typeof import('google-protobuf/google/protobuf/any_pb');
export const timestampPb =
  require('google-protobuf/google/protobuf/timestamp_pb.js') as typeof import('google-protobuf/google/protobuf/timestamp_pb');
