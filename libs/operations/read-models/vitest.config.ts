import { defineConfig } from 'vitest/config';
import { testProjects } from '../../../vitest.shared';

export default defineConfig({ test: testProjects() });
