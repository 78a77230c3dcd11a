/**
 * Opaque Relay cursors for lists ordered by a key (procedures by code). Both the service that
 * pages and the gateway that hands edges their cursors use these, so the format lives once.
 * `btoa`/`atob` exist in Node and browsers; keys are ASCII.
 */
export function encodeCursor(kind: string, key: string): string {
  return btoa(`${kind}:${key}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The key inside a cursor of `kind`, or null when the cursor is malformed or of another kind. */
export function decodeCursor(kind: string, cursor: string): string | null {
  try {
    const decoded = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    return decoded.startsWith(`${kind}:`) ? decoded.slice(kind.length + 1) : null;
  } catch {
    return null;
  }
}
