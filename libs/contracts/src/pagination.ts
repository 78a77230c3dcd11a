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

/**
 * The cursor of an item in a list ordered by an instant, ties broken by id (newest-first lists
 * of reception): the service pages by it, the gateway hands each edge its own.
 */
export function encodeInstantCursor(kind: string, at: Date | string, id: string): string {
  return encodeCursor(kind, `${new Date(at).toISOString()}|${id}`);
}

/** The instant and id inside such a cursor of `kind`, or null when it is not one. */
export function decodeInstantCursor(kind: string, cursor: string): { at: Date; id: string } | null {
  const [at, id] = decodeCursor(kind, cursor)?.split('|') ?? [];
  const instant = new Date(at ?? '');
  return id && !Number.isNaN(instant.getTime()) ? { at: instant, id } : null;
}
