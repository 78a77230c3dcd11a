import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JWTPayload } from 'jose';
import type { Repository } from 'typeorm';
import { LoginHandoffEntity } from './login-handoff.entity';
import { LoginSessionEntity } from './login-session.entity';

export type NewLoginHandoff = Pick<
  LoginHandoffEntity,
  'codeHash' | 'sessionId' | 'issuer' | 'subject' | 'claims' | 'expiresAt'
>;

/** What a redemption checks: the code's state and what its session bound it to. */
export interface HandoffToCheck {
  id: string;
  expiresAt: Date;
  usedAt: Date | null;
  redirectUri: string;
  codeChallenge: string;
}

export interface RedeemedHandoff {
  issuer: string;
  subject: string;
  claims: JWTPayload;
}

interface RedeemedRow {
  issuer: string;
  subject: string;
  claims: JWTPayload | null;
}

@Injectable()
export class LoginHandoffsRepository {
  constructor(
    @InjectRepository(LoginHandoffEntity)
    private readonly handoffs: Repository<LoginHandoffEntity>,
  ) {}

  async create(handoff: NewLoginHandoff): Promise<void> {
    // save, not insert: insert's deep-partial type cannot take the claims' unknown values.
    await this.handoffs.save(this.handoffs.create({ ...handoff, usedAt: null }));
  }

  async findToCheck(codeHash: string): Promise<HandoffToCheck | null> {
    const row = await this.handoffs
      .createQueryBuilder('handoff')
      .innerJoin(LoginSessionEntity, 'session', 'session.id = handoff.session_id')
      .select('handoff.id', 'id')
      .addSelect('handoff.expires_at', 'expiresAt')
      .addSelect('handoff.used_at', 'usedAt')
      .addSelect('session.redirect_uri', 'redirectUri')
      .addSelect('session.code_challenge', 'codeChallenge')
      .where('handoff.code_hash = :codeHash', { codeHash })
      .getRawOne<HandoffToCheck>();
    return row ?? null;
  }

  /**
   * Marks the code used and answers whom it signed in, unless it was used meanwhile (null).
   * The claims are cleared in the same statement: the row keeps no personal data once redeemed.
   * The self-join reads the claims as they were before the update.
   */
  async markUsed(id: string, now: Date): Promise<RedeemedHandoff | null> {
    const table = this.handoffs.metadata.tablePath;
    const rows = await this.handoffs.query<RedeemedRow[]>(
      `WITH redeemed AS (
         UPDATE ${table} AS handoff SET used_at = $2, claims = NULL
         FROM ${table} AS before
         WHERE handoff.id = $1 AND before.id = handoff.id AND handoff.used_at IS NULL
         RETURNING handoff.issuer, handoff.subject, before.claims)
       SELECT * FROM redeemed`,
      [id, now],
    );
    const row = rows[0];
    return row ? { issuer: row.issuer, subject: row.subject, claims: row.claims ?? {} } : null;
  }
}
