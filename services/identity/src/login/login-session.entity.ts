import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in under way at an upstream issuer: what the callback needs to finish it (the state's
 * hash, the nonce and the upstream PKCE verifier) and what the app asked for (its redirect URI,
 * its PKCE challenge, its state). Completed once; ten minutes to do it.
 */
@Entity({ name: 'login_session' })
@Index('uq_login_session_state_hash', ['stateHash'], { unique: true })
@Index('ix_login_session_expires_at', ['expiresAt'])
export class LoginSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** SHA-256 of the `state` sent upstream (base64url): the callback finds the session by it. */
  @Column('text', { name: 'state_hash' })
  stateHash!: string;

  /** The upstream issuer URL (a configured issuer). */
  @Column('text')
  issuer!: string;

  @Column('text')
  nonce!: string;

  /** PKCE verifier of the upstream authorization request. */
  @Column('text', { name: 'code_verifier' })
  codeVerifier!: string;

  /** The gateway's callback URL the upstream issuer redirects to. */
  @Column('text', { name: 'callback_url' })
  callbackUrl!: string;

  /** The app URL that receives the one-time code (one of IDENTITY_APP_REDIRECT_URIS). */
  @Column('text', { name: 'redirect_uri' })
  redirectUri!: string;

  /** The app's S256 PKCE challenge for the one-time code. */
  @Column('text', { name: 'code_challenge' })
  codeChallenge!: string;

  @Column('text', { name: 'app_state', nullable: true })
  appState!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  /** When the callback came back; a session completes once. */
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;
}
