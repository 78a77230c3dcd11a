import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DossierStatus } from '@motcua/contracts';

/** Every status change of a dossier, who made it and why (the process control sheet's spine). */
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

  @Column('text')
  status!: DossierStatus;

  @Column('smallint', { name: 'national_status_code' })
  nationalStatusCode!: number;

  @Column('text')
  actor!: string;

  @Column('text', { nullable: true })
  reason!: string | null;
}
