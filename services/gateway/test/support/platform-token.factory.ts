import {
  exportJWK,
  generateKeyPair,
  SignJWT,
  type GenerateKeyPairResult,
  type JWTPayload,
} from 'jose';
import { PLATFORM_TOKEN_AUDIENCE, type PublicJwk } from '@motcua/contracts';

export const TEST_PLATFORM_ISSUER = 'urn:motcua:platform';

/** An ES256 key pair with its public JWK as identity publishes it. */
export interface TestSigningKey {
  kid: string;
  privateKey: GenerateKeyPairResult['privateKey'];
  publicKey: GenerateKeyPairResult['publicKey'];
  jwk: PublicJwk;
}

export async function testSigningKey(kid: string): Promise<TestSigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const exported = await exportJWK(publicKey);
  const jwk: PublicJwk = {
    kty: 'EC',
    crv: String(exported.crv),
    x: String(exported.x),
    y: String(exported.y),
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  return { kid, privateKey, publicKey, jwk };
}

/** Claims of a hanoi receiver's platform token; override any of them. */
export const staffClaims = (overrides: JWTPayload = {}): JWTPayload => ({
  kind: 'STAFF',
  tenant: 'hanoi',
  name: 'Nguyễn Thị Receiver',
  roles: ['RECEIVER'],
  branches: ['hn-ba-dinh'],
  agencies: [],
  ...overrides,
});

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  iat?: number;
  /** Seconds of life; default 300. */
  ttlS?: number;
  issuer?: string;
  audience?: string;
  subject?: string;
  kid?: string;
  jti?: string;
}

/** A platform token signed with `key` (as identity would, unless the options say otherwise). */
export function signPlatformToken(
  key: Pick<TestSigningKey, 'kid' | 'privateKey'>,
  claims: JWTPayload = staffClaims(),
  options: SignOptions = {},
): Promise<string> {
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? key.kid, typ: 'at+jwt' })
    .setIssuer(options.issuer ?? TEST_PLATFORM_ISSUER)
    .setAudience(options.audience ?? PLATFORM_TOKEN_AUDIENCE)
    .setSubject(options.subject ?? 'demo.hanoi.receiver')
    .setIssuedAt(iat)
    .setExpirationTime(iat + (options.ttlS ?? 300))
    .setJti(options.jti ?? `jti-${Math.random().toString(36).slice(2)}`)
    .sign(key.privateKey);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT (`alg: none`) with the payload of `token` and the header `header`. */
export function unsignedCopy(token: string, header: Record<string, unknown> = { alg: 'none' }) {
  return `${base64url(header)}.${token.split('.')[1]}.`;
}
