import type { JWTPayload } from 'jose';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LoginSessionEntity } from './login-session.entity';

/**
 * The one-time code a completed sign-in hands to the app, with whom the upstream issuer signed
 * in. Redeemed once, within a minute, with the app's PKCE verifier; the claims are cleared then.
 */
@Entity({ name: 'login_handoff' })
@Index('uq_login_handoff_code_hash', ['codeHash'], { unique: true })
@Index('uq_login_handoff_session', ['sessionId'], { unique: true })
export class LoginHandoffEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SHA-256 of the code (base64url); the code itself is never stored. */
  @Column('text', { name: 'code_hash' })
  codeHash!: string;

  @Column('uuid', { name: 'session_id' })
  sessionId!: string;

  @ManyToOne(() => LoginSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: LoginSessionEntity;

  @Column('text')
  issuer!: string;

  @Column('text')
  subject!: string;

  /** The ID token's claims (with userinfo's when configured); null once redeemed. */
  @Column('jsonb', { nullable: true })
  claims!: JWTPayload | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;
}
