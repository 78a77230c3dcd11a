import { DomainError, ErrorCode } from '@motcua/contracts';
import { bearerToken } from './bearer-token';

/** The code of the DomainError `fn` throws (undefined when it throws none). */
function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return DomainError.is(err) ? err.code : `not a DomainError: ${String(err)}`;
  }
  return undefined;
}

describe(bearerToken.name, () => {
  it('returns undefined when there is no Authorization header', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('')).toBeUndefined();
  });

  it('returns the token of a bearer header in any letter case', () => {
    expect(bearerToken('Bearer eyJhbGciOi.abc.def')).toBe('eyJhbGciOi.abc.def');
    expect(bearerToken('bearer eyJhbGciOi.abc.def')).toBe('eyJhbGciOi.abc.def');
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer short'], ['Bearer a b c d e f g h']])(
    'refuses %j as UNAUTHENTICATED',
    (header) => {
      expect(thrownCode(() => bearerToken(header))).toBe(ErrorCode.Unauthenticated);
    },
  );

  it('refuses repeated headers', () => {
    expect(
      thrownCode(() => bearerToken(['Bearer eyJhbGciOi.abc.def', 'Bearer eyJhbGciOi.abc.def'])),
    ).toBe(ErrorCode.Unauthenticated);
  });
});
