import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a dossier was received (its one-stop unit, told when it is late) and when it is due. */
@Entity({ name: 'escalation_dossier' })
export class EscalationDossierEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'receiving_branch_id' })
  receivingBranchId!: string;

  /** The due date at receipt; null for dossiers remembered before it was kept. */
  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;
}
