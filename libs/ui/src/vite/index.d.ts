import type { ViteUserConfig } from 'vitest/config';

export interface VueProjectOptions {
  /** Public path the app is served under: `/` for the portal, `/console/` for the console. */
  base: string;
  /** Where the api listens during `vite` development; GraphQL (HTTP and ws) is proxied there. */
  apiOrigin?: string;
}

export declare function vueProjectConfig(options: VueProjectOptions): ViteUserConfig;
