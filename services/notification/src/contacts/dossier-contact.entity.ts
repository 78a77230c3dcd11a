import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What notification needs to know of a dossier to reach its applicant, kept from
 * `dossier.received` (later events carry no contact data). A projection: reception owns it.
 */
@Entity({ name: 'dossier_contact' })
export class DossierContactEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text', { name: 'full_name' })
  fullName!: string;

  @Column('text')
  phone!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { name: 'procedure_name' })
  procedureName!: string;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;
}
