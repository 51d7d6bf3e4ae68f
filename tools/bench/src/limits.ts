/**
 * The machine's own limits, measured in the same run as the figures they bound: how many
 * fsyncs a second the disk takes, and what one gRPC round trip on loopback costs.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { latencySummary, nowMs, round } from './stats';

export async function rawFsyncRate(seconds = 2): Promise<{ fsyncsPerSecond: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'deskstream-fsync-'));
  const handle = await open(join(dir, 'probe'), 'w');
  const block = Buffer.alloc(256, 1);
  let count = 0;
  let offset = 0;
  const end = nowMs() + seconds * 1000;
  while (nowMs() < end) {
    await handle.write(block, 0, block.length, offset);
    offset += block.length;
    await handle.datasync();
    count++;
  }
  await handle.close();
  await rm(dir, { recursive: true, force: true });
  return { fsyncsPerSecond: Math.round(count / seconds) };
}

const echoService: grpc.ServiceDefinition = {
  echo: {
    path: '/bench.Echo/Echo',
    requestStream: false,
    responseStream: false,
    requestSerialize: (b: Buffer) => b,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  },
};

/** Sequential unary calls with a 100-byte payload over loopback: the floor under any append. */
export async function rawGrpcRoundTrip(
  calls = 3000,
): Promise<{ p50: number; p99: number; samples: number; callsPerSecond: number }> {
  const server = new grpc.Server();
  server.addService(echoService, {
    echo: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => cb(null, call.request),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
  );
  const Client = grpc.makeGenericClientConstructor(echoService, 'Echo');
  const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as {
    echo(req: Buffer, cb: (e: Error | null, r: Buffer) => void): void;
    close(): void;
  };
  const payload = Buffer.alloc(100, 7);
  const call = () => new Promise<void>((resolve, reject) => client.echo(payload, (e) => (e ? reject(e) : resolve())));
  for (let i = 0; i < 200; i++) await call();
  const samples: number[] = [];
  const start = nowMs();
  for (let i = 0; i < calls; i++) {
    const t = nowMs();
    await call();
    samples.push(nowMs() - t);
  }
  const elapsed = nowMs() - start;
  client.close();
  server.forceShutdown();
  return { ...latencySummary(samples), callsPerSecond: round((calls / elapsed) * 1000, 0) };
}
