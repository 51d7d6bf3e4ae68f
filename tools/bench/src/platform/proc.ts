/** What a process on this machine has used so far, read from /proc: CPU time and resident memory. */
import { readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ), 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms. */
export async function cpuMsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

export async function rssMbOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024);
}

/** Share of one core each process used between two samples, in percent. */
export interface CpuSplit {
  [process: string]: number;
}

/** Samples the CPU time of named processes now; calling the result gives each one's share of a core since. */
export async function startCpuWatch(pids: Record<string, number>, now: () => number): Promise<() => Promise<CpuSplit>> {
  const names = Object.keys(pids);
  const before = await Promise.all(names.map((name) => cpuMsOf(pids[name]!)));
  const start = now();
  return async () => {
    const after = await Promise.all(names.map((name) => cpuMsOf(pids[name]!)));
    const elapsed = now() - start;
    const split: CpuSplit = {};
    names.forEach((name, i) => (split[name] = Math.round(((after[i]! - before[i]!) / elapsed) * 100)));
    return split;
  };
}

/** What the whole machine did between two samples, in percent of all its cores: steal is time the hypervisor gave to other guests. */
export interface MachineSplit {
  busy: number;
  idle: number;
  steal: number;
}

async function machineTicks(): Promise<number[]> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!;
  return line.trim().split(/\s+/).slice(1).map(Number);
}

/** Samples /proc/stat now; calling the result gives the machine's busy, idle and stolen shares since. */
export async function startMachineWatch(): Promise<() => Promise<MachineSplit>> {
  const before = await machineTicks();
  return async () => {
    const after = await machineTicks();
    // user nice system idle iowait irq softirq steal (guest times are inside user and nice)
    const delta = after.slice(0, 8).map((value, i) => value - before[i]!);
    const total = delta.reduce((sum, value) => sum + value, 0) || 1;
    const share = (ticks: number) => Math.round((ticks / total) * 100);
    return {
      busy: share(delta[0]! + delta[1]! + delta[2]! + delta[5]! + delta[6]!),
      idle: share(delta[3]! + delta[4]!),
      steal: share(delta[7]!),
    };
  };
}
