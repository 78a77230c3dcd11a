import { randomBytes } from 'node:crypto';
import { openWithToken, sealWithToken } from './token-sealed-secret';

const token = () => randomBytes(32).toString('base64url');

describe(sealWithToken.name, () => {
  it('seals so that the same token opens it, and the sealed text does not show the secret', () => {
    const t = token();
    const sealed = sealWithToken(t, '001190012345');

    expect(sealed).not.toContain('001190012345');
    expect(openWithToken(t, sealed)).toBe('001190012345');
  });

  it('seals the same secret differently each time', () => {
    const t = token();
    expect(sealWithToken(t, '001190012345')).not.toBe(sealWithToken(t, '001190012345'));
  });
});

describe(openWithToken.name, () => {
  it('fails with another token', () => {
    const sealed = sealWithToken(token(), '001190012345');
    expect(() => openWithToken(token(), sealed)).toThrow();
  });

  it('fails when the sealed text was altered or truncated', () => {
    const t = token();
    const sealed = sealWithToken(t, '001190012345');
    const altered = `${sealed.slice(0, 20)}${sealed[20] === 'A' ? 'B' : 'A'}${sealed.slice(21)}`;
    expect(() => openWithToken(t, altered)).toThrow();
    expect(() => openWithToken(t, sealed.slice(0, 10))).toThrow(/truncated/);
  });
});
