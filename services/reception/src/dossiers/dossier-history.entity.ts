import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DossierCommandType, DossierStatus } from '@motcua/contracts';

/** Every status change (append-only: a trigger refuses updates and deletes) of a dossier, who made it and why (the process control sheet's spine). */
@Entity({ name: 'dossier_history' })
@Index('ix_dossier_history_dossier', ['dossierId', 'at'])
export class DossierHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('timestamptz')
  at!: Date;

  /** The status before the change; null for the first entry. */
  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: DossierStatus | null;

  @Column('text')
  status!: DossierStatus;

  /** The lifecycle command that made the change; null for receipt and routing. */
  @Column('text', { nullable: true })
  command!: DossierCommandType | null;

  @Column('jsonb', { nullable: true })
  details!: Record<string, unknown> | null;

  @Column('smallint', { name: 'national_status_code' })
  nationalStatusCode!: number;

  @Column('text')
  actor!: string;

  @Column('text', { nullable: true })
  reason!: string | null;
}
