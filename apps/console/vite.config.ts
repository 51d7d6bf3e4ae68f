import { vueProjectConfig } from '@deskstream/ui/vite';
import { defineConfig } from 'vitest/config';

// Served by the api under /console/; built into apps/console/dist.
export default defineConfig(vueProjectConfig({ base: '/console/' }));
