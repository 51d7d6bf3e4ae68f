import { vueProjectConfig } from '@deskstream/ui/vite';
import { defineConfig } from 'vitest/config';

// Served by the api at the site root; built into apps/portal/dist.
export default defineConfig(vueProjectConfig({ base: '/' }));
