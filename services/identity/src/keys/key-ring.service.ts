import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  calculateJwkThumbprint,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  importPKCS8,
  type CryptoKey,
} from 'jose';
import { DomainError, ErrorCode, type PublicJwk } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import {
  hasNextKeyAt,
  planKeyRing,
  publishedKeysAt,
  signingKeyAt,
  type PlannedKey,
  type RotationPolicy,
} from './key-schedule';
import { SigningKeyEntity } from './signing-key.entity';
import { SigningKeysRepository } from './signing-keys.repository';

export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  alg: typeof SIGNING_ALGORITHM;
  key: CryptoKey;
}

/**
 * identity's signing keys: one signs, the next is already published so verifiers know it before
 * it signs, retired ones stay published until their tokens have expired. The stored schedule
 * decides (key-schedule.ts); this keeps a copy of it, and brings it up to date (`check`) at boot,
 * periodically, and whenever the copy has no signing or no next key for the present moment.
 */
@Injectable()
export class KeyRing {
  private readonly logger = new Logger(KeyRing.name);
  private keys: SigningKeyEntity[] = [];
  private checking?: Promise<void>;
  private readonly privateKeys = new Map<string, Promise<CryptoKey>>();
  private readonly policy: RotationPolicy;

  constructor(
    private readonly repository: SigningKeysRepository,
    @Inject(IDENTITY_CONFIG) config: IdentityConfig,
    private readonly clock: Clock,
  ) {
    this.policy = {
      rotationMs: config.IDENTITY_KEY_ROTATION_DAYS * 24 * 3600 * 1000,
      publishLeadMs: config.IDENTITY_KEY_PUBLISH_LEAD_S * 1000,
      retiredKeyPublishedMs:
        (config.IDENTITY_ACCESS_TOKEN_TTL_S + config.IDENTITY_CLOCK_TOLERANCE_S) * 1000,
    };
  }

  /** Rotates when due and drops expired keys; concurrent calls (and replicas) share one change. */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /** The key to sign with now. */
  async signingKey(): Promise<SigningKey> {
    const key = signingKeyAt(await this.currentKeys(), this.clock.now());
    if (!key) throw new DomainError(ErrorCode.Unavailable, 'No signing key is available yet');
    let privateKey = this.privateKeys.get(key.kid);
    if (!privateKey) {
      privateKey = importPKCS8(key.privateKeyPem, SIGNING_ALGORITHM);
      this.privateKeys.set(key.kid, privateKey);
    }
    return { kid: key.kid, alg: SIGNING_ALGORITHM, key: await privateKey };
  }

  /** The JWKS: the signing key, the next one and the retired ones whose tokens may still live. */
  async publishedKeys(): Promise<PublicJwk[]> {
    return publishedKeysAt(await this.currentKeys(), this.clock.now()).map(publicJwkOf);
  }

  private async currentKeys(): Promise<SigningKeyEntity[]> {
    const now = this.clock.now();
    if (!signingKeyAt(this.keys, now) || !hasNextKeyAt(this.keys, now)) await this.check();
    return this.keys;
  }

  private async runCheck(): Promise<void> {
    const now = this.clock.now();
    this.keys = await this.repository.change(async (stored) => {
      const plan = planKeyRing(stored, now, this.policy);
      const insert = await Promise.all(plan.create.map((planned) => this.generate(planned, now)));
      for (const key of insert) {
        this.logger.log(
          `signing key ${key.kid} created: signs from ${key.signsFrom.toISOString()}`,
        );
      }
      for (const kid of plan.drop)
        this.logger.log(`signing key ${kid} dropped: its tokens expired`);
      return { insert, retire: plan.retire, drop: plan.drop };
    });
    const live = new Set(this.keys.map((key) => key.kid));
    for (const kid of this.privateKeys.keys()) if (!live.has(kid)) this.privateKeys.delete(kid);
  }

  private async generate(planned: PlannedKey, now: Date): Promise<SigningKeyEntity> {
    const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALGORITHM, {
      extractable: true,
    });
    const { kty, crv, x, y } = await exportJWK(publicKey);
    if (!kty || !crv || !x || !y) throw new Error('exported EC public key lacks kty/crv/x/y');
    const kid = await calculateJwkThumbprint({ kty, crv, x, y }, 'sha256');
    return Object.assign(new SigningKeyEntity(), {
      kid,
      alg: SIGNING_ALGORITHM,
      publicJwk: { kty, crv, x, y },
      privateKeyPem: await exportPKCS8(privateKey),
      createdAt: now,
      ...planned,
    });
  }
}

function publicJwkOf(key: SigningKeyEntity): PublicJwk {
  return { ...key.publicJwk, kty: key.publicJwk.kty, kid: key.kid, alg: key.alg, use: 'sig' };
}
