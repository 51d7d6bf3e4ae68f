import { defineConfig } from 'vitest/config';
import { testProjects } from '../../vitest.shared';

// Browser journeys run one file after another (one browser at a time on a small machine).
export default defineConfig({ test: testProjects({ timeoutMs: 120_000 }) });
