import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { ChannelRegistry } from '../channels/channel-registry';
import type { NotificationChannel } from '../channels/notification-channel';
import { loadNotificationConfig } from '../config/notification.config';
import type { DossierContactEntity } from '../contacts/dossier-contact.entity';
import type { DossierContactsRepository } from '../contacts/dossier-contacts.repository';
import type { DeliveriesRepository } from '../deliveries/deliveries.repository';
import type { DeliveryEntity } from '../deliveries/delivery.entity';
import { receivedEvent, routedEvent } from '@motcua/testing';
import { NotificationsService } from './notifications.service';

const now = new Date('2026-01-05T03:00:01Z');
const manager = {} as EntityManager;

function setup(kinds: NotificationChannel['kind'][], known: DossierContactEntity | null = null) {
  const inserted: DeliveryEntity[] = [];
  const saved: DossierContactEntity[] = [];
  const contacts = {
    save: async (_m: EntityManager, c: DossierContactEntity) => void saved.push(c),
    find: async () => known,
  } as unknown as DossierContactsRepository;
  const deliveries = {
    insertPending: async (_m: EntityManager, rows: DeliveryEntity[]) => void inserted.push(...rows),
  } as unknown as DeliveriesRepository;
  const channels = new ChannelRegistry(
    kinds.map((kind) => ({ kind, send: async () => undefined })),
  );
  const service = new NotificationsService(
    contacts,
    deliveries,
    channels,
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
});
