import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AttemptOutcome = 'SENT' | 'FAILED';

/** One send attempt of a delivery, recorded with the settlement it led to. */
@Entity({ name: 'delivery_attempt' })
@Index('ix_delivery_attempt_delivery', ['deliveryId', 'attempt'])
export class DeliveryAttemptEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'delivery_id' })
  deliveryId!: string;

  @Column('int')
  attempt!: number;

  @Column('timestamptz')
  at!: Date;

  @Column('text')
  outcome!: AttemptOutcome;

  @Column('int', { name: 'status_code', nullable: true })
  statusCode!: number | null;

  @Column('text', { nullable: true })
  error!: string | null;

  @Column('int', { name: 'duration_ms' })
  durationMs!: number;
}
