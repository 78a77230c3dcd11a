import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * Events waiting to be published, written in the same transaction as the state change that
 * raised them (transactional outbox). The relay deletes a row once JetStream has it.
 */
@Entity({ name: 'outbox' })
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Index('uq_outbox_event_id', { unique: true })
  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text')
  subject!: string;

  @Column('jsonb')
  envelope!: Record<string, unknown>;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Events a consumer has applied, written in the same transaction as the effect (idempotency). */
@Entity({ name: 'processed_event' })
export class ProcessedEventEntity {
  @PrimaryColumn('text')
  consumer!: string;

  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @CreateDateColumn({ name: 'processed_at', type: 'timestamptz' })
  processedAt!: Date;
}

/** Events a consumer gave up on (unparseable, or failing past the redelivery bound). */
@Entity({ name: 'dead_letter' })
export class DeadLetterEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('text')
  consumer!: string;

  @Column('text')
  subject!: string;

  @Column('uuid', { name: 'event_id', nullable: true })
  eventId!: string | null;

  @Column('text')
  payload!: string;

  @Column('text')
  error!: string;

  @Column('int')
  deliveries!: number;

  @CreateDateColumn({ name: 'failed_at', type: 'timestamptz' })
  failedAt!: Date;
}

export const PLATFORM_ENTITIES = [OutboxEntity, ProcessedEventEntity, DeadLetterEntity];
