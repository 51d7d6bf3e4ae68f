/**
 * What one command's read of its stream costs on this machine: every chat message is a command
 * that first reads the whole chat stream through the real client (one gRPC server-streaming
 * call), then appends. Measured against the api's own store before the load, on streams of a
 * few lengths, with the client's and the store's CPU time per call. Its events are of a type no
 * projection handles.
 */
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { cpuMsOf } from '../platform/proc';
import { nowMs, round } from '../stats';

export interface ReadCost {
  events: number;
  wallMsPerRead: number;
  clientCpuMicrosPerRead: number;
  storeCpuMicrosPerRead: number;
}

const TEXT = 'Could you help me find the thesis guidelines of the faculty? #v-1-1';

export async function readStreamCost(
  storeUrl: string,
  storePid: number,
  lengths: readonly number[] = [2, 30],
  calls = 300,
): Promise<ReadCost[]> {
  const client = EventStoreDBClient.connectionString(storeUrl);
  const read = async (stream: string) => {
    for await (const resolved of client.readStream(stream)) void resolved;
  };
  const costs: ReadCost[] = [];
  try {
    for (const events of lengths) {
      const stream = `benchprobe-${randomUUID()}`;
      await client.appendToStream(
        stream,
        Array.from({ length: events }, (_, i) =>
          jsonEvent({ type: 'BenchProbeWritten', data: { i, text: TEXT, at: new Date().toISOString() } }),
        ),
      );
      for (let i = 0; i < 30; i++) await read(stream);
      const clientBefore = await cpuMsOf(process.pid);
      const storeBefore = await cpuMsOf(storePid);
      const started = nowMs();
      for (let i = 0; i < calls; i++) await read(stream);
      const wallMs = nowMs() - started;
      costs.push({
        events,
        wallMsPerRead: round(wallMs / calls, 2),
        clientCpuMicrosPerRead: round((((await cpuMsOf(process.pid)) - clientBefore) * 1000) / calls, 0),
        storeCpuMicrosPerRead: round((((await cpuMsOf(storePid)) - storeBefore) * 1000) / calls, 0),
      });
    }
  } finally {
    await client.dispose();
  }
  return costs;
}
