// @ts-check
// Plain JavaScript on purpose: Vite loads its config through Node, which cannot read
// TypeScript from another workspace package. Types are in index.d.ts beside this file.
import vue from '@vitejs/plugin-vue';

/**
 * The one Vite + Vitest configuration for every Vue project: the Vue plugin, vue-i18n's
 * compile-time flags (composition API only, message compiler kept for JIT compilation),
 * a build into the project's own `dist`, the `/graphql` proxy for development and
 * happy-dom for component tests.
 *
 * @param {import('./index').VueProjectOptions} options
 * @returns {import('vitest/config').ViteUserConfig}
 */
export function vueProjectConfig(options) {
  const apiOrigin = options.apiOrigin ?? 'http://127.0.0.1:3000';
  return {
    base: options.base,
    plugins: [vue()],
    define: {
      __VUE_I18N_FULL_INSTALL__: 'true',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
    },
    server: {
      proxy: { '/graphql': { target: apiOrigin, ws: true, changeOrigin: true } },
    },
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.test.ts'],
      // As every other project's (vitest.shared.ts): a page's first lazy import can take seconds on a busy machine.
      testTimeout: 20_000,
      hookTimeout: 20_000,
    },
  };
}
