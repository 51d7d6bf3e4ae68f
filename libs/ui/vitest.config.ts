import { defineConfig } from 'vitest/config';
import { vueProjectConfig } from './src/vite/index.js';

export default defineConfig(vueProjectConfig({ base: '/' }));
