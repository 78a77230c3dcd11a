import { jetstreamManager } from '@nats-io/jetstream';
import type { CloudEvent, DossierTransitioned } from '@motcua/contracts';
import { PortalStandIn, cloudEvent, receivedEvent, routedEvent, waitFor } from '@motcua/testing';
import { startNotificationStack, type NotificationStack } from './support/notification-stack';

interface SyncRow {
  state: string;
  version: number;
  synced_version: number;
  inserted: boolean;
  attempts: number;
  last_error: string | null;
  synced_at: Date | null;
}

const TOKEN = 'portal-test-token';
const PERSONAL_ID = '001090012345';

describe('national portal sync', () => {
  let portal: PortalStandIn;
  let stack: NotificationStack;

  const publish = (event: CloudEvent, msgID?: string) => stack.publish(event, msgID);
  const syncOf = async (code: string) =>
    (
      await stack.pg.query<SyncRow>(
        'SELECT * FROM notification.portal_sync WHERE tenant_id = $1 AND dossier_code = $2',
        ['hanoi', code],
      )
    ).rows[0];
  const synced = (code: string, version: number) =>
    waitFor(
      async () => {
        const row = await syncOf(code);
        return row?.state === 'SYNCED' && row.synced_version === version && row;
      },
      { what: `${code} synced at version ${version}` },
    );

  const received = (at = '2026-01-05T03:00:00.000Z') => {
    const base = receivedEvent({ receivedAt: at });
    return receivedEvent({
      ...base.data,
      applicant: { ...base.data.applicant, personalId: PERSONAL_ID },
    });
  };
  const transitioned = (
    r: CloudEvent<'dossier.received.v1'>,
    data: Pick<DossierTransitioned, 'from' | 'to' | 'nationalStatusCode' | 'command' | 'at'> &
      Partial<DossierTransitioned>,
  ) =>
    cloudEvent(
      'dossier.transitioned.v1',
      {
        dossierId: r.data.dossierId,
        code: r.data.code,
        actor: 'staff-1',
        reason: null,
        dueAt: r.data.dueAt,
        details: {},
        ...data,
      },
      r.tenant,
    );

  /** A dossier's whole life: received, routed, assigned, a step, supplement, fees, result. */
  const lifeOf = (r: CloudEvent<'dossier.received.v1'>): CloudEvent[] => [
    r,
    routedEvent(r),
    cloudEvent(
      'dossier.assigned.v1',
      {
        dossierId: r.data.dossierId,
        code: r.data.code,
        agencyCode: '000.00.04.H26',
        handlerSubject: 'staff-1',
        handlerName: 'Trần Thị B',
        previousHandlerSubject: null,
        cause: 'AUTOMATIC',
        reason: null,
        assignedBy: 'system:routing',
        assignedAt: '2026-01-05T03:06:00.000Z',
        dueAt: r.data.dueAt,
      },
      r.tenant,
    ),
    transitioned(r, {
      from: 'RECEIVED',
      to: 'PROCESSING',
      nationalStatusCode: 4,
      command: 'RECORD_STEP',
      at: '2026-01-05T03:10:00.000Z',
      details: { step: { title: 'Thẩm định hồ sơ', to: 'Phòng Tư pháp' } },
    }),
    transitioned(r, {
      from: 'PROCESSING',
      to: 'SUPPLEMENT_REQUESTED',
      nationalStatusCode: 5,
      command: 'REQUEST_SUPPLEMENT',
      at: '2026-01-05T04:00:00.000Z',
      dueAt: null,
      details: { missingComponents: ['Giấy chứng sinh'] },
    }),
    transitioned(r, {
      from: 'SUPPLEMENT_REQUESTED',
      to: 'PROCESSING',
      nationalStatusCode: 4,
      command: 'RECEIVE_SUPPLEMENT',
      at: '2026-01-05T05:00:00.000Z',
    }),
    transitioned(r, {
      from: 'PROCESSING',
      to: 'AWAITING_PAYMENT',
      nationalStatusCode: 6,
      command: 'REQUEST_PAYMENT',
      at: '2026-01-05T06:00:00.000Z',
      details: { fees: [{ description: 'Lệ phí', amountVnd: 8000 }], totalVnd: 8000 },
    }),
    transitioned(r, {
      from: 'AWAITING_PAYMENT',
      to: 'PROCESSING',
      nationalStatusCode: 4,
      command: 'CONFIRM_PAYMENT',
      at: '2026-01-05T06:30:00.000Z',
      details: { method: 'CASH', reference: null },
    }),
    transitioned(r, {
      from: 'PROCESSING',
      to: 'RESULT_READY',
      nationalStatusCode: 9,
      command: 'MARK_RESULT_READY',
      at: '2026-01-05T08:00:00.000Z',
    }),
    transitioned(r, {
      from: 'RESULT_READY',
      to: 'RETURNED',
      nationalStatusCode: 10,
      command: 'RETURN_RESULT',
      at: '2026-01-06T02:00:00.000Z',
      details: { method: 'BRANCH' },
    }),
  ];

  beforeAll(async () => {
    portal = await PortalStandIn.start(`Bearer ${TOKEN}`);
    stack = await startNotificationStack({
      database: 'notification_portal',
      env: {
        PORTAL_SYNC_URL: portal.url,
        PORTAL_SYNC_BEARER_TOKEN: TOKEN,
        PORTAL_SYNC_MAX_ATTEMPTS: '4',
      },
    });
  });

  afterAll(async () => {
    await stack?.close();
    await portal?.close();
  });

  it('syncs a dossier from receipt to return: an INSERT, then UPDATEs, every field valid', async () => {
    const r = received();
    const { code } = r.data;
    const events = lifeOf(r);
    for (const [i, event] of events.entries()) {
      await publish(event);
      // One event at a time: every step gets its own send.
      await synced(code, i + 1);
    }
    const applied = portal.appliedOf(code);
    expect(applied.map((a) => a.action)).toEqual(['INSERT', ...Array(9).fill('UPDATE')]);
    expect(applied.map((a) => a.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(applied.map((a) => a.dossier.statusCode)).toEqual([2, 2, 2, 4, 5, 4, 6, 4, 9, 10]);
    expect(portal.requests.filter((q) => q.status >= 400)).toEqual([]);
    expect(portal.dossiers.get(code)?.dossier).toEqual({
      code,
      procedureCode: '1.001193',
      procedureName: 'Đăng ký khai sinh',
      fieldCode: 'G03',
      channel: 1,
      applicant: { fullName: 'Nguyễn Văn A', personalId: PERSONAL_ID },
      receivedAt: '20260105100000',
      dueAt: '20260106100000',
      statusCode: 10,
      fees: [{ description: 'Lệ phí', amountVnd: 8000 }],
      paidAt: '20260105133000',
      supplements: [
        {
          requestedAt: '20260105110000',
          missingComponents: ['Giấy chứng sinh'],
          receivedAt: '20260105120000',
        },
      ],
      result: { readyAt: '20260105150000', returnedAt: '20260106090000', returnMethod: 'BRANCH' },
      closingReason: null,
      progress: [
        {
          handler: 'system:routing',
          title: 'Chuyển hồ sơ đến cơ quan có thẩm quyền',
          department: 'UBND phường Ba Đình',
          startAt: '20260105100500',
          legalEndAt: '20260106100000',
        },
        {
          handler: 'Trần Thị B',
          title: 'Xử lý hồ sơ',
          department: '000.00.04.H26',
          startAt: '20260105100600',
          legalEndAt: '20260106100000',
        },
        {
          handler: 'staff-1',
          title: 'Thẩm định hồ sơ',
          department: 'Phòng Tư pháp',
          startAt: '20260105101000',
          legalEndAt: '20260106100000',
        },
      ],
    });
    expect(
      await stack.client.rpc.request(
        'notification.portal-sync.get.v1',
        { code },
        { tenant: 'hanoi' },
      ),
    ).toMatchObject({ dossierCode: code, state: 'SYNCED', attempts: 1, lastError: null });
  });

  it('retries a refused send with backoff, never updating before the insert went through', async () => {
    portal.failNext(2);
    const r = received();
    const { code } = r.data;
    await publish(r);
    await publish(routedEvent(r));
    const row = await synced(code, 2);
    const requests = portal.requests.filter((q) => q.request?.dossier.code === code);
    // Two refused INSERTs, then the INSERT; the UPDATE (if the events were not collapsed) after.
    expect(requests.slice(0, 3).map((q) => [q.request?.action, q.status])).toEqual([
      ['INSERT', 503],
      ['INSERT', 503],
      ['INSERT', 201],
    ]);
    expect(requests.slice(3).every((q) => q.request?.action === 'UPDATE')).toBe(true);
    expect(portal.appliedOf(code).at(-1)?.version).toBe(2);
    expect(row.inserted).toBe(true);
    expect(row.last_error).toBeNull();
    // The three attempts of the insert are kept when the update went with it; else a fresh count.
    expect(row.attempts).toBeGreaterThanOrEqual(1);
  });

  it('records the attempts and the last error, and gives up after the last one (FAILED)', async () => {
    portal.failNext(2);
    const r = received();
    await publish(r);
    const row = await synced(r.data.code, 1);
    expect(row.attempts).toBe(3);

    portal.failNext(10);
    const failing = received();
    await publish(failing);
    const failed = await waitFor(
      async () => {
        const s = await syncOf(failing.data.code);
        return s?.state === 'FAILED' && s;
      },
      { what: 'a FAILED sync' },
    );
    expect(failed).toMatchObject({ attempts: 4, inserted: false });
    expect(failed.last_error).toContain('503');
    expect(
      await stack.client.rpc.request(
        'notification.portal-sync.get.v1',
        { code: failing.data.code },
        { tenant: 'hanoi' },
      ),
    ).toMatchObject({ state: 'FAILED', attempts: 4, syncedAt: null });
    portal.failNext(0);
  });

  it('keeps the order when events arrive fast, and applies a repeated event once', async () => {
    const r = received();
    const { code } = r.data;
    const events = lifeOf(r);
    // Published back to back, without waiting for any send.
    for (const e of events) await publish(e);
    // The same event again under another message id (JetStream would drop the same one).
    await publish(events[3], `${events[3].id}-again`);
    await synced(code, events.length);
    // Every message consumed (the repeat too): the version counts each event once.
    const jsm = await jetstreamManager(stack.nc);
    await waitFor(
      async () => {
        const info = await jsm.consumers.info(
          stack.naming.stream('dossier'),
          stack.naming.durable('notification-portal-sync'),
        );
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'the portal-sync consumer drained' },
    );
    expect((await syncOf(code)).version).toBe(events.length);
    const applied = portal.appliedOf(code);
    expect(applied[0].action).toBe('INSERT');
    expect(applied.slice(1).every((a) => a.action === 'UPDATE')).toBe(true);
    const versions = applied.map((a) => a.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(portal.requests.filter((q) => q.status === 409 || q.status === 400)).toEqual([]);
    expect(portal.dossiers.get(code)?.dossier.statusCode).toBe(10);
    expect(portal.dossiers.get(code)?.dossier.progress).toHaveLength(3);
  });

  it('reports per day and month the dossiers received and the share synced', async () => {
    const tenantRows = async () =>
      (
        await stack.pg.query<{ n: string }>(
          "SELECT count(*) AS n FROM notification.portal_sync WHERE tenant_id = 'hanoi'",
        )
      ).rows[0].n;
    // Two dossiers received on 2026-02-01 (Vietnam), one synced, one refused for good.
    const ok = received('2026-02-01T01:00:00.000Z');
    await publish(ok);
    await synced(ok.data.code, 1);
    portal.failNext(10);
    const bad = received('2026-01-31T18:30:00.000Z'); // 01:30 on 1 Feb in Vietnam
    await publish(bad);
    await waitFor(async () => (await syncOf(bad.data.code))?.state === 'FAILED');
    portal.failNext(0);
    expect(Number(await tenantRows())).toBeGreaterThan(2);

    const day = await stack.client.rpc.request(
      'notification.portal-sync.report.v1',
      { from: '2026-01-31T17:00:00.000Z', to: '2026-02-02T17:00:00.000Z', period: 'DAY' },
      { tenant: 'hanoi' },
    );
    expect(day).toEqual({
      rows: [{ period: '2026-02-01', total: 2, synced: 1, share: 0.5 }],
      total: 2,
      synced: 1,
      share: 0.5,
    });
    const month = await stack.client.rpc.request(
      'notification.portal-sync.report.v1',
      { from: '2025-12-31T17:00:00.000Z', to: '2026-02-28T17:00:00.000Z', period: 'MONTH' },
      { tenant: 'hanoi' },
    );
    expect(month.rows.map((x) => x.period)).toEqual(['2026-01', '2026-02']);
    expect(month.rows[1]).toEqual({ period: '2026-02', total: 2, synced: 1, share: 0.5 });
    expect(month.rows[0].total).toBeGreaterThanOrEqual(4);
    await expect(
      stack.client.rpc.request(
        'notification.portal-sync.report.v1',
        { from: '2026-02-02T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z' },
        { tenant: 'hanoi' },
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
