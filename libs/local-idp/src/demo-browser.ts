import { CookieJar } from './cookie-jar';

export interface BrowserResponse {
  /** The URL requested. */
  url: URL;
  status: number;
  /** Where a redirect points, resolved against `url`; null for other answers. */
  location: URL | null;
  body: string;
}

const MAX_REDIRECTS = 10;

/**
 * A scripted browser for sign-in flows in tests and scripts: one request at a time, cookies kept
 * per host and path, redirects followed only when asked, so each hop can be checked.
 */
export class DemoBrowser {
  private readonly jar = new CookieJar();

  get(url: URL | string): Promise<BrowserResponse> {
    return this.request(new URL(url), { method: 'GET' });
  }

  /** Posts an HTML form (application/x-www-form-urlencoded), as its submit button would. */
  postForm(url: URL | string, fields: Record<string, string>): Promise<BrowserResponse> {
    return this.request(new URL(url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /**
   * Requests `url` (GET, or the response given) and follows redirects until one points where
   * `stopAt` says (that redirect is answered, its location not requested) or an answer is no
   * redirect (a page, an error).
   */
  async follow(
    start: URL | string | BrowserResponse,
    stopAt: (next: URL) => boolean,
  ): Promise<BrowserResponse> {
    let response = typeof start === 'object' && 'status' in start ? start : await this.get(start);
    for (let hop = 0; hop < MAX_REDIRECTS; hop += 1) {
      if (response.location === null || stopAt(response.location)) return response;
      response = await this.get(response.location);
    }
    throw new Error(`more than ${MAX_REDIRECTS} redirects from ${response.url.href}`);
  }

  private async request(
    url: URL,
    init: { method: string; headers?: Record<string, string>; body?: string },
  ): Promise<BrowserResponse> {
    const cookie = this.jar.headerFor(url);
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, ...(cookie ? { cookie } : {}) },
    });
    this.jar.store(url, response.headers.getSetCookie());
    const location = response.headers.get('location');
    const isRedirect = response.status >= 300 && response.status <= 399 && location !== null;
    return {
      url,
      status: response.status,
      location: isRedirect ? new URL(location, url) : null,
      body: await response.text(),
    };
  }
}

/** Whether a URL is `target` with any query: the redirect URI a flow waits for. */
export const sameEndpoint =
  (target: URL | string) =>
  (url: URL): boolean => {
    const expected = new URL(target);
    return url.origin === expected.origin && url.pathname === expected.pathname;
  };

/** Where the login form of a local IdP login page posts to. */
export function loginFormAction(page: BrowserResponse): URL {
  const action = /<form method="post" action="([^"]+\/login)"/.exec(page.body)?.[1];
  if (action === undefined)
    throw new Error(`no login form at ${page.url.href} (HTTP ${page.status})`);
  return new URL(action.replaceAll('&amp;', '&'), page.url);
}

/** Where the cancel button of a local IdP login page posts to. */
export function cancelFormAction(page: BrowserResponse): URL {
  const action = /<form method="post" action="([^"]+\/abort)"/.exec(page.body)?.[1];
  if (action === undefined)
    throw new Error(`no cancel button at ${page.url.href} (HTTP ${page.status})`);
  return new URL(action.replaceAll('&amp;', '&'), page.url);
}
