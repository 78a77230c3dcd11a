import { ErrorCode } from '@motcua/contracts';
import { decodeHeldCursor, encodeHeldCursor } from './held-cursor';

describe(encodeHeldCursor.name, () => {
  it('round-trips a position when decoded', () => {
    const position = {
      decidedAt: new Date('2026-01-05T03:00:00.123Z'),
      dossierId: '0b7a6c1e-8f4e-4d6b-9a55-0d1f7b2a9c10',
    };
    expect(decodeHeldCursor(encodeHeldCursor(position))).toEqual(position);
  });
});

describe(decodeHeldCursor.name, () => {
  it.each(['', 'garbage', btoa('other:2026-01-05T03:00:00.000Z|x'), btoa('held:not-a-date|x')])(
    'refuses %p as BAD_REQUEST',
    (cursor) => {
      expect(() => decodeHeldCursor(cursor)).toThrow(
        expect.objectContaining({ code: ErrorCode.BadRequest }) as Error,
      );
    },
  );
});
