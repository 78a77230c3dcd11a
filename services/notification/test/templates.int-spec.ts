import type { Subscription } from '@nats-io/transport-node';
import {
  DomainError,
  ErrorCode,
  type ActorInput,
  type CloudEvent,
  type RpcRequest,
  type RpcSubject,
} from '@motcua/contracts';
import { fromHeaders, type RpcReply } from '@motcua/platform';
import { cloudEvent, receivedEvent } from '@motcua/testing';
import {
  startNotificationStack,
  type MessagingSinks,
  type NotificationStack,
} from './support/notification-stack';

interface DeliveryRow {
  channel: 'EMAIL' | 'SMS';
  template: string;
  locale: string;
  template_version: number;
  subject: string | null;
  body: string;
  status: 'PENDING' | 'SENT' | 'FAILED';
}

const TENANT = 'hanoi';
const admin: ActorInput = {
  kind: 'STAFF',
  subject: 'admin-hn',
  tenant: TENANT,
  roles: ['TENANT_ADMIN'],
};
const OWNER_ID = '001090000123';

describe('notification templates and preferences', () => {
  let stack: NotificationStack & MessagingSinks;
  let receptionStandIn: Subscription;
  /** Dossiers the reception stand-in knows: code → id, readable by the owner only. */
  const dossiers = new Map<string, string>();

  const call = <S extends RpcSubject>(subject: S, body: RpcRequest<S>, actor?: ActorInput) =>
    stack.client.rpc.request(subject, body, { tenant: TENANT, actor });
  const publish = (event: CloudEvent) => stack.publish(event);
  const settled = (code: string, count: number) => stack.settled<DeliveryRow>(code, count);
  const savedVersions = async () =>
    Number(
      (
        await stack.pg.query<{ n: string }>(
          'SELECT count(*) AS n FROM notification.notification_template',
        )
      ).rows[0].n,
    );
  const citizen = (personalId = OWNER_ID): ActorInput => ({
    kind: 'CITIZEN',
    subject: `citizen-${personalId}`,
    personalId,
  });
  const smsTextsTo = (phone: string) =>
    stack.sms.requests
      .filter((r) => (r.body as { to?: string } | undefined)?.to === phone)
      .map((r) => (r.body as { text: string }).text);

  beforeAll(async () => {
    stack = await startNotificationStack({
      database: 'notification_templates',
      messaging: true,
    });
    // Reception's read rule, as far as notification relies on it: the applicant may read their
    // dossier, anyone else gets NOT_FOUND. It answers with the fields notification reads.
    receptionStandIn = stack.nc.subscribe(stack.naming.rpc('reception.dossier.get.v1'), {
      callback: (err, msg) => {
        if (err) return;
        const { actor, tenant } = fromHeaders(msg.headers);
        const { code } = msg.json<{ code: string }>();
        const id = dossiers.get(code);
        const reply: RpcReply<{ id: string; code: string }> =
          id && tenant === TENANT && actor?.kind === 'CITIZEN' && actor.personalId === OWNER_ID
            ? { ok: true, data: { id, code } }
            : {
                ok: false,
                error: { code: ErrorCode.NotFound, message: `dossier ${code} not found` },
              };
        msg.respond(JSON.stringify(reply));
      },
    });
  });

  afterAll(async () => {
    receptionStandIn?.unsubscribe();
    await stack?.close();
  });

  describe('templates', () => {
    it('renders the next delivery from a saved version and records that version', async () => {
      const saved = await call(
        'notification.template.save.v1',
        {
          eventType: 'dossier-received',
          channel: 'SMS',
          language: 'vi',
          body: 'UBND Hà Nội: hồ sơ {code} đã tiếp nhận, hẹn trả {dueAt}.',
        },
        admin,
      );
      expect(saved).toMatchObject({ version: 1, subject: null, createdBy: 'admin-hn' });
      expect(saved.variables).toContain('dueAt');

      const received = receivedEvent();
      await publish(received);
      const rows = await settled(received.data.code, 2);
      expect(rows.map((r) => [r.channel, r.template_version, r.status])).toEqual([
        ['EMAIL', 0, 'SENT'],
        ['SMS', 1, 'SENT'],
      ]);
      expect(smsTextsTo(received.data.applicant.phone)).toEqual([
        `UBND Hà Nội: hồ sơ ${received.data.code} đã tiếp nhận, hẹn trả 06/01/2026 10:00.`,
      ]);

      const second = await call(
        'notification.template.save.v1',
        {
          eventType: 'dossier-received',
          channel: 'SMS',
          language: 'vi',
          body: 'Hồ sơ {code}: hẹn trả {dueAt}.',
        },
        admin,
      );
      expect(second.version).toBe(2);
      const { versions } = await call(
        'notification.template.versions.v1',
        { eventType: 'dossier-received', channel: 'SMS', language: 'vi' },
        admin,
      );
      expect(versions.map((v) => v.version)).toEqual([2, 1, 0]);
      const { templates } = await call(
        'notification.template.list.v1',
        { eventType: 'dossier-received' },
        admin,
      );
      expect(templates.map((t) => [t.channel, t.language, t.version])).toEqual([
        ['SMS', 'vi', 2],
        ['SMS', 'en', 0],
        ['EMAIL', 'vi', 0],
        ['EMAIL', 'en', 0],
      ]);

      const next = receivedEvent();
      await publish(next);
      const nextRows = await settled(next.data.code, 2);
      expect(nextRows.find((r) => r.channel === 'SMS')).toMatchObject({
        template_version: 2,
        body: `Hồ sơ ${next.data.code}: hẹn trả 06/01/2026 10:00.`,
      });
    });

    it('refuses unknown variables and syntax errors, listing each, and saves nothing', async () => {
      const before = await savedVersions();
      const save = call(
        'notification.template.save.v1',
        {
          eventType: 'dossier-routed',
          channel: 'EMAIL',
          language: 'en',
          subject: 'Dossier {code} fee {fee}',
          body: 'Dear {fullName}, {agencyName has it.',
        },
        admin,
      );
      await expect(save).rejects.toBeInstanceOf(DomainError);
      const error = (await save.catch((e: unknown) => e)) as DomainError;
      expect(error.code).toBe(ErrorCode.ValidationFailed);
      expect(error.details?.map((d) => d.path)).toEqual(['subject', 'body']);
      expect(error.message).toContain('unknown variable {fee}');
      expect(error.message).toContain('unclosed "{"');
      expect(await savedVersions()).toBe(before);
    });

    it('refuses an e-mail template without a subject', async () => {
      await expect(
        call(
          'notification.template.save.v1',
          { eventType: 'dossier-routed', channel: 'EMAIL', language: 'vi', body: '{code}' },
          admin,
        ),
      ).rejects.toMatchObject({ code: ErrorCode.ValidationFailed });
    });

    it('refuses callers who are not administrators of the tenant', async () => {
      const before = await savedVersions();
      const body = {
        eventType: 'dossier-routed',
        channel: 'SMS',
        language: 'vi',
        body: 'Hồ sơ {code}.',
      } as const;
      const receiver: ActorInput = { ...admin, subject: 'rcv', roles: ['RECEIVER'] };
      const otherAdmin: ActorInput = { ...admin, tenant: 'quang-ninh' };
      for (const actor of [receiver, otherAdmin, citizen()])
        await expect(call('notification.template.save.v1', body, actor)).rejects.toMatchObject({
          code: ErrorCode.Forbidden,
        });
      await expect(call('notification.template.save.v1', body)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
      });
      await expect(call('notification.template.list.v1', {}, receiver)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      expect(await savedVersions()).toBe(before);
    });
  });

  describe('preferences', () => {
    const knownDossier = () => {
      const received = receivedEvent();
      dossiers.set(received.data.code, received.data.dossierId);
      return received;
    };

    it('texts in English when the applicant chose English and SMS', async () => {
      const received = knownDossier();
      const prefs = await call(
        'notification.preferences.set.v1',
        { dossierCode: received.data.code, channels: ['SMS', 'SMS'], language: 'en' },
        citizen(),
      );
      expect(prefs).toMatchObject({ channels: ['SMS'], language: 'en' });

      await publish(received);
      const rows = await settled(received.data.code, 1);
      expect(rows.map((r) => [r.channel, r.locale, r.status])).toEqual([['SMS', 'en', 'SENT']]);
      expect(smsTextsTo(received.data.applicant.phone)).toEqual([
        `Dossier ${received.data.code} (Đăng ký khai sinh) was received at 05/01/2026 10:00. Result due: 06/01/2026 10:00.`,
      ]);
    });

    it('sends only on the chosen channel, for later events too', async () => {
      const received = knownDossier();
      await call(
        'notification.preferences.set.v1',
        { dossierCode: received.data.code, channels: ['EMAIL'], language: 'vi' },
        citizen(),
      );
      await publish(received);
      await publish(
        cloudEvent(
          'dossier.transitioned.v1',
          {
            dossierId: received.data.dossierId,
            code: received.data.code,
            from: 'PROCESSING',
            to: 'SUPPLEMENT_REQUESTED',
            nationalStatusCode: 5,
            command: 'REQUEST_SUPPLEMENT',
            actor: 'handler-1',
            reason: null,
            at: '2026-01-07T02:00:00Z',
            dueAt: null,
            details: { missingComponents: ['Tờ khai'] },
          },
          TENANT,
        ),
      );
      const rows = await settled(received.data.code, 2);
      expect(rows.map((r) => [r.template, r.channel, r.locale, r.status])).toEqual([
        ['dossier-received', 'EMAIL', 'vi', 'SENT'],
        ['dossier-supplement-requested', 'EMAIL', 'vi', 'SENT'],
      ]);
      expect(rows[1].subject).toBe(`Hồ sơ ${received.data.code} cần bổ sung`);
      expect(rows[1].body).toContain('Tờ khai.');
      expect(smsTextsTo(received.data.applicant.phone)).toEqual([]);
    });

    it('refuses a citizen reception does not let read the dossier, and staff', async () => {
      const received = knownDossier();
      const request: RpcRequest<'notification.preferences.set.v1'> = {
        dossierCode: received.data.code,
        channels: [],
        language: 'en',
      };
      await expect(
        call('notification.preferences.set.v1', request, citizen('001090000999')),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
      await expect(call('notification.preferences.set.v1', request, admin)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      const { rows } = await stack.pg.query(
        'SELECT 1 FROM notification.notification_preference WHERE dossier_code = $1',
        [received.data.code],
      );
      expect(rows).toEqual([]);
    });
  });

  describe('events', () => {
    it('texts the result in English once ready, and a supplement requested before acceptance', async () => {
      const online = receivedEvent({
        channel: 'ONLINE',
        applicant: { ...receivedEvent().data.applicant, email: null },
      });
      const step = (
        from: 'REGISTERED' | 'PROCESSING',
        to: 'SUPPLEMENT_REQUESTED' | 'RESULT_READY',
        details: Record<string, unknown> = {},
      ) =>
        cloudEvent(
          'dossier.transitioned.v1',
          {
            dossierId: online.data.dossierId,
            code: online.data.code,
            from,
            to,
            nationalStatusCode: to === 'RESULT_READY' ? 9 : 5,
            command: to === 'RESULT_READY' ? 'MARK_RESULT_READY' : 'REQUEST_SUPPLEMENT',
            actor: 'staff-1',
            reason: null,
            at: '2026-01-08T08:30:00Z',
            dueAt: null,
            details,
          },
          TENANT,
        );
      await publish(cloudEvent('dossier.registered.v1', online.data, TENANT));
      await publish(
        step('REGISTERED', 'SUPPLEMENT_REQUESTED', { missingComponents: ['Tờ khai', 'Ảnh'] }),
      );
      const [supplement] = await settled(online.data.code, 1);
      expect(supplement).toMatchObject({
        template: 'dossier-supplement-requested',
        channel: 'SMS',
        body: `Hồ sơ ${online.data.code} cần bổ sung: Tờ khai; Ảnh. Vui lòng bổ sung để tiếp tục giải quyết.`,
      });

      dossiers.set(online.data.code, online.data.dossierId);
      await call(
        'notification.preferences.set.v1',
        { dossierCode: online.data.code, channels: ['SMS'], language: 'en' },
        citizen(),
      );
      await publish(step('PROCESSING', 'RESULT_READY'));
      const rows = await settled(online.data.code, 2);
      expect(rows[1]).toMatchObject({
        template: 'dossier-result-ready',
        locale: 'en',
        body: `The result of dossier ${online.data.code} (Đăng ký khai sinh) is ready since 08/01/2026 15:30.`,
      });
    });
  });
});
