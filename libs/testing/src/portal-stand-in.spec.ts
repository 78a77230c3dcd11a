import type { PortalSyncRequest } from '@motcua/contracts';
import { PortalStandIn } from './portal-stand-in';

const dossier: PortalSyncRequest['dossier'] = {
  code: '000.00.04.H26-260105-0001',
  procedureCode: '1.001193',
  procedureName: 'Đăng ký khai sinh',
  fieldCode: 'G03',
  channel: 1,
  applicant: { fullName: 'Nguyễn Văn A', personalId: '001090012345' },
  receivedAt: '20260105100000',
  dueAt: null,
  statusCode: 2,
  fees: [],
  paidAt: null,
  supplements: [],
  result: { readyAt: null, returnedAt: null, returnMethod: null },
  closingReason: null,
  progress: [],
};

describe(PortalStandIn.name, () => {
  let portal: PortalStandIn;
  const send = async (body: unknown, authorization = 'Bearer t') =>
    (
      await fetch(portal.url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).status;

  beforeEach(async () => {
    portal = await PortalStandIn.start('Bearer t');
  });
  afterEach(() => portal.close());

  it('takes an insert, then newer updates; refuses an update first, a second insert, an older version', async () => {
    expect(await send({ action: 'UPDATE', version: 1, dossier })).toBe(409);
    expect(await send({ action: 'INSERT', version: 1, dossier })).toBe(201);
    expect(await send({ action: 'INSERT', version: 1, dossier })).toBe(200); // a repeat
    expect(await send({ action: 'INSERT', version: 2, dossier })).toBe(409);
    expect(
      await send({ action: 'UPDATE', version: 3, dossier: { ...dossier, statusCode: 4 } }),
    ).toBe(200);
    expect(await send({ action: 'UPDATE', version: 2, dossier })).toBe(409);
    expect(portal.applied.map((r) => r.version)).toEqual([1, 3]);
    expect(portal.dossiers.get(dossier.code)?.dossier.statusCode).toBe(4);
  });

  it('checks every field and the credentials, and fails when told to', async () => {
    expect(await send({ action: 'INSERT', version: 1, dossier }, 'Bearer wrong')).toBe(401);
    for (const bad of [
      { receivedAt: '2026-01-05 10:00' },
      { receivedAt: '20260231100000' },
      { statusCode: 11 },
      { channel: 4 },
      { code: '000.00.04.H26-0001' },
      { procedureCode: '1001193' },
      { applicant: { fullName: 'Nguyễn Văn A', personalId: '*********345' } },
      { extra: true },
    ])
      expect(await send({ action: 'INSERT', version: 1, dossier: { ...dossier, ...bad } })).toBe(
        400,
      );
    portal.failNext(2);
    expect(await send({ action: 'INSERT', version: 1, dossier })).toBe(503);
    expect(await send({ action: 'INSERT', version: 1, dossier })).toBe(503);
    expect(await send({ action: 'INSERT', version: 1, dossier })).toBe(201);
    expect(portal.requests.map((r) => r.status).filter((s) => s === 400)).toHaveLength(8);
  });
});
