import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DossierStatus } from '@motcua/contracts';

/**
 * A dossier's status and due date as reception's events tell them, whatever the order they
 * arrive in (the newest event wins): queues sort by it, assignments close on it.
 */
@Entity({ name: 'dossier_progress' })
export class DossierProgressEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  status!: DossierStatus;

  /** Null while the clock is paused. */
  @Column('timestamptz', { name: 'due_at', nullable: true })
  dueAt!: Date | null;

  /** Time of the event the row reflects. */
  @Column('timestamptz', { name: 'event_at' })
  eventAt!: Date;
}
