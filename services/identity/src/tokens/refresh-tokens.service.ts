import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import type { TokenSubject } from './platform-token-claims';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { openWithToken, sealWithToken } from './token-sealed-secret';

/** What a redeemed refresh token says about its session; the principal is read again from it. */
export interface RefreshSession {
  familyId: string;
  kind: 'STAFF' | 'CITIZEN';
  subject: string;
  tenant: string;
  personalId: string | null;
  assurance: 1 | 2 | null;
}

/** Keep expired families a day: a late reuse still finds its family (and is refused as expired). */
const EXPIRED_FAMILY_RETENTION_MS = 24 * 3600 * 1000;

const invalidGrant = (message: string) => new DomainError(ErrorCode.InvalidGrant, message);

/**
 * Refresh tokens: 256 random bits, base64url, stored as a SHA-256 hash. Staff and citizens get
 * them (with per-kind lifetimes); integrators do not, they hold their client credentials.
 */
@Injectable()
export class RefreshTokensService {
  private readonly logger = new Logger(RefreshTokensService.name);

  constructor(
    private readonly repository: RefreshTokensRepository,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    private readonly clock: Clock,
  ) {}

  /** A new refresh token for `subject`, in `familyId` or a new family; none for integrators. */
  async issue(subject: TokenSubject, familyId: string = randomUUID()): Promise<string | undefined> {
    if (subject.kind === 'INTEGRATOR') return undefined;
    const ttlSeconds =
      subject.kind === 'STAFF'
        ? this.config.IDENTITY_REFRESH_TOKEN_TTL_S
        : this.config.IDENTITY_CITIZEN_REFRESH_TOKEN_TTL_S;
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.repository.insert({
      familyId,
      tokenHash: hashOf(token),
      kind: subject.kind,
      subject: subject.subject,
      tenant: subject.tenant,
      assurance: subject.assurance,
      sealedPersonalId:
        subject.personalId === null ? null : sealWithToken(token, subject.personalId),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + ttlSeconds * 1000),
    });
    return token;
  }

  /**
   * Uses a refresh token up: answers its session, or INVALID_GRANT when it is unknown, expired,
   * or was used or revoked before (then its whole family is revoked: someone replays it).
   */
  async redeem(token: string): Promise<RefreshSession> {
    const result = await this.repository.consume(hashOf(token), this.clock.now());
    switch (result.status) {
      case 'unknown':
      case 'expired':
        throw invalidGrant('The refresh token is unknown or has expired');
      case 'reused':
        this.logger.warn('a used or revoked refresh token was presented: its family is revoked');
        throw invalidGrant('The refresh token was already used: sign in again');
      case 'consumed':
        break;
    }
    const { token: row } = result;
    if (row.kind !== 'STAFF' && row.kind !== 'CITIZEN') {
      throw invalidGrant('The refresh token is unknown or has expired');
    }
    return {
      familyId: row.familyId,
      kind: row.kind,
      subject: row.subject,
      tenant: row.tenant,
      personalId: row.sealedPersonalId === null ? null : openWithToken(token, row.sealedPersonalId),
      assurance: row.assurance === 1 || row.assurance === 2 ? row.assurance : null,
    };
  }

  /** Revokes the token's family (sign-out); false for a token identity never issued. */
  revoke(token: string): Promise<boolean> {
    return this.repository.revokeByHash(hashOf(token), this.clock.now());
  }

  revokeFamily(familyId: string): Promise<void> {
    return this.repository.revokeFamily(familyId, this.clock.now());
  }

  /** Deletes sign-in families that have expired for a day. */
  deleteExpired(): Promise<number> {
    return this.repository.deleteExpiredFamilies(
      new Date(this.clock.now().getTime() - EXPIRED_FAMILY_RETENTION_MS),
    );
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
