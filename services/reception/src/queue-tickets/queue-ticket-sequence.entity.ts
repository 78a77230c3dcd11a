import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last number issued per branch, service group and Vietnam day. Incremented with an upsert
 * that locks the row, so two kiosks never print the same number.
 */
@Entity({ name: 'queue_ticket_sequence' })
export class QueueTicketSequenceEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text', { name: 'branch_id' })
  branchId!: string;

  @PrimaryColumn('text', { name: 'service_group_code' })
  serviceGroupCode!: string;

  @PrimaryColumn('date')
  day!: string;

  @Column('int', { name: 'last_value' })
  lastValue!: number;
}
