import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process';
import { requireBuiltApps } from './built-apps';
import { launchBrowser } from './launch-browser';
import { startLoopbackSmtpProcess, type LoopbackSmtpProcess } from './loopback-smtp-process';
import { watchPageProblems, type PageProblems } from './page-problems';

export interface BrowserJourneyOptions {
  /** Start of the name of the fresh data folder, e.g. `deskstream-e2e-kb-`. */
  dataDirPrefix: string;
  /** Default timeout of every page's actions and waits. */
  uiTimeoutMs: number;
  /**
   * The sender of the api's mail, when the journey reads it: the api then sends through a real
   * SMTP server on loopback (`smtp`), started with the browser before the api.
   */
  mailFrom?: string;
}

/** A page in a browser context of its own (its own cookies and storage), and what it reported. */
export interface JourneyPage {
  page: Page;
  problems: PageProblems;
}

export interface StaffSignIn {
  username: string;
  password: string;
}

/** What a browser journey's tests share: the real api on a fresh data folder, and Chromium. */
export interface BrowserJourney {
  /** The running api (a new one after `restartApi`). */
  readonly api: ApiProcess;
  /** The loopback SMTP server the api's mail arrives at (only with `mailFrom`). */
  readonly smtp: LoopbackSmtpProcess;
  /**
   * Opens a page in a new context, closed after the file's tests. `watch` says what counts as
   * a problem on it (the default: everything the developer tools would show red).
   */
  openPage(context?: BrowserContextOptions, watch?: (page: Page) => PageProblems): Promise<JourneyPage>;
  /** Signs staff in through the console's sign-in form and waits for their role's start page (the chat desk, or the articles). */
  signInToConsole(page: Page, who: StaffSignIn): Promise<void>;
  /** The api's log lines at level error or fatal. */
  apiErrors(): string[];
  /** Stops the api as an operator does and starts it again on the same data and port; resolves with the exit code of the stop. */
  restartApi(): Promise<number | null>;
}

/**
 * Registers the file's `beforeAll`/`afterAll`: before, checks the front ends are built, starts
 * the api on a fresh data folder and Chromium side by side (with `mailFrom`, the SMTP server and
 * Chromium first, then the api sending to it); after, closes every opened context, the browser,
 * the api and the SMTP server, and removes the data folder.
 */
export function useBrowserJourney(options: BrowserJourneyOptions): BrowserJourney {
  let dataDir: string | undefined;
  let api: ApiProcess | undefined;
  let browser: Browser | undefined;
  let smtp: LoopbackSmtpProcess | undefined;
  const contexts: BrowserContext[] = [];
  const mailEnv = (): Record<string, string> =>
    smtp && options.mailFrom ? { SMTP_URL: smtp.url, MAIL_FROM: options.mailFrom } : {};

  beforeAll(async () => {
    requireBuiltApps();
    dataDir = await mkdtemp(join(tmpdir(), options.dataDirPrefix));
    if (options.mailFrom) {
      [smtp, browser] = await Promise.all([startLoopbackSmtpProcess(), launchBrowser()]);
      api = await startApiProcess({ dataDir, env: mailEnv() });
    } else {
      [api, browser] = await Promise.all([startApiProcess({ dataDir }), launchBrowser()]);
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
    await smtp?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const running = (): ApiProcess => {
    if (!api) throw new Error('the api is not running (is this called outside a test?)');
    return api;
  };

  return {
    get api() {
      return running();
    },

    get smtp() {
      if (!smtp) throw new Error('no SMTP server (is this called outside a test, or without mailFrom?)');
      return smtp;
    },

    async openPage(contextOptions = {}, watch = (page: Page) => watchPageProblems(page)) {
      if (!browser) throw new Error('the browser is not running (is this called outside a test?)');
      const context = await browser.newContext(contextOptions);
      contexts.push(context);
      context.setDefaultTimeout(options.uiTimeoutMs);
      const page = await context.newPage();
      return { page, problems: watch(page) };
    },

    async signInToConsole(page, who) {
      await page.goto(`${running().url}/console/`);
      await page.waitForURL(/\/console\/sign-in$/);
      await page.getByLabel('Username').fill(who.username);
      await page.getByLabel('Password').fill(who.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/console/') && !url.pathname.endsWith('/sign-in'));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    },

    apiErrors() {
      return running()
        .output()
        .split('\n')
        .filter((line) => /"level":(50|60)\b/.test(line));
    },

    async restartApi() {
      const stopping = running();
      api = undefined;
      const exitCode = await stopping.stop();
      api = await startApiProcess({ dataDir: dataDir!, port: stopping.port, env: mailEnv() });
      return exitCode;
    },
  };
}
