import { vueProjectConfig } from '@deskstream/ui/vite';
import { defineConfig } from 'vitest/config';

const project = vueProjectConfig({ base: '/console/' });

/**
 * The contexts' domain layers are pure: importing one of their modules does nothing by itself.
 * Saying so lets the build leave out the modules the console does not use (the knowledge base's
 * Markdown setup and its markdown-it stay in the editor's chunk instead of the first page's).
 */
const DOMAIN_SOURCE = /\/libs\/[^/]+\/domain\/src\//;

// Served by the api under /console/; built into apps/console/dist. No source maps: the api
// serves the build as it is, and the sources are not for visitors.
export default defineConfig({
  ...project,
  build: {
    ...project.build,
    sourcemap: false,
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !DOMAIN_SOURCE.test(id) } },
  },
});
