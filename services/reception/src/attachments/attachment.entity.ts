import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AttachmentContentType, AttachmentStatus } from '@motcua/contracts';

/** A scanned component of a dossier; the bytes live in the gateway's object store under `id`. */
@Entity({ name: 'attachment' })
@Index('ix_attachment_dossier', ['dossierId', 'createdAt'])
export class AttachmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text', { name: 'component_name' })
  componentName!: string;

  @Column('text', { name: 'file_name' })
  fileName!: string;

  /** Declared at request; replaced by the type sniffed from the bytes on completion. */
  @Column('text', { name: 'content_type' })
  contentType!: AttachmentContentType;

  /** Declared at request; the stored byte count on completion. */
  @Column('int')
  size!: number;

  @Column('text', { nullable: true })
  sha256!: string | null;

  @Column('text')
  status!: AttachmentStatus;

  @Column('text', { name: 'requested_by' })
  requestedBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'stored_at', nullable: true })
  storedAt!: Date | null;
}
