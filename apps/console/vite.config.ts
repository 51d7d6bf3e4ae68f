import { vueProjectConfig } from '@deskstream/ui/vite';
import { defineConfig } from 'vitest/config';

const project = vueProjectConfig({ base: '/console/' });

// Served by the api under /console/; built into apps/console/dist. No source maps: the api
// serves the build as it is, and the sources are not for visitors.
export default defineConfig({
  ...project,
  build: {
    ...project.build,
    sourcemap: false,
  },
});
