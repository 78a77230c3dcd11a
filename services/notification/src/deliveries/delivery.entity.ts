import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { EventType } from '@motcua/contracts';
import type { DeliveryChannel } from '../channels/notification-channel';
import type { Locale, TemplateId } from '../templates/message-templates';

export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'FAILED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * One message to one recipient over one channel, rendered when the event was consumed and sent
 * later by the delivery worker. FAILED rows are the dead-letter record (a replay makes them
 * PENDING again). One per (event, channel, recipient); a webhook's recipient is its endpoint id.
 */
@Entity({ name: 'delivery' })
@Unique('uq_delivery_event_channel_recipient', ['eventId', 'channel', 'recipient'])
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
  channel!: DeliveryChannel;

  @Column('text')
  recipient!: string;

  /** The message template; for a webhook, the event type. */
  @Column('text')
  template!: TemplateId | EventType;

  @Column('text')
  locale!: Locale;

  /** The template version the text was rendered from (0: the built-in default). */
  @Column('int', { name: 'template_version', default: 0 })
  templateVersion!: number;

  @Column('text', { nullable: true })
  subject!: string | null;

  @Column('text')
  body!: string;

  @Column('text')
  status!: DeliveryStatus;

  /** Attempts in all, counting on across replays. */
  @Column('int', { default: 0 })
  attempts!: number;

  /** `attempts` when last replayed: the retry policy applies to the attempts since. */
  @Column('int', { name: 'attempts_base', default: 0 })
  attemptsBase!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { name: 'next_attempt_at' })
  nextAttemptAt!: Date;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;

  /** Who last re-queued it from the dead letters, and when. */
  @Column('text', { name: 'replayed_by', nullable: true })
  replayedBy!: string | null;

  @Column('timestamptz', { name: 'replayed_at', nullable: true })
  replayedAt!: Date | null;
}
