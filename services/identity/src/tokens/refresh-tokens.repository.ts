import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity';

export type NewRefreshToken = Omit<RefreshTokenEntity, 'id' | 'usedAt' | 'revokedAt'>;

/** What presenting a refresh token came to. */
export type ConsumedRefreshToken =
  | { status: 'consumed'; token: RefreshTokenEntity }
  | { status: 'unknown' }
  | { status: 'expired' }
  /** Used or revoked before: its family is revoked now. */
  | { status: 'reused' };

@Injectable()
export class RefreshTokensRepository {
  constructor(
    @InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>,
  ) {}

  async insert(token: NewRefreshToken): Promise<void> {
    await this.tokens.insert(token);
  }

  /**
   * Marks a live token used, once: of two concurrent uses, the second finds it used (and revokes
   * the family, as for any reuse).
   */
  consume(tokenHash: string, now: Date): Promise<ConsumedRefreshToken> {
    return this.tokens.manager.transaction(async (m) => {
      const token = await m.findOne(RefreshTokenEntity, {
        where: { tokenHash },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { status: 'unknown' };
      if (token.usedAt !== null || token.revokedAt !== null) {
        await revokeFamily(m, token.familyId, now);
        return { status: 'reused' };
      }
      if (token.expiresAt <= now) return { status: 'expired' };
      await m.update(RefreshTokenEntity, { id: token.id }, { usedAt: now });
      return { status: 'consumed', token: { ...token, usedAt: now } };
    });
  }

  /** Revokes the family of the token with this hash; false when no token has it. */
  revokeByHash(tokenHash: string, now: Date): Promise<boolean> {
    return this.tokens.manager.transaction(async (m) => {
      const token = await m.findOneBy(RefreshTokenEntity, { tokenHash });
      if (!token) return false;
      await revokeFamily(m, token.familyId, now);
      return true;
    });
  }

  async revokeFamily(familyId: string, now: Date): Promise<void> {
    await revokeFamily(this.tokens.manager, familyId, now);
  }

  /**
   * Deletes the families whose every token expired before `before`. Live families keep their
   * used tokens: presenting one again must still revoke the family.
   */
  async deleteExpiredFamilies(before: Date): Promise<number> {
    const result = await this.tokens
      .createQueryBuilder()
      .delete()
      .from(RefreshTokenEntity)
      .where(
        `family_id IN (SELECT family_id FROM ${this.tokens.metadata.tablePath} GROUP BY family_id HAVING max(expires_at) < :before)`,
        { before },
      )
      .execute();
    return result.affected ?? 0;
  }
}

async function revokeFamily(m: EntityManager, familyId: string, now: Date): Promise<void> {
  await m.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: now });
}
