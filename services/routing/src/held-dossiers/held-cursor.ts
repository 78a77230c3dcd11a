import { decodeCursor, DomainError, encodeCursor, ErrorCode } from '@motcua/contracts';

const KIND = 'held';

export interface HeldPosition {
  decidedAt: Date;
  dossierId: string;
}

/** A page position in the supervisor queue: the last item's decision time and dossier id. */
export function encodeHeldCursor(p: HeldPosition): string {
  return encodeCursor(KIND, `${p.decidedAt.toISOString()}|${p.dossierId}`);
}

export function decodeHeldCursor(cursor: string): HeldPosition {
  const key = decodeCursor(KIND, cursor);
  const [at, dossierId] = key?.split('|') ?? [];
  const decidedAt = new Date(at ?? '');
  if (!dossierId || Number.isNaN(decidedAt.getTime()))
    throw new DomainError(ErrorCode.BadRequest, 'after is not a cursor of this list');
  return { decidedAt, dossierId };
}
