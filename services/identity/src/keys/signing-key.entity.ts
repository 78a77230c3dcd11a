import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A key identity signs platform access tokens with (ES256). Its schedule (see key-schedule.ts)
 * says when it signs and until when the JWKS publishes it.
 */
@Entity({ name: 'signing_key' })
export class SigningKeyEntity {
  /** RFC 7638 thumbprint of the public key: unique, and the `kid` of every token it signs. */
  @PrimaryColumn('text')
  kid!: string;

  @Column('text')
  alg!: string;

  /** The public JWK as published (kty, crv, x, y, kid, alg, use). */
  @Column('jsonb', { name: 'public_jwk' })
  publicJwk!: Record<string, string>;

  /**
   * PKCS#8 PEM. Anyone who reads it can mint platform tokens until the key is dropped: the
   * identity schema must be as closely guarded as a secret store.
   */
  @Column('text', { name: 'private_key_pem' })
  privateKeyPem!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'signs_from' })
  signsFrom!: Date;

  /** When its successor takes over; null while none is planned. */
  @Column('timestamptz', { name: 'signs_until', nullable: true })
  signsUntil!: Date | null;

  /** When the JWKS stops publishing it (its last token has expired); null while it signs. */
  @Column('timestamptz', { name: 'published_until', nullable: true })
  publishedUntil!: Date | null;
}
