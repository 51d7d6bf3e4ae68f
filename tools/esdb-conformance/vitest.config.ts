import { defineConfig } from 'vitest/config';
import { testProjects } from '../../vitest.shared';

/**
 * Files run a second time over TLS (project `integration-tls`): the standalone emulator in secure
 * mode, with certificate files and credentials, as production connects. The suite's quick files,
 * covering appends, reads, both subscriptions, deletes, links and persistent subscriptions.
 */
const OVER_TLS = [
  'append-expected-revision',
  'append-idempotency',
  'append-deadline',
  'read-stream',
  'subscribe-stream',
  'delete-stream',
  'tombstone-stream',
  'link-events',
  'persistent-subscriptions',
].map((name) => `src/${name}.integration.test.ts`);

/**
 * One store for the whole suite: the emulator in memory, started once by the global setup, or
 * the real EventStoreDB/KurrentDB named by EVENTSTORE_URL. Tests never assume they are alone
 * in it: every stream name carries a random suffix. Every test here goes through the store.
 */
const test = testProjects({ globalSetup: ['src/test-support/global-setup.ts'] });
test.projects = [...(test.projects ?? []), { extends: true, test: { name: 'integration-tls', include: OVER_TLS } }];

export default defineConfig({ test });
