import { defineConfig } from 'vite';

// The embeddable `widget.js`: one small classic script (an IIFE, no imports), built after the
// portal into the same dist folder, so the api serves it at /widget.js.
export default defineConfig({
  publicDir: false,
  // Non-ASCII letters escaped, so the script reads the same whatever the host page's encoding.
  esbuild: { charset: 'ascii' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    sourcemap: false,
    lib: {
      entry: 'src/widget/widget.ts',
      formats: ['iife'],
      name: 'DeskstreamChatWidget',
      fileName: () => 'widget.js',
    },
  },
});
