import {
  decodeInstantCursor as decode,
  DomainError,
  encodeInstantCursor as encode,
  ErrorCode,
} from '@motcua/contracts';

/** A position in a list ordered newest first by an instant, ties broken by id. */
export interface InstantPosition {
  at: Date;
  id: string;
}

/** The opaque cursor of a position in a list of `kind` (format shared with the gateway). */
export function encodeInstantCursor(kind: string, p: InstantPosition): string {
  return encode(kind, p.at, p.id);
}

/** The position inside a cursor of `kind`; BAD_REQUEST when it is not one. */
export function decodeInstantCursor(kind: string, cursor: string): InstantPosition {
  const position = decode(kind, cursor);
  if (!position) throw new DomainError(ErrorCode.BadRequest, 'after is not a cursor of this list');
  return position;
}
