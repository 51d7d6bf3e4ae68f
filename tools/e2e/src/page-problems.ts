import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Uncaught exceptions and console errors seen on the page so far. */
  readonly messages: string[];
}

/**
 * Records what would show up red in a browser's developer tools, so a test can assert that a
 * page worked without any. Requests the test expects to fail can be ignored by URL. A request
 * the page itself cancelled (`net::ERR_ABORTED`: a reload or a navigation while it was on its
 * way, which a busy machine makes likelier) is not a problem; every other failure is recorded
 * with its reason.
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
    const reason = request.failure()?.errorText ?? 'unknown';
    if (reason === 'net::ERR_ABORTED' || ignoreUrl(request.url())) return;
    messages.push(`request failed: ${request.url()} (${reason})`);
  });
  return { messages };
}
