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
import { NotificationPreferencesRepository } from '../preferences/notification-preferences.repository';
import { renderTexts } from '../templates/message-composer';
import type { TemplateId } from '../templates/message-templates';
import { NotificationTemplatesService } from '../templates/notification-templates.service';
import type { TemplateVariables } from '../templates/template-renderer';
import { formatVietnamDateTime } from '../templates/vietnam-datetime';

/**
 * Turns dossier events into PENDING deliveries, one per enabled channel the applicant can be
 * reached on and chose, rendered now in their language from the tenant's template in force (the
 * text and its template version are kept with the delivery: what the applicant was told).
 * Runs inside the consumer's transaction; sending is the delivery worker's job.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly contacts: DossierContactsRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly channels: ChannelRegistry,
    private readonly templates: NotificationTemplatesService,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_CONFIG) private readonly config: NotificationConfig,
  ) {}

  /**
   * An online dossier registered, not yet accepted: no message (the applicant just submitted
   * it), but its contact is kept, since a supplement may be requested before acceptance.
   */
  async dossierRegistered(
    event: CloudEvent<'dossier.registered.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    await this.saveContact(event, manager);
  }

  async dossierReceived(
    event: CloudEvent<'dossier.received.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    const contact = await this.saveContact(event, manager);
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
    const contact = await this.knownContact(manager, d.dossierId, d.code);
    await this.plan(manager, event, contact, 'dossier-routed', {
      fullName: contact.fullName,
      code: d.code,
      procedureName: contact.procedureName,
      agencyName: d.agencyName,
      dueAt: formatVietnamDateTime(contact.dueAt),
    });
  }

  /** A supplement was requested or the result is ready: the applicant hears of it. */
  async dossierTransitioned(
    event: CloudEvent<'dossier.transitioned.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const d = event.data;
    if (d.to !== 'SUPPLEMENT_REQUESTED' && d.to !== 'RESULT_READY') return;
    const contact = await this.knownContact(manager, d.dossierId, d.code);
    const common = {
      fullName: contact.fullName,
      code: d.code,
      procedureName: contact.procedureName,
    };
    if (d.to === 'SUPPLEMENT_REQUESTED')
      await this.plan(manager, event, contact, 'dossier-supplement-requested', {
        ...common,
        missingComponents: missingComponentsOf(d.details),
        requestedAt: formatVietnamDateTime(new Date(d.at)),
      });
    else
      await this.plan(manager, event, contact, 'dossier-result-ready', {
        ...common,
        readyAt: formatVietnamDateTime(new Date(d.at)),
      });
  }

  private async saveContact(
    event: CloudEvent<'dossier.received.v1'> | CloudEvent<'dossier.registered.v1'>,
    manager: EntityManager,
  ): Promise<DossierContactEntity> {
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
    return contact;
  }

  private async knownContact(
    manager: EntityManager,
    dossierId: string,
    code: string,
  ): Promise<DossierContactEntity> {
    const contact = await this.contacts.find(manager, dossierId);
    // Another consumer applies `received`; failing here makes JetStream redeliver this later.
    if (!contact)
      throw new DomainError(
        ErrorCode.NotFound,
        `contact of dossier ${code} not known yet (dossier.received not applied); retry later`,
      );
    return contact;
  }

  private async plan(
    manager: EntityManager,
    event: CloudEvent,
    contact: DossierContactEntity,
    template: TemplateId,
    variables: TemplateVariables,
  ): Promise<void> {
    const now = this.clock.now();
    const preference = await this.preferences.find(manager, contact.dossierId);
    const locale = preference?.language ?? this.config.NOTIFY_DEFAULT_LOCALE;
    const rows: DeliveryEntity[] = [];
    for (const channel of this.channels.enabledKinds()) {
      if (preference && !preference.channels.includes(channel)) continue;
      const recipient = recipientOf(contact, channel);
      if (!recipient) continue;
      const texts = await this.templates.resolve(
        { tenantId: event.tenant, eventType: template, channel, language: locale },
        manager,
      );
      const message = renderTexts(texts, variables);
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
          templateVersion: texts.version,
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

/** The components a supplement request names (`details.missingComponents`), as one line. */
function missingComponentsOf(details: Record<string, unknown>): string {
  const names = details.missingComponents;
  return Array.isArray(names)
    ? names.filter((n): n is string => typeof n === 'string').join('; ')
    : '';
}
