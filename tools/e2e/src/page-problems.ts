import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Uncaught exceptions and console errors seen on the page so far. */
  readonly messages: string[];
}

/**
 * Records what would show up red in a browser's developer tools, so a test can assert that a
 * page worked without any. Requests the test expects to fail can be ignored by URL.
 */
export function watchPageProblems(page: Page, ignoreUrl: (url: string) => boolean = () => false): PageProblems {
  const messages: string[] = [];
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    if (url && ignoreUrl(url)) return;
    messages.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    if (!ignoreUrl(request.url())) messages.push(`request failed: ${request.url()}`);
  });
  return { messages };
}
