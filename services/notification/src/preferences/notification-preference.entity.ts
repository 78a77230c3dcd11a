import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicantChannel, NotificationLanguage } from '@motcua/contracts';

/**
 * How the applicant of one dossier wants to hear about it, as a citizen set it. Without a row,
 * every enabled channel is used in the default language.
 */
@Entity({ name: 'notification_preference' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'dossier_id' })
  dossierId!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text', { array: true })
  channels!: ApplicantChannel[];

  @Column('text')
  language!: NotificationLanguage;

  /** The citizen (platform subject) who set it. */
  @Column('text', { name: 'updated_by' })
  updatedBy!: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
