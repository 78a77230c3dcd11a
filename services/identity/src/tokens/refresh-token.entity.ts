import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh token, kept as the SHA-256 of the opaque value handed out. Each use rotates it: the
 * used one is marked, a new one of the same family (one sign-in) is issued; a used or revoked
 * token presented again revokes its whole family (reuse detection, OAuth 2.0 Security BCP).
 */
@Entity({ name: 'refresh_token' })
@Index('uq_refresh_token_hash', ['tokenHash'], { unique: true })
@Index('ix_refresh_token_family', ['familyId'])
@Index('ix_refresh_token_expires', ['expiresAt'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'family_id' })
  familyId!: string;

  /** base64url SHA-256 of the token. */
  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  /** STAFF or CITIZEN: integrators get no refresh tokens. */
  @Column('text')
  kind!: string;

  /** The platform token's `sub`: staff IdP subject, or the person id. */
  @Column('text')
  subject!: string;

  /** Staff: their tenant; citizens: ''. */
  @Column('text')
  tenant!: string;

  /** Citizens: the assurance level of the sign-in, kept for the tokens refreshed from it. */
  @Column('smallint', { nullable: true })
  assurance!: number | null;

  /** Citizens: the personal ID sealed with this token (token-sealed-secret.ts), never in clear. */
  @Column('text', { name: 'sealed_personal_id', nullable: true })
  sealedPersonalId!: string | null;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
