import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import type { ChannelRegistry } from '../channels/channel-registry';
import type { ChannelKind } from '../channels/notification-channel';
import { loadNotificationConfig } from '../config/notification.config';
import type { DossierContactEntity } from '../contacts/dossier-contact.entity';
import type { DossierContactsRepository } from '../contacts/dossier-contacts.repository';
import type { DeliveriesRepository } from '../deliveries/deliveries.repository';
import type { DeliveryEntity } from '../deliveries/delivery.entity';
import { cloudEvent, receivedEvent, routedEvent } from '@motcua/testing';
import type { NotificationPreferenceEntity } from '../preferences/notification-preference.entity';
import type { NotificationPreferencesRepository } from '../preferences/notification-preferences.repository';
import { builtInTexts } from '../templates/message-composer';
import type { TemplateKey } from '../templates/notification-templates.repository';
import type { NotificationTemplatesService } from '../templates/notification-templates.service';
import { NotificationsService } from './notifications.service';

const now = new Date('2026-01-05T03:00:01Z');
const manager = {} as EntityManager;

function setup(
  kinds: ChannelKind[],
  known: DossierContactEntity | null = null,
  preference: Pick<NotificationPreferenceEntity, 'channels' | 'language'> | null = null,
) {
  const inserted: DeliveryEntity[] = [];
  const saved: DossierContactEntity[] = [];
  const contacts = {
    save: async (_m: EntityManager, c: DossierContactEntity) => void saved.push(c),
    find: async () => known,
  } as unknown as DossierContactsRepository;
  const deliveries = {
    insertPending: async (_m: EntityManager, rows: DeliveryEntity[]) => void inserted.push(...rows),
  } as unknown as DeliveriesRepository;
  const channels = { enabledKinds: () => kinds } as unknown as ChannelRegistry;
  // Tenant templates: none saved, the built-in default (version 0) is in force.
  const templates = {
    resolve: async (key: TemplateKey) => ({
      ...builtInTexts(key.eventType, key.language, key.channel),
      version: 0,
    }),
  } as unknown as NotificationTemplatesService;
  const preferences = {
    find: async () => preference,
  } as unknown as NotificationPreferencesRepository;
  const service = new NotificationsService(
    contacts,
    deliveries,
    channels,
    templates,
    preferences,
    new FixedClock(now),
    loadNotificationConfig({}),
  );
  return { service, inserted, saved };
}

describe(NotificationsService.name, () => {
  describe('dossierReceived', () => {
    it('keeps the contact and plans one PENDING delivery per enabled channel', async () => {
      const { service, inserted, saved } = setup(['EMAIL', 'SMS']);
      const event = receivedEvent();
      await service.dossierReceived(event, manager);
      expect(saved[0]).toMatchObject({
        dossierId: event.data.dossierId,
        phone: event.data.applicant.phone,
        dueAt: new Date(event.data.dueAt),
      });
      expect(inserted.map((d) => [d.channel, d.recipient, d.status, d.attempts, d.locale])).toEqual(
        [
          ['EMAIL', event.data.applicant.email, 'PENDING', 0, 'vi'],
          ['SMS', event.data.applicant.phone, 'PENDING', 0, 'vi'],
        ],
      );
      expect(
        inserted.every(
          (d) => d.eventId === event.id && d.nextAttemptAt.getTime() === now.getTime(),
        ),
      ).toBe(true);
    });

    it('writes no row for a channel that is not configured', async () => {
      const { service, inserted } = setup(['SMS']);
      await service.dossierReceived(receivedEvent(), manager);
      expect(inserted.map((d) => d.channel)).toEqual(['SMS']);
    });

    it('writes no e-mail row when the applicant has no e-mail', async () => {
      const { service, inserted } = setup(['EMAIL', 'SMS']);
      const event = receivedEvent();
      event.data.applicant.email = null;
      await service.dossierReceived(event, manager);
      expect(inserted.map((d) => d.channel)).toEqual(['SMS']);
    });
  });

  describe('dossierRegistered', () => {
    it('keeps the contact of an online dossier and sends nothing yet', async () => {
      const { service, inserted, saved } = setup(['EMAIL', 'SMS']);
      const received = receivedEvent({ channel: 'ONLINE' });
      const registered = cloudEvent('dossier.registered.v1', received.data, received.tenant);
      await service.dossierRegistered(registered, manager);
      expect(saved.map((c) => c.dossierId)).toEqual([received.data.dossierId]);
      expect(inserted).toEqual([]);
    });
  });

  describe('dossierRouted', () => {
    it('rejects so the event is redelivered when its received was not applied yet', async () => {
      const { service, inserted } = setup(['SMS']);
      const routed = service.dossierRouted(routedEvent(receivedEvent()), manager);
      await expect(routed).rejects.toBeInstanceOf(DomainError);
      await expect(routed).rejects.toMatchObject({ code: ErrorCode.NotFound });
      expect(inserted).toEqual([]);
    });

    it('texts the agency name to the known contact', async () => {
      const received = receivedEvent();
      const contact = {
        dossierId: received.data.dossierId,
        tenantId: 'hanoi',
        dossierCode: received.data.code,
        fullName: 'Nguyễn Văn A',
        phone: '0912345678',
        email: null,
        procedureName: 'Đăng ký khai sinh',
        dueAt: new Date(received.data.dueAt),
      };
      const { service, inserted } = setup(['EMAIL', 'SMS'], contact);
      await service.dossierRouted(routedEvent(received), manager);
      expect(inserted).toHaveLength(1);
      expect(inserted[0]).toMatchObject({
        channel: 'SMS',
        recipient: '0912345678',
        template: 'dossier-routed',
        body: `Hồ sơ ${received.data.code} đã được chuyển đến UBND phường Ba Đình để giải quyết.`,
      });
    });
  });

  describe('preferences', () => {
    it('texts in English on the chosen channel only when the applicant chose so', async () => {
      const { service, inserted } = setup(['EMAIL', 'SMS'], null, {
        channels: ['SMS'],
        language: 'en',
      });
      const event = receivedEvent();
      await service.dossierReceived(event, manager);
      expect(inserted.map((d) => [d.channel, d.locale, d.templateVersion])).toEqual([
        ['SMS', 'en', 0],
      ]);
      expect(inserted[0].body).toMatch(/^Dossier .* was received at/);
    });

    it('sends nothing when the applicant chose no channel', async () => {
      const { service, inserted } = setup(['EMAIL', 'SMS'], null, { channels: [], language: 'vi' });
      await service.dossierReceived(receivedEvent(), manager);
      expect(inserted).toEqual([]);
    });
  });

  describe('dossierTransitioned', () => {
    const received = receivedEvent();
    const contact = {
      dossierId: received.data.dossierId,
      tenantId: 'hanoi',
      dossierCode: received.data.code,
      fullName: 'Nguyễn Văn A',
      phone: '0912345678',
      email: null,
      procedureName: 'Đăng ký khai sinh',
      dueAt: new Date(received.data.dueAt),
    };
    const transitioned = (
      to: 'SUPPLEMENT_REQUESTED' | 'RESULT_READY' | 'PROCESSING',
      details: Record<string, unknown> = {},
    ) =>
      cloudEvent(
        'dossier.transitioned.v1',
        {
          dossierId: received.data.dossierId,
          code: received.data.code,
          from: 'PROCESSING',
          to,
          nationalStatusCode: 5,
          command: 'REQUEST_SUPPLEMENT',
          actor: 'handler-1',
          reason: null,
          at: '2026-01-07T02:00:00Z',
          dueAt: null,
          details,
        },
        'hanoi',
      );

    it('texts the missing components when a supplement is requested', async () => {
      const { service, inserted } = setup(['SMS'], contact);
      await service.dossierTransitioned(
        transitioned('SUPPLEMENT_REQUESTED', { missingComponents: ['Tờ khai', 'Bản sao CCCD'] }),
        manager,
      );
      expect(inserted[0]).toMatchObject({
        template: 'dossier-supplement-requested',
        body: `Hồ sơ ${received.data.code} cần bổ sung: Tờ khai; Bản sao CCCD. Vui lòng bổ sung để tiếp tục giải quyết.`,
      });
    });

    it('texts the time the result became ready in Vietnam time', async () => {
      const { service, inserted } = setup(['SMS'], contact);
      await service.dossierTransitioned(transitioned('RESULT_READY'), manager);
      expect(inserted[0]).toMatchObject({
        template: 'dossier-result-ready',
        body: `Hồ sơ ${received.data.code} (Đăng ký khai sinh) đã có kết quả từ 07/01/2026 09:00.`,
      });
    });

    it('ignores other steps without looking for the contact', async () => {
      const { service, inserted } = setup(['SMS'], null);
      await service.dossierTransitioned(transitioned('PROCESSING'), manager);
      expect(inserted).toEqual([]);
    });
  });
});
