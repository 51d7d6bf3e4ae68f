/**
 * The emulator's own serving rate for a catch-up of `$all`, without the client's per-event
 * decoding: a bare gRPC call to Streams.Read that counts response frames. Beside the figure
 * through the real client, it shows which side of the wire limits a catch-up.
 */
import { createRequire } from 'node:module';
import * as grpc from '@grpc/grpc-js';
import { nowMs, round } from './stats';

const require = createRequire(import.meta.url);
const streamsPb =
  require('@eventstore/db-client/generated/streams_pb.js') as typeof import('@eventstore/db-client/generated/streams_pb');
const sharedPb =
  require('@eventstore/db-client/generated/shared_pb.js') as typeof import('@eventstore/db-client/generated/shared_pb');

const EVENT = 0x0a; // ReadResp field 1 (event), length-delimited
const CAUGHT_UP = 0x42; // ReadResp field 8 (caught_up)

export async function rawCatchUpRead(
  url: string,
): Promise<{ events: number; seconds: number; eventsPerSecond: number }> {
  const target = new URL(url.replace(/^esdb:/, 'http:')).host;
  const client = new grpc.Client(target, grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': 17 * 1024 * 1024,
  });
  const options = new streamsPb.ReadReq.Options()
    .setAll(new streamsPb.ReadReq.Options.AllOptions().setStart(new sharedPb.Empty()))
    .setSubscription(new streamsPb.ReadReq.Options.SubscriptionOptions())
    .setNoFilter(new sharedPb.Empty())
    .setUuidOption(new streamsPb.ReadReq.Options.UUIDOption().setString(new sharedPb.Empty()));
  const request = new streamsPb.ReadReq().setOptions(options);
  const start = nowMs();
  let events = 0;
  await new Promise<void>((resolve, reject) => {
    const call = client.makeServerStreamRequest(
      '/event_store.client.streams.Streams/Read',
      (r: InstanceType<typeof streamsPb.ReadReq>) => Buffer.from(r.serializeBinary()),
      (b: Buffer) => b,
      request,
    );
    call.on('data', (frame: Buffer) => {
      if (frame[0] === EVENT) events++;
      else if (frame[0] === CAUGHT_UP) {
        call.cancel();
        resolve();
      }
    });
    call.on('error', (e: grpc.ServiceError) => (e.code === grpc.status.CANCELLED ? resolve() : reject(e)));
  });
  const seconds = (nowMs() - start) / 1000;
  client.close();
  return { events, seconds: round(seconds, 2), eventsPerSecond: Math.round(events / seconds) };
}
