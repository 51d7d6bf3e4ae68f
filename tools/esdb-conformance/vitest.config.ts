import { defineConfig } from 'vitest/config';

/**
 * One store for the whole suite: the emulator in memory, started once by the global setup, or
 * the real EventStoreDB/KurrentDB named by EVENTSTORE_URL. Tests never assume they are alone
 * in it: every stream name carries a random suffix.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
