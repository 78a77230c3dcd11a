import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a dossier was received: its one-stop unit, told when the dossier is late. */
@Entity({ name: 'escalation_dossier' })
export class EscalationDossierEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'receiving_branch_id' })
  receivingBranchId!: string;
}
