import {
  SCRYPT_PARAMS,
  hashSecret,
  newClientId,
  newClientSecret,
  verifySecret,
} from './client-secret';

describe('client secrets', () => {
  describe(newClientId.name, () => {
    it('is mc_ and 16 random bytes in base64url, different every time', () => {
      const a = newClientId();
      expect(a).toMatch(/^mc_[A-Za-z0-9_-]{22}$/);
      expect(newClientId()).not.toBe(a);
    });
  });

  describe(newClientSecret.name, () => {
    it('is 32 random bytes in base64url', () => {
      const secret = newClientSecret();
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
      expect(newClientSecret()).not.toBe(secret);
    });
  });

  describe(hashSecret.name, () => {
    it('writes scrypt$N$r$p$salt$hash with the parameters and never the secret', async () => {
      const secret = newClientSecret();
      const stored = await hashSecret(secret);
      const [scheme, N, r, p, salt, hash] = stored.split('$');
      expect([scheme, Number(N), Number(r), Number(p)]).toEqual([
        'scrypt',
        SCRYPT_PARAMS.N,
        SCRYPT_PARAMS.r,
        SCRYPT_PARAMS.p,
      ]);
      expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
      expect(Buffer.from(hash, 'base64url')).toHaveLength(32);
      expect(stored).not.toContain(secret);
    });

    it('salts every hash: the same secret hashes differently twice', async () => {
      const secret = newClientSecret();
      expect(await hashSecret(secret)).not.toBe(await hashSecret(secret));
    });
  });

  describe(verifySecret.name, () => {
    it('accepts the secret the hash was made from', async () => {
      const secret = newClientSecret();
      await expect(verifySecret(secret, await hashSecret(secret))).resolves.toBe(true);
    });

    it('refuses another secret, one differing in a single character, and an empty one', async () => {
      const secret = newClientSecret();
      const stored = await hashSecret(secret);
      const last = secret.at(-1) === 'A' ? 'B' : 'A';
      for (const wrong of [newClientSecret(), `${secret.slice(0, -1)}${last}`, '']) {
        await expect(verifySecret(wrong, stored)).resolves.toBe(false);
      }
    });

    it('verifies with the parameters stored in the hash, not the current ones', async () => {
      const secret = newClientSecret();
      const cheaper = await hashSecret(secret, { N: 1024, r: 8, p: 1 });
      expect(cheaper.startsWith('scrypt$1024$8$1$')).toBe(true);
      await expect(verifySecret(secret, cheaper)).resolves.toBe(true);
    });

    it('treats a malformed stored value as a mismatch', async () => {
      const secret = newClientSecret();
      const stored = await hashSecret(secret);
      const parts = stored.split('$');
      for (const bad of [
        '',
        secret,
        `bcrypt$${parts.slice(1).join('$')}`,
        parts.slice(0, 5).join('$'),
        ['scrypt', 'x', ...parts.slice(2)].join('$'),
        ['scrypt', 1 << 24, ...parts.slice(2)].join('$'),
        [...parts.slice(0, 5), ''].join('$'),
      ]) {
        await expect(verifySecret(secret, bad)).resolves.toBe(false);
      }
    });
  });
});
