import { decodeCursor, encodeCursor } from './pagination';

describe(encodeCursor.name, () => {
  it('round-trips a key and is URL-safe', () => {
    const cursor = encodeCursor('procedure', '2.000488');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('procedure', cursor)).toBe('2.000488');
  });

  it('refuses a cursor of another kind or garbage', () => {
    expect(decodeCursor('branch', encodeCursor('procedure', '1'))).toBeNull();
    expect(decodeCursor('procedure', '%%%')).toBeNull();
  });
});
