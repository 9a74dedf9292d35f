/**
 * The people of a meeting, each in their own browser context (own storage, own language), and
 * a record of every address their pages reach out to.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Language, WORDS, type Words } from './words.js';

/** Generous: this 2-core machine runs five browser contexts and the server at once. */
const ACTION_TIMEOUT_MS = 20_000;

export interface Person {
  name: string;
  /** What this person reads on screen, in their browser's language. */
  words: Words;
  context: BrowserContext;
  page: Page;
}

/** Every request, WebSocket and console error of the watched contexts. */
export class PageTraffic {
  readonly urls: string[] = [];
  readonly consoleErrors: string[] = [];

  watch(context: BrowserContext): void {
    context.on('request', (request) => this.urls.push(request.url()));
    context.on('page', (page) => this.watchPage(page));
  }

  private watchPage(page: Page): void {
    page.on('websocket', (socket) => this.urls.push(socket.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    void this.watchIssues(page);
  }

  /**
   * What the console does not show: a script's eval probed and refused by the page's CSP (a
   * library testing for `new Function` catches the error) appears only as a DevTools issue.
   */
  private async watchIssues(page: Page): Promise<void> {
    try {
      const devtools = await page.context().newCDPSession(page);
      devtools.on('Audits.issueAdded', ({ issue }) => {
        const csp = issue.details.contentSecurityPolicyIssueDetails;
        if (!csp) return;
        const where = csp.sourceCodeLocation?.url ?? csp.blockedURL ?? '';
        this.consoleErrors.push(
          `${page.url()}: Content Security Policy ${csp.violatedDirective} (${csp.contentSecurityPolicyViolationType}) ${where}`,
        );
      });
      await devtools.send('Audits.enable');
    } catch {
      // The page closed before DevTools attached: nothing of it left to watch.
    }
  }

  /** Addresses that are neither the app's own origin (http or its WebSocket) nor data:/blob:. */
  foreign(origin: string): string[] {
    const own = new URL(origin);
    const socketOrigin = `ws://${own.host}/`;
    return this.urls.filter(
      (url) =>
        !url.startsWith(`${own.origin}/`) &&
        !url.startsWith(socketOrigin) &&
        !url.startsWith('data:') &&
        !url.startsWith('blob:'),
    );
  }
}

const BROWSER_LOCALES = { en: 'en-GB', de: 'de-DE' } as const satisfies Record<Language, string>;

export interface PersonOptions {
  name: string;
  /** The browser's language; the app picks its own from it. */
  language?: Language;
  /** A phone instead of a laptop. */
  viewport?: { width: number; height: number };
}

export const openPerson = async (
  browser: Browser,
  traffic: PageTraffic,
  { name, language = 'en', viewport = { width: 1280, height: 900 } }: PersonOptions,
): Promise<Person> => {
  const context = await browser.newContext({
    locale: BROWSER_LOCALES[language],
    viewport,
    timezoneId: 'Europe/Berlin',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  traffic.watch(context);
  const page = await context.newPage();
  return { name, words: WORDS[language], context, page };
};
