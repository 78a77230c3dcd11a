import { ErrorCode } from '@motcua/contracts';
import { decodeInstantCursor, encodeInstantCursor } from './instant-cursor';

describe(encodeInstantCursor.name, () => {
  it('round-trips a position when decoded with the same kind', () => {
    const position = {
      at: new Date('2026-01-09T03:00:00.123Z'),
      id: '0b7a6c1e-8f4e-4d6b-9a55-0d1f7b2a9c10',
    };
    expect(decodeInstantCursor('access', encodeInstantCursor('access', position))).toEqual(
      position,
    );
  });
});

describe(decodeInstantCursor.name, () => {
  it.each([
    '',
    'garbage',
    btoa('mine:2026-01-09T03:00:00.000Z|x'),
    btoa('access:not-a-date|x'),
    btoa('access:2026-01-09T03:00:00.000Z'),
  ])('refuses %p as BAD_REQUEST', (cursor) => {
    expect(() => decodeInstantCursor('access', cursor)).toThrow(
      expect.objectContaining({ code: ErrorCode.BadRequest }) as Error,
    );
  });
});
