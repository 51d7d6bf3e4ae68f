/**
 * Read-model query load with autocannon against one api process: the rate at saturation, then
 * latency at half that rate (autocannon's `overallRate`, corrected for coordinated omission),
 * with the CPU each process used meanwhile.
 */
import autocannon from 'autocannon';
import { round } from '../stats';
import { cpuMsOf, startCpuWatch, startMachineWatch, type CpuSplit, type MachineSplit } from './proc';
import { nowMs } from '../stats';

export interface QueryLoadOptions {
  address: string;
  token: string;
  query: string;
  seconds: number;
  connections: number;
  /** Processes whose CPU share to report: e.g. { api, store, loadGenerator }. */
  pids: Record<string, number>;
}

export interface LoadRun {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requests: number;
  errors: number;
  non2xx: number;
  mismatches: number;
  cpuPercentOfCore: CpuSplit;
  machinePercent: MachineSplit;
  /** The api process's CPU per request answered, in µs (`pids.api`). */
  apiCpuMicrosPerRequest: number | null;
}

export interface QueryLoadResult {
  saturation: LoadRun;
  halfLoad: LoadRun & { targetRate: number };
}

async function run(options: QueryLoadOptions, seconds: number, overallRate?: number): Promise<LoadRun> {
  const cpu = await startCpuWatch(options.pids, nowMs);
  const machine = await startMachineWatch();
  const apiPid = options.pids.api;
  const apiCpuBefore = apiPid ? await cpuMsOf(apiPid) : 0;
  const result = await autocannon({
    url: `${options.address}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: options.query }),
    connections: options.connections,
    duration: seconds,
    ...(overallRate ? { overallRate } : {}),
    // A reply with GraphQL errors is a failure, not a fast answer.
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
  const apiCpuMs = apiPid ? (await cpuMsOf(apiPid)) - apiCpuBefore : NaN;
  const latency = result.latency as unknown as Record<string, number>;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: {
      p50: round(latency.p50!, 2),
      p90: round(latency.p90!, 2),
      p99: round(latency.p99!, 2),
      max: round(latency.max!, 2),
    },
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    cpuPercentOfCore: await cpu(),
    machinePercent: await machine(),
    apiCpuMicrosPerRequest:
      apiPid && result.requests.total > 0 ? round((apiCpuMs * 1000) / result.requests.total, 1) : null,
  };
}

export async function queryLoad(options: QueryLoadOptions): Promise<QueryLoadResult> {
  await run(options, 2); // warm-up: the query is validated, cached, JIT-compiled and optimised
  const saturation = await run(options, options.seconds);
  const targetRate = Math.max(1, Math.round(saturation.requestsPerSecond / 2));
  const halfLoad = await run(options, options.seconds, targetRate);
  return { saturation, halfLoad: { ...halfLoad, targetRate } };
}
