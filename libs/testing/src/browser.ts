import type { Browser, Locator, Page } from 'playwright-core';

/** Debian's chromium package; CHROMIUM_PATH names another build. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless Chromium for the browser tests, driven by playwright-core (loaded on first use, so
 * tests that never open a browser do not load it). One browser per test file: open pages in
 * fresh contexts and close the browser in afterAll.
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  try {
    return await chromium.launch({ executablePath, headless: true });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `cannot start Chromium at ${executablePath} (install Debian's chromium or set CHROMIUM_PATH): ${reason}`,
    );
  }
}

/**
 * What went wrong in a page while a test drove it: uncaught script errors, console errors
 * (Content-Security-Policy violations among them) and failed requests. A test expects it empty.
 */
export function pageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  return problems;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits (Playwright's own polling, no sleep) until an element of `locator` shows `text`: the
 * whole text when a string (surrounding white space aside), a match when a RegExp. On timeout
 * the error says what the elements showed instead.
 */
export async function waitForText(
  locator: Locator,
  text: string | RegExp,
  timeoutMs = 15_000,
): Promise<void> {
  const pattern = typeof text === 'string' ? new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) : text;
  try {
    await locator.filter({ hasText: pattern }).first().waitFor({ timeout: timeoutMs });
  } catch (err) {
    const shown = await locator.allInnerTexts().catch(() => []);
    throw new Error(
      `${String(pattern)} not shown within ${timeoutMs} ms; shown: ${JSON.stringify(shown)} (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    );
  }
}
