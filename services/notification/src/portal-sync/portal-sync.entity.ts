import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PortalSyncState } from '@motcua/contracts';
import type { PortalDraft } from './portal-draft';

/**
 * One dossier's sync with the national portal: the snapshot built from its events (`draft`,
 * `version` = events applied) and how far the portal has it (`syncedVersion`). One row per
 * dossier, so one send at a time per dossier and never an update before the insert.
 */
@Entity({ name: 'portal_sync' })
@Index('ix_portal_sync_due', ['nextAttemptAt'], { where: "state = 'PENDING'" })
@Index('ix_portal_sync_received', ['tenantId', 'receivedAt'])
export class PortalSyncEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text')
  state!: PortalSyncState;

  @Column('jsonb')
  draft!: PortalDraft;

  /** Events applied to the draft. */
  @Column('int')
  version!: number;

  /** The version the portal acknowledged last (0: never). */
  @Column('int', { name: 'synced_version', default: 0 })
  syncedVersion!: number;

  /** The portal acknowledged the INSERT: every later send is an UPDATE. */
  @Column('boolean', { default: false })
  inserted!: boolean;

  /** Attempts of the current (or last successful) send. */
  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('timestamptz', { name: 'synced_at', nullable: true })
  syncedAt!: Date | null;

  /** When the dossier was received (from its received/registered event), for the report. */
  @Column('timestamptz', { name: 'received_at', nullable: true })
  receivedAt!: Date | null;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
