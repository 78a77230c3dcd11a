import { SignJWT } from 'jose';
import { DomainError, ErrorCode, type PublicJwk } from '@motcua/contracts';
import { FixedClock, type RpcClient } from '@motcua/platform';
import { waitFor } from '@motcua/testing';
import {
  signPlatformToken,
  staffClaims,
  testSigningKey,
  unsignedCopy,
  type TestSigningKey,
} from '../../test/support/platform-token.factory';
import { loadGatewayConfig } from '../config/gateway.config';
import { PlatformKeys } from './platform-keys.service';
import { PlatformTokenVerifier } from './platform-token.verifier';

const NOW_S = 1_800_000_000;
const NOW = new Date(NOW_S * 1000);

/** A verifier whose identity publishes `published()` (read on every key request). */
function setup(published: () => PublicJwk[], env: Record<string, string> = {}) {
  const request = jest.fn(() => Promise.resolve({ keys: published() }));
  const clock = new FixedClock(NOW);
  const config = loadGatewayConfig(env);
  const keys = new PlatformKeys({ request } as unknown as RpcClient, clock, config);
  return { verifier: new PlatformTokenVerifier(keys, clock, config), keys, request, clock };
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (err) {
    if (DomainError.is(err)) return err;
    throw err;
  }
  throw new Error('the token was accepted');
}

describe(PlatformTokenVerifier.name, () => {
  let current: TestSigningKey;
  let next: TestSigningKey;
  let stranger: TestSigningKey;

  beforeAll(async () => {
    [current, next, stranger] = await Promise.all([
      testSigningKey('key-1'),
      testSigningKey('key-2'),
      testSigningKey('key-1'),
    ]);
  });

  describe('verify', () => {
    it('answers the principal of a token signed by a published key', async () => {
      const { verifier } = setup(() => [current.jwk]);
      const token = await signPlatformToken(current, staffClaims(), { iat: NOW_S });
      await expect(verifier.verify(token)).resolves.toEqual({
        kind: 'STAFF',
        subject: 'demo.hanoi.receiver',
        tenant: 'hanoi',
        displayName: 'Nguyễn Thị Receiver',
        roles: ['RECEIVER'],
        branchIds: ['hn-ba-dinh'],
        agencyCodes: [],
        personalId: null,
        assurance: null,
        scopes: [],
        expiresAt: NOW_S + 300,
      });
    });

    it('maps an integrator token to its known scopes and a citizen token to no tenant', async () => {
      const { verifier } = setup(() => [current.jwk]);
      const integrator = await signPlatformToken(
        current,
        { kind: 'INTEGRATOR', tenant: 'hanoi', name: 'Portal', scope: 'dossier:read admin:all' },
        { iat: NOW_S, subject: 'portal' },
      );
      await expect(verifier.verify(integrator)).resolves.toMatchObject({
        kind: 'INTEGRATOR',
        tenant: 'hanoi',
        scopes: ['dossier:read'],
        roles: [],
      });
      const citizen = await signPlatformToken(
        current,
        {
          kind: 'CITIZEN',
          tenant: '',
          name: 'An',
          pid: '001090012345',
          acr: 2,
          roles: ['SUPERVISOR'],
        },
        { iat: NOW_S, subject: 'person-1' },
      );
      await expect(verifier.verify(citizen)).resolves.toMatchObject({
        kind: 'CITIZEN',
        tenant: '',
        personalId: '001090012345',
        assurance: 2,
        roles: [],
      });
    });

    it.each([
      ['a staff token without a tenant', { kind: 'STAFF', tenant: '', name: 'x' }],
      ['an unknown kind', { kind: 'ROBOT', tenant: 'hanoi', name: 'x' }],
      ['an unknown role', staffClaims({ roles: ['GOD'] })],
    ])('refuses %s with UNAUTHENTICATED', async (_, claims) => {
      const { verifier } = setup(() => [current.jwk]);
      const token = await signPlatformToken(current, claims, { iat: NOW_S });
      expect((await rejection(verifier.verify(token))).message).toBe(
        "The access token's claims do not describe a principal",
      );
    });

    it('refuses an expired token after the clock tolerance', async () => {
      const { verifier, clock } = setup(() => [current.jwk]);
      const token = await signPlatformToken(current, staffClaims(), { iat: NOW_S, ttlS: 60 });
      await verifier.verify(token);
      clock.advance(64_000); // within the 5 s of tolerance, and from the cache until exp
      await expect(verifier.verify(token)).resolves.toBeDefined();
      clock.advance(2_000);
      const error = await rejection(verifier.verify(token));
      expect(error).toMatchObject({
        code: ErrorCode.Unauthenticated,
        message: 'The access token has expired',
      });
    });

    it.each([
      [
        'a wrong issuer',
        { issuer: 'http://127.0.0.1/realms/hanoi' },
        'was not issued by this platform',
      ],
      ['a wrong audience', { audience: 'account' }, 'is not meant for this gateway'],
      ['an unknown key id', { kid: 'key-9' }, 'a key the platform does not know'],
    ])('refuses a token with %s', async (_, options, message) => {
      const { verifier } = setup(() => [current.jwk]);
      const token = await signPlatformToken(current, staffClaims(), { iat: NOW_S, ...options });
      const error = await rejection(verifier.verify(token));
      expect(error.code).toBe(ErrorCode.Unauthenticated);
      expect(error.message).toContain(message);
    });

    it('refuses a token signed by another key under a published key id', async () => {
      const { verifier } = setup(() => [current.jwk]);
      const forged = await signPlatformToken(stranger, staffClaims({ roles: ['TENANT_ADMIN'] }), {
        iat: NOW_S,
      });
      expect((await rejection(verifier.verify(forged))).message).toBe(
        'The access token signature is invalid',
      );
    });

    it('refuses unsigned tokens and HS256 tokens keyed with the public key', async () => {
      const { verifier } = setup(() => [current.jwk]);
      const good = await signPlatformToken(current, staffClaims(), { iat: NOW_S });
      const unsigned = unsignedCopy(good, { alg: 'none', kid: 'key-1' });
      const hmac = await new SignJWT(staffClaims())
        .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
        .setIssuer('urn:motcua:platform')
        .setAudience('motcua-gateway')
        .setSubject('demo.hanoi.receiver')
        .setIssuedAt(NOW_S)
        .setExpirationTime(NOW_S + 300)
        .setJti('j')
        .sign(new TextEncoder().encode(JSON.stringify(current.jwk)));
      for (const token of [unsigned, hmac]) {
        expect((await rejection(verifier.verify(token))).message).toContain(
          'not signed with the algorithm the platform uses',
        );
      }
    });

    it.each([['not-a-jwt-at-all.x.y'], ['eyJhbGciOiJFUzI1NiJ9.bm90IGpzb24.c2ln']])(
      'refuses the malformed token %j',
      async (token) => {
        const { verifier } = setup(() => [current.jwk]);
        const error = await rejection(verifier.verify(token));
        expect(error.code).toBe(ErrorCode.Unauthenticated);
      },
    );

    it('refuses a signed JWT that is not typed as an access token', async () => {
      const { verifier } = setup(() => [current.jwk]);
      const idToken = await new SignJWT(staffClaims())
        .setProtectedHeader({ alg: 'ES256', kid: 'key-1' })
        .setIssuer('urn:motcua:platform')
        .setAudience('motcua-gateway')
        .setSubject('demo.hanoi.receiver')
        .setIssuedAt(NOW_S)
        .setExpirationTime(NOW_S + 300)
        .setJti('j')
        .sign(current.privateKey);
      expect((await rejection(verifier.verify(idToken))).message).toContain('not an access token');
    });

    it('refuses a token without a jti', async () => {
      const { verifier } = setup(() => [current.jwk]);
      const token = await new SignJWT(staffClaims())
        .setProtectedHeader({ alg: 'ES256', kid: 'key-1', typ: 'at+jwt' })
        .setIssuer('urn:motcua:platform')
        .setAudience('motcua-gateway')
        .setSubject('demo.hanoi.receiver')
        .setIssuedAt(NOW_S)
        .setExpirationTime(NOW_S + 300)
        .sign(current.privateKey);
      expect((await rejection(verifier.verify(token))).message).toContain('"jti"');
    });

    it('verifies against the issuer the configuration names', async () => {
      const { verifier } = setup(() => [current.jwk], { PLATFORM_TOKEN_ISSUER: 'https://id.vn' });
      const token = await signPlatformToken(current, staffClaims(), {
        iat: NOW_S,
        issuer: 'https://id.vn',
      });
      await expect(verifier.verify(token)).resolves.toMatchObject({
        subject: 'demo.hanoi.receiver',
      });
    });

    it('passes SERVICE_UNAVAILABLE on when identity cannot be asked for its keys', async () => {
      const { verifier, request } = setup(() => [current.jwk]);
      request.mockRejectedValueOnce(new DomainError(ErrorCode.Unavailable, 'No service answers'));
      const token = await signPlatformToken(current, staffClaims(), { iat: NOW_S });
      expect((await rejection(verifier.verify(token))).code).toBe(ErrorCode.Unavailable);
      await expect(verifier.verify(token)).resolves.toBeDefined();
    });
  });

  describe(PlatformKeys.name, () => {
    it('fetches the keys again when a token names a new key, at most once per cooldown', async () => {
      let published = [current.jwk];
      const { verifier, request, clock } = setup(() => published);
      await verifier.verify(await signPlatformToken(current, staffClaims(), { iat: NOW_S }));
      expect(request).toHaveBeenCalledTimes(1);

      // Sprayed key ids within the cooldown cost identity nothing.
      for (const kid of ['k-a', 'k-b', 'k-c']) {
        const sprayed = await signPlatformToken(stranger, staffClaims(), { iat: NOW_S, kid });
        await rejection(verifier.verify(sprayed));
      }
      expect(request).toHaveBeenCalledTimes(1);

      // identity starts signing with a new key: after the cooldown, its first token fetches it.
      published = [current.jwk, next.jwk];
      clock.advance(30_000);
      const rotated = await signPlatformToken(next, staffClaims(), { iat: NOW_S + 30 });
      await expect(verifier.verify(rotated)).resolves.toBeDefined();
      expect(request).toHaveBeenCalledTimes(2);
    });

    it('refreshes stale keys in the background and forgets verdicts of removed keys', async () => {
      let published = [current.jwk];
      const { verifier, keys, request, clock } = setup(() => published);
      const token = await signPlatformToken(current, staffClaims(), { iat: NOW_S, ttlS: 900 });
      await verifier.verify(token);

      // The key is retired: the next refresh (the set is 300 s old) drops it.
      published = [next.jwk];
      clock.advance(300_000);
      await verifier.verify(token); // still valid while the new set loads
      expect(request).toHaveBeenCalledTimes(2);
      await waitFor(async () => (await keys.publicKeys())[0]?.kid === 'key-2');
      expect((await rejection(verifier.verify(token))).message).toContain('does not know');
      expect(request).toHaveBeenCalledTimes(2);
    });

    it('publishes only the public members of ES256 keys', async () => {
      const leaked = { ...current.jwk, d: 'private-part' };
      const rsa = {
        kty: 'RSA',
        kid: 'rsa',
        alg: 'RS256',
        use: 'sig',
        n: 'x',
        e: 'AQAB',
      } as PublicJwk;
      const { keys } = setup(() => [leaked, rsa]);
      await expect(keys.publicKeys()).resolves.toEqual([current.jwk]);
    });
  });
});
