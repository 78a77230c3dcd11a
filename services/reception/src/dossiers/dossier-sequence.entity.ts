import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last dossier sequence number issued per receiving unit and day. Incremented with an
 * upsert that locks the row, so concurrent receipts never draw the same number.
 */
@Entity({ name: 'dossier_sequence' })
export class DossierSequenceEntity {
  @PrimaryColumn('text', { name: 'unit_agency_code' })
  unitAgencyCode!: string;

  @PrimaryColumn('date')
  day!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('int', { name: 'last_value' })
  lastValue!: number;
}
