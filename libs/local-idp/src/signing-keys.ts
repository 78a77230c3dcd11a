import { generateKeyPair, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';

const generateRsaKeyPair = promisify(generateKeyPair);

/** A private JWK set for one provider; its public half is served at the provider's jwks_uri. */
export interface SigningKeySet {
  keys: Array<Record<string, unknown>>;
}

/** Fresh RS256 key for one provider, so each issuer's tokens verify only against its own JWKS. */
export async function generateSigningKeys(): Promise<SigningKeySet> {
  const { privateKey } = await generateRsaKeyPair('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { keys: [{ ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
}
