import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { LoginSessionEntity } from './login-session.entity';

export type NewLoginSession = Omit<LoginSessionEntity, 'id' | 'completedAt'>;

interface SessionRow {
  id: string;
  issuer: string;
  nonce: string;
  code_verifier: string;
  callback_url: string;
  redirect_uri: string;
  app_state: string | null;
}

/** The sign-in sessions that `completeOnce` ends; the fields the callback needs. */
export type CompletedSession = Pick<
  LoginSessionEntity,
  'id' | 'issuer' | 'nonce' | 'codeVerifier' | 'callbackUrl' | 'redirectUri' | 'appState'
>;

@Injectable()
export class LoginSessionsRepository {
  constructor(
    @InjectRepository(LoginSessionEntity)
    private readonly sessions: Repository<LoginSessionEntity>,
  ) {}

  async create(session: NewLoginSession): Promise<void> {
    await this.sessions.insert(session);
  }

  /**
   * Marks the session of this state completed and answers it, if it exists, is not completed
   * and has not expired at `now`; else null. One statement: of two callbacks with the same state
   * only one gets the session.
   */
  async completeOnce(stateHash: string, now: Date): Promise<CompletedSession | null> {
    const table = this.sessions.metadata.tablePath;
    const rows = await this.sessions.query<SessionRow[]>(
      `WITH completed AS (
         UPDATE ${table} SET completed_at = $2
         WHERE state_hash = $1 AND completed_at IS NULL AND expires_at > $2
         RETURNING id, issuer, nonce, code_verifier, callback_url, redirect_uri, app_state)
       SELECT * FROM completed`,
      [stateHash, now],
    );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          issuer: row.issuer,
          nonce: row.nonce,
          codeVerifier: row.code_verifier,
          callbackUrl: row.callback_url,
          redirectUri: row.redirect_uri,
          appState: row.app_state,
        }
      : null;
  }

  /** Drops sessions (and their one-time codes) that expired before `before`. */
  async deleteExpired(before: Date): Promise<void> {
    await this.sessions
      .createQueryBuilder()
      .delete()
      .where('expires_at < :before', { before })
      .execute();
  }
}
