import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { ChannelKind } from '../channels/notification-channel';
import type { Locale, TemplateId } from '../templates/message-templates';

export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One message to one recipient over one channel, rendered when the event was consumed and sent
 * later by the delivery worker. FAILED rows are the dead-letter record. One per event and channel.
 */
@Entity({ name: 'delivery' })
@Unique('uq_delivery_event_channel', ['eventId', 'channel'])
@Index('ix_delivery_dossier', ['tenantId', 'dossierCode'])
@Index('ix_delivery_due', ['nextAttemptAt'], { where: "status = 'PENDING'" })
export class DeliveryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text')
  channel!: ChannelKind;

  @Column('text')
  recipient!: string;

  @Column('text')
  template!: TemplateId;

  @Column('text')
  locale!: Locale;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('text')
  body!: string;

  @Column('text')
  status!: DeliveryStatus;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
