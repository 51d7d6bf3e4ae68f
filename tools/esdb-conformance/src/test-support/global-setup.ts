/**
 * Starts the store the suite talks to: the emulator in memory on a free port, unless
 * EVENTSTORE_URL names a real EventStoreDB/KurrentDB, in which case the same tests run there.
 * The `integration-tls` project runs its files against the standalone emulator in secure mode
 * instead (TLS from certificate files, admin credentials), as a production client connects.
 */
import type { TestProject } from 'vitest/node';
import { startEmulator, type RunningEmulator } from '@deskstream/esdb-emulator';
import { startSecureStandalone, type SecureStandalone } from './secure-standalone';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection string for `EventStoreDBClient.connectionString`. */
    esdbUrl: string;
    /** True when the suite runs against the emulator it started itself. */
    againstEmulator: boolean;
  }
}

let emulator: RunningEmulator | undefined;
let secure: SecureStandalone | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (project.name === 'integration-tls') {
    secure = await startSecureStandalone();
    project.provide('esdbUrl', secure.url);
    project.provide('againstEmulator', true);
    return;
  }
  const external = process.env.EVENTSTORE_URL;
  if (external) {
    project.provide('esdbUrl', external);
    project.provide('againstEmulator', false);
    return;
  }
  emulator = await startEmulator({ memDb: true, port: 0 });
  project.provide('esdbUrl', emulator.url);
  project.provide('againstEmulator', true);
}

export async function teardown(): Promise<void> {
  await emulator?.stop();
  emulator = undefined;
  await secure?.stop();
  secure = undefined;
}
