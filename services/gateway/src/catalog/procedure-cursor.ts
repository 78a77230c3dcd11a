// The catalog pages procedures by code and names a position `base64url("procedure:" + code)`
// (its `endCursor`). The list reply carries no per-item cursor, so edges use the same encoding.
export function procedureCursor(code: string): string {
  return Buffer.from(`procedure:${code}`).toString('base64url');
}
