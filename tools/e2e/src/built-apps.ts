import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the front ends, relative to this package. */
export const builtApps = {
  portal: fileURLToPath(new URL('../../../apps/portal/dist', import.meta.url)),
  console: fileURLToPath(new URL('../../../apps/console/dist', import.meta.url)),
} as const;

/** The built apps' folders; a clear error when they have not been built. */
export function requireBuiltApps(): typeof builtApps {
  const missing = Object.entries(builtApps).filter(([, dir]) => !existsSync(`${dir}/index.html`));
  if (missing.length > 0) {
    const names = missing.map(([name]) => `@deskstream/${name}`).join(' ');
    throw new Error(`not built yet: ${names}. Run: npx nx run-many -t build -p ${names}`);
  }
  return builtApps;
}
