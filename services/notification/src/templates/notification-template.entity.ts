import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicantChannel, NotificationLanguage } from '@motcua/contracts';
import type { TemplateId } from './message-templates';

/**
 * One saved version of a tenant's template for (event type, channel, language). Versions are
 * never changed: a save adds the next one, and the newest is in force. Version 0 is the built-in
 * default and is not stored.
 */
@Entity({ name: 'notification_template' })
export class NotificationTemplateEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text', { name: 'event_type' })
  eventType!: TemplateId;

  @PrimaryColumn('text')
  channel!: ApplicantChannel;

  @PrimaryColumn('text')
  language!: NotificationLanguage;

  @PrimaryColumn('int')
  version!: number;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('text')
  body!: string;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
