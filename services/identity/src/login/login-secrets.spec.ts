import { newOneTimeCode, s256Challenge, secretHash, verifierMatches } from './login-secrets';

describe('login secrets', () => {
  describe(s256Challenge.name, () => {
    it('answers the RFC 7636 appendix B challenge for its verifier', () => {
      expect(s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
        'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      );
    });
  });

  describe(verifierMatches.name, () => {
    const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

    it('accepts the verifier of the challenge', () => {
      expect(verifierMatches('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', challenge)).toBe(true);
    });

    it('refuses another verifier', () => {
      expect(verifierMatches('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXj', challenge)).toBe(false);
    });
  });

  describe(newOneTimeCode.name, () => {
    it('answers 32 random bytes in base64url, different every time', () => {
      const code = newOneTimeCode();
      expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(newOneTimeCode()).not.toBe(code);
    });
  });

  describe(secretHash.name, () => {
    it('hashes the same value to the same base64url digest, never to the value', () => {
      expect(secretHash('state-1')).toBe(secretHash('state-1'));
      expect(secretHash('state-1')).not.toBe(secretHash('state-2'));
      expect(secretHash('state-1')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });
  });
});
