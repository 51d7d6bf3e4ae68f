import { defineConfig } from 'vitest/config';
import { testProjects } from '../../vitest.shared';

/**
 * One store for the whole suite: the emulator in memory, started once by the global setup, or
 * the real EventStoreDB/KurrentDB named by EVENTSTORE_URL. Tests never assume they are alone
 * in it: every stream name carries a random suffix. Every test here goes through the store.
 */
export default defineConfig({ test: testProjects({ globalSetup: ['src/test-support/global-setup.ts'] }) });
