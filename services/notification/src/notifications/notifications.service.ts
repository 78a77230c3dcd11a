import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, type CloudEvent } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { ChannelRegistry } from '../channels/channel-registry';
import type { ChannelKind } from '../channels/notification-channel';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { DossierContactEntity } from '../contacts/dossier-contact.entity';
import { DossierContactsRepository } from '../contacts/dossier-contacts.repository';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { DeliveryEntity } from '../deliveries/delivery.entity';
import { composeMessage } from '../templates/message-composer';
import type { TemplateId } from '../templates/message-templates';
import type { TemplateVariables } from '../templates/template-renderer';
import { formatVietnamDateTime } from '../templates/vietnam-datetime';

/**
 * Turns dossier events into PENDING deliveries, one per enabled channel the applicant can be
 * reached on, rendered now (the text is what the applicant was told, kept with the delivery).
 * Runs inside the consumer's transaction; sending is the delivery worker's job.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly contacts: DossierContactsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly channels: ChannelRegistry,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  async dossierReceived(
    event: CloudEvent<'dossier.received.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const contact = Object.assign(new DossierContactEntity(), {
      dossierId: d.dossierId,
      tenantId: event.tenant,
      dossierCode: d.code,
      fullName: d.applicant.fullName,
      phone: d.applicant.phone,
      email: d.applicant.email,
      procedureName: d.procedureName,
      dueAt: new Date(d.dueAt),
    });
    await this.contacts.save(manager, contact);
    await this.plan(manager, event, contact, 'dossier-received', {
      fullName: contact.fullName,
      code: d.code,
      procedureName: d.procedureName,
      receivedAt: formatVietnamDateTime(new Date(d.receivedAt)),
      dueAt: formatVietnamDateTime(contact.dueAt),
    });
  }

  async dossierRouted(
    event: CloudEvent<'dossier.routed.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const contact = await this.contacts.find(manager, d.dossierId);
    // Another consumer applies `received`; failing here makes JetStream redeliver this later.
    if (!contact)
      throw new DomainError(
        ErrorCode.NotFound,
        `contact of dossier ${d.code} not known yet (dossier.received not applied); retry later`,
      );
    await this.plan(manager, event, contact, 'dossier-routed', {
      fullName: contact.fullName,
      code: d.code,
      procedureName: contact.procedureName,
      agencyName: d.agencyName,
      dueAt: formatVietnamDateTime(contact.dueAt),
    });
  }

  private async plan(
    manager: EntityManager,
    event: CloudEvent,
    contact: DossierContactEntity,
    template: TemplateId,
    variables: TemplateVariables,
  ): Promise<void> {
    const now = this.clock.now();
    const locale = this.config.NOTIFY_DEFAULT_LOCALE;
    const rows: DeliveryEntity[] = [];
    for (const channel of this.channels.enabledKinds()) {
      const recipient = recipientOf(contact, channel);
      if (!recipient) continue;
      const message = composeMessage(template, locale, channel, variables);
      rows.push(
        Object.assign(new DeliveryEntity(), {
          id: randomUUID(),
          tenantId: event.tenant,
          eventId: event.id,
          dossierCode: contact.dossierCode,
          channel,
          recipient,
          template,
          locale,
          subject: message.subject,
          body: message.body,
          status: 'PENDING' as const,
          attempts: 0,
          lastError: null,
          nextAttemptAt: now,
          createdAt: now,
          sentAt: null,
        }),
      );
    }
    await this.deliveries.insertPending(manager, rows);
  }
}

function recipientOf(contact: DossierContactEntity, channel: ChannelKind): string | null {
  const value = channel === 'EMAIL' ? contact.email : contact.phone;
  return value?.trim() || null;
}
