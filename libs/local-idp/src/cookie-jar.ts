interface StoredCookie {
  host: string;
  path: string;
  value: string;
}

/**
 * The few cookie rules a scripted sign-in needs: host-only cookies, path matching, deletion by an
 * empty value or a past expiry. Enough for oidc-provider's session and interaction cookies.
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  /** Records the `Set-Cookie` headers of a response to `url`. */
  store(url: URL, setCookieHeaders: string[]): void {
    for (const header of setCookieHeaders) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      if (separator <= 0) continue;
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      let path = defaultPath(url);
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        const lowerKey = key.toLowerCase();
        if (lowerKey === 'path' && attributeValue.startsWith('/')) path = attributeValue;
        if (lowerKey === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true;
        if (lowerKey === 'max-age' && Number(attributeValue) <= 0) expired = true;
      }
      const key = `${url.host} ${path} ${name}`;
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { host: url.host, path, value: `${name}=${value}` });
    }
  }

  /** The `Cookie` header for a request to `url`, or undefined when no cookie applies. */
  headerFor(url: URL): string | undefined {
    const values = [...this.cookies.values()]
      .filter((cookie) => cookie.host === url.host && pathMatches(url.pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => cookie.value);
    return values.length > 0 ? values.join('; ') : undefined;
  }
}

function defaultPath(url: URL): string {
  const lastSlash = url.pathname.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : url.pathname.slice(0, lastSlash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}
