import { fileURLToPath } from 'node:url';
import { vueProjectConfig } from '@deskstream/ui/vite';
import { defineConfig } from 'vitest/config';

const project = vueProjectConfig({ base: '/' });
const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Served by the api at the site root; built into apps/portal/dist. Besides the Vue app, the
// knowledge-base pages' script (src/kb-client/kb.ts): the api finds its built files in the manifest
// (which it reads but never serves). No source maps: the sources are not for visitors.
export default defineConfig({
  ...project,
  build: {
    ...project.build,
    sourcemap: false,
    manifest: true,
    rollupOptions: {
      input: {
        index: entry('./index.html'),
        kb: entry('./src/kb-client/kb.ts'),
      },
    },
  },
});
