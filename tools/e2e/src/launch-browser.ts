import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; `npm run ensure-chromium -w @deskstream/e2e` installs it when missing. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags for a quiet headless Chromium: no sandbox (tests run as root in CI), no GPU, and none
 * of the browser's own background traffic (updates, sync, QUIC), which a closed network refuses.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Starts headless Chromium through playwright-core; playwright never downloads a browser here. */
export async function launchBrowser(): Promise<Browser> {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`${CHROMIUM_PATH} is missing: run \`npm run ensure-chromium -w @deskstream/e2e\` first`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
