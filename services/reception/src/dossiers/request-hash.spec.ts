import { requestHash } from './request-hash';

describe(requestHash.name, () => {
  it('is the same when only the key order differs', () => {
    expect(requestHash({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(
      requestHash({ b: { d: [1, 2], c: 2 }, a: 1 }),
    );
  });

  it('ignores undefined fields', () => {
    expect(requestHash({ a: 1, b: undefined })).toBe(requestHash({ a: 1 }));
  });

  it('differs when a value differs', () => {
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
  });
});
