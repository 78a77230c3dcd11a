import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An API client of an integrator of one tenant (the national portal, a branch frontend, a
 * kiosk): it signs in with its client id and secret (client_credentials) and acts with its
 * scopes. Secrets are kept only as scrypt hashes; the one before the last rotation keeps working
 * until `previousSecretValidUntil`, so the integrator can roll over without downtime.
 */
@Entity({ name: 'api_client' })
@Index('uq_api_client_client_id', ['clientId'], { unique: true })
@Index('ix_api_client_tenant', ['tenantId', 'createdAt'])
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  /** Public and random (`mc_…`): it names the client, it proves nothing. */
  @Column('text', { name: 'client_id' })
  clientId!: string;

  @Column('text')
  name!: string;

  @Column('text', { array: true })
  scopes!: string[];

  /** `scrypt$N$r$p$salt$hash` (see client-secret.ts). */
  @Column('text', { name: 'secret_hash' })
  secretHash!: string;

  @Column('text', { name: 'previous_secret_hash', nullable: true })
  previousSecretHash!: string | null;

  @Column('timestamptz', { name: 'previous_secret_valid_until', nullable: true })
  previousSecretValidUntil!: Date | null;

  @Column('timestamptz', { name: 'secret_rotated_at' })
  secretRotatedAt!: Date;

  /** False once revoked: a revoked client never signs in again. */
  @Column('boolean', { default: true })
  active!: boolean;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Sign-in subject of the administrator who registered it. */
  @Column('text', { name: 'created_by' })
  createdBy!: string;
}
