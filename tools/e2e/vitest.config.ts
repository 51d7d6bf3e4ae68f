import { defineConfig } from 'vitest/config';

// One browser at a time on a small machine: files run one after another.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
