import { createHash } from 'node:crypto';
import { Logger, type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  maskPersonalId,
  type Actor,
  type ActorInput,
  type Dossier,
  type DossierCommandInput,
  type RpcRequest,
} from '@motcua/contracts';
import { FixedClock } from '@motcua/platform';
import { waitFor, type RpcTestClient } from '@motcua/testing';
import {
  APPLICANT_PERSONAL_ID,
  APPLICANT_PHONE,
  citizenActor,
  receiverActor,
  submitDossierRequest,
  supervisorActor,
} from './factories/submit-dossier.factory';
import {
  HANDLER_AGENCY,
  getDossier,
  handlerActor,
  publishTestEvent,
  routeDossier,
} from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Vietnam 10:00 on a day of January 2026. */
const at10 = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T03:00:00.000Z`);
const MINUTE = 60_000;
const REPRESENTATIVE_ID = '001085054321';
const REPRESENTATIVE_PHONE = '0987654321';
const OTHER_AGENCY = '000.00.02.H26';
/** Đăng ký thành lập doanh nghiệp tư nhân: level 2 online (the factory's procedure). */
const LEVEL_2 = '2.001610';
/** Đăng ký khai sinh: level 1. */
const LEVEL_1 = '1.001193';

const auditor = (overrides: Partial<Actor> = {}): Actor =>
  supervisorActor('hanoi', { subject: 'demo.hanoi.auditor', roles: ['AUDITOR'], ...overrides });
const integrator = (scopes: string[], overrides: Partial<Actor> = {}): Actor => ({
  kind: 'INTEGRATOR',
  subject: 'national-portal',
  tenant: 'hanoi',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  scopes,
  ...overrides,
});
const otherCitizen = citizenActor({ subject: 'citizen-2', personalId: '001199099999' });
const representative = citizenActor({ subject: 'citizen-3', personalId: REPRESENTATIVE_ID });
const receiverOfB = receiverActor({ subject: 'demo.hanoi.receiver-b', branchIds: ['hn-me-linh'] });

/** Every JSON line the stack logged (both apps: one pino root per process). */
const logLines: string[] = [];

describe('dossier access (DOMAIN §7)', () => {
  let stack: ReceptionStack;
  let reception: INestApplication;
  let client: RpcTestClient;
  const clock = new FixedClock(at10(12));

  const get = (code: string, actor: ActorInput | undefined, purpose?: string) =>
    client.rpc.request('reception.dossier.get.v1', { code, purpose }, { tenant: 'hanoi', actor });
  const submit = (
    overrides: Parameters<typeof submitDossierRequest>[0] = {},
    actor: ActorInput = receiverActor(),
  ) =>
    client.rpc.request('reception.dossier.submit.v1', submitDossierRequest(overrides), {
      tenant: 'hanoi',
      actor,
    });
  const transition = (code: string, command: DossierCommandInput, actor: ActorInput) =>
    client.rpc.request(
      'reception.dossier.transition.v1',
      { code, command },
      { tenant: 'hanoi', actor },
    );
  const accessLog = (
    request: RpcRequest<'reception.access-log.list.v1'>,
    actor: ActorInput = auditor(),
    tenant = 'hanoi',
  ) => client.rpc.request('reception.access-log.list.v1', request, { tenant, actor });
  const sql = <T>(query: string, params: unknown[] = []) =>
    reception.get(DataSource).query<T>(query, params);
  // The clock is fixed, so rows share `at`; each read writes in its own transaction, so the
  // inserting transaction id (xmin) gives the order they were written in.
  const auditRows = (code: string) =>
    sql<{ actor_subject: string; basis: string; operation: string; purpose: string | null }[]>(
      'SELECT actor_subject, basis, operation, purpose FROM reception.personal_data_access WHERE dossier_code = $1 ORDER BY at, xmin::text::bigint',
      [code],
    );
  const dossierRow = (code: string) =>
    sql<{ version: number; updated_at: Date; status: string }[]>(
      'SELECT version, updated_at, status FROM reception.dossier WHERE code = $1',
      [code],
    ).then((rows) => rows[0]);
  const historyCount = (code: string) =>
    sql<{ n: string }[]>(
      'SELECT count(*) AS n FROM reception.dossier_history h JOIN reception.dossier d ON d.id = h.dossier_id WHERE d.code = $1',
      [code],
    ).then((rows) => Number(rows[0].n));

  /** A dossier received at Ba Đình (branch A), returned at Hoàn Kiếm, with a representative. */
  const receivedAtA = () =>
    submit({ returnBranchId: 'hn-hoan-kiem', representativePersonalId: REPRESENTATIVE_ID });

  beforeAll(async () => {
    stack = await startReceptionStack({
      database: 'reception_access',
      clock,
      receptionEnv: { LOG_LEVEL: 'debug' },
      logDestination: { write: (line: string) => void logLines.push(line) },
    });
    ({ reception, client } = stack);
  });

  afterAll(() => stack?.close());

  beforeEach(() => clock.set(at10(12)));

  describe('staff', () => {
    it('lets a receiver of the receiving branch read, and logs who, when, why and on what basis', async () => {
      const dossier = await receivedAtA();
      clock.set(new Date(at10(12).getTime() + 5 * MINUTE));

      const read = await get(dossier.code, receiverActor(), 'applicant asked at the counter');

      expect(read).toMatchObject({
        code: dossier.code,
        applicant: { personalIdMasked: maskPersonalId(APPLICANT_PERSONAL_ID) },
        representativePersonalIdMasked: maskPersonalId(REPRESENTATIVE_ID),
        applicantVerifiedLevel: null,
      });
      const log = await accessLog({ dossierCode: dossier.code });
      expect(log.items).toEqual([
        {
          id: expect.any(String) as string,
          dossierCode: dossier.code,
          actorKind: 'STAFF',
          actorSubject: 'demo.hanoi.receiver',
          actorName: null,
          roles: ['RECEIVER'],
          basis: 'RECEIVING_BRANCH',
          purpose: 'applicant asked at the counter',
          operation: 'VIEW',
          at: new Date(at10(12).getTime() + 5 * MINUTE).toISOString(),
        },
      ]);
    });

    it('lets a receiver of the return branch read', async () => {
      const dossier = await receivedAtA();
      const atReturn = receiverActor({ subject: 'r-hk', branchIds: ['hn-hoan-kiem'] });
      await expect(get(dossier.code, atReturn)).resolves.toMatchObject({ code: dossier.code });
      expect(await auditRows(dossier.code)).toEqual([
        { actor_subject: 'r-hk', basis: 'RECEIVING_BRANCH', operation: 'VIEW', purpose: null },
      ]);
    });

    it('refuses a receiver of another branch with FORBIDDEN, and logs no read', async () => {
      const dossier = await receivedAtA();
      await expect(get(dossier.code, receiverOfB, 'curious')).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      expect(await auditRows(dossier.code)).toEqual([]);
    });

    it('lets handlers of the competent agency read once routed, and refuses other agencies', async () => {
      const dossier = await receivedAtA();
      await expect(get(dossier.code, handlerActor())).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await routeDossier(stack, dossier, at10(12));

      await expect(get(dossier.code, handlerActor())).resolves.toMatchObject({
        competentAgency: { code: HANDLER_AGENCY },
      });
      const other = handlerActor({ subject: 'h-other', agencyCodes: [OTHER_AGENCY] });
      await expect(get(dossier.code, other)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      expect(
        (await auditRows(dossier.code)).filter((r) => r.actor_subject !== 'demo.hanoi.supervisor'),
      ).toEqual([
        {
          actor_subject: 'demo.hanoi.handler',
          basis: 'COMPETENT_AGENCY',
          operation: 'VIEW',
          purpose: null,
        },
      ]);
    });

    it('keeps the agency of an earlier inter-agency step reading after the hand-over (HANDED_OVER)', async () => {
      const dossier = await routeDossier(stack, await receivedAtA(), at10(12));
      const next = handlerActor({ subject: 'h-next', agencyCodes: [OTHER_AGENCY] });
      await publishTestEvent(
        stack,
        'dossier.step-handed-over.v1',
        'hanoi',
        {
          dossierId: dossier.id,
          code: dossier.code,
          stepIndex: 2,
          stepCount: 2,
          title: 'Thẩm định thuế',
          fromAgencyCode: HANDLER_AGENCY,
          fromAgencyName: 'Sở Tư pháp Hà Nội',
          toAgencyCode: OTHER_AGENCY,
          toAgencyName: 'Sở Tài chính Hà Nội',
          stepDueAt: at10(14).toISOString(),
          at: at10(12).toISOString(),
          actor: 'demo.hanoi.handler',
          note: null,
        },
        at10(12),
      );
      await waitFor(async () => {
        const d = await getDossier(client, dossier.code);
        return d.competentAgency?.code === OTHER_AGENCY ? d : undefined;
      });

      await get(dossier.code, handlerActor());
      await get(dossier.code, next);
      const bases = (await auditRows(dossier.code))
        .filter((r) => r.actor_subject !== 'demo.hanoi.supervisor')
        .map((r) => [r.actor_subject, r.basis])
        .sort();
      expect(bases).toEqual([
        ['demo.hanoi.handler', 'HANDED_OVER'],
        ['h-next', 'COMPETENT_AGENCY'],
      ]);
    });

    it('answers NOT_FOUND to staff of another tenant, as for a missing dossier', async () => {
      const dossier = await receivedAtA();
      const hcmc = supervisorActor('hcmc');
      await expect(get(dossier.code, hcmc)).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        message: `dossier ${dossier.code} does not exist in hanoi`,
      });
      await expect(get(dossier.code, receiverActor({ tenant: 'hcmc' }))).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
      expect(await auditRows(dossier.code)).toEqual([]);
    });

    it('refuses a tenant administrator alone: no personal data without a unit (least privilege)', async () => {
      const dossier = await receivedAtA();
      const admin = supervisorActor('hanoi', { subject: 'admin', roles: ['TENANT_ADMIN'] });
      await expect(get(dossier.code, admin)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    });

    it('answers UNAUTHENTICATED without an actor', async () => {
      const dossier = await receivedAtA();
      await expect(get(dossier.code, undefined)).rejects.toMatchObject({
        code: ErrorCode.Unauthenticated,
      });
    });
  });

  describe('auditors', () => {
    it('read every dossier of the tenant (logged as AUDIT) but change nothing', async () => {
      const dossier = await receivedAtA();
      const before = await dossierRow(dossier.code);
      const entries = await historyCount(dossier.code);

      await expect(get(dossier.code, auditor(), 'quarterly review')).resolves.toMatchObject({
        code: dossier.code,
      });
      for (const command of [
        { type: 'REQUEST_SUPPLEMENT', missingComponents: ['Tờ khai'] },
        { type: 'REFUSE', reasons: ['Không hợp lệ'] },
        { type: 'WITHDRAW', reason: 'thử' },
        { type: 'REQUEST_PAYMENT', fees: [{ description: 'Lệ phí', amountVnd: 1000 }] },
      ] as DossierCommandInput[]) {
        await expect(transition(dossier.code, command, auditor())).rejects.toMatchObject({
          code: ErrorCode.Forbidden,
        });
      }

      expect(await dossierRow(dossier.code)).toEqual(before);
      expect(await historyCount(dossier.code)).toBe(entries);
      expect(await auditRows(dossier.code)).toEqual([
        {
          actor_subject: 'demo.hanoi.auditor',
          basis: 'AUDIT',
          operation: 'VIEW',
          purpose: 'quarterly review',
        },
      ]);
    });

    it('see NOT_FOUND for another tenant’s dossier', async () => {
      const dossier = await receivedAtA();
      await expect(get(dossier.code, auditor({ tenant: 'hcmc' }))).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
    });
  });

  describe('integrators', () => {
    it('read with dossier:read (logged as INTEGRATOR) and are refused without it', async () => {
      const dossier = await receivedAtA();
      await expect(
        get(dossier.code, integrator(['dossier:read']), 'portal sync'),
      ).resolves.toMatchObject({
        code: dossier.code,
      });
      await expect(get(dossier.code, integrator(['dossier:submit']))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(
        get(dossier.code, integrator(['dossier:read'], { tenant: 'hcmc' })),
      ).rejects.toMatchObject({ code: ErrorCode.NotFound });
      expect(await auditRows(dossier.code)).toEqual([
        {
          actor_subject: 'national-portal',
          basis: 'INTEGRATOR',
          operation: 'VIEW',
          purpose: 'portal sync',
        },
      ]);
    });

    it('submit online dossiers with dossier:submit (the national portal), never at the counter, and change nothing', async () => {
      const portal = integrator(['dossier:submit', 'dossier:read']);
      const dossier = await submit({ channel: 'ONLINE' }, portal);
      expect(dossier).toMatchObject({
        channel: 'ONLINE',
        status: 'REGISTERED',
        applicantVerifiedLevel: null,
      });
      await expect(submit({ channel: 'COUNTER' }, portal)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      await expect(
        submit({ channel: 'ONLINE' }, integrator(['dossier:read'])),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      const before = await dossierRow(dossier.code);
      await expect(transition(dossier.code, { type: 'ACCEPT' }, portal)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      expect(await dossierRow(dossier.code)).toEqual(before);
    });
  });

  describe('citizens', () => {
    it('read their own dossier without a log entry; another citizen gets NOT_FOUND as for a missing one', async () => {
      const dossier = await receivedAtA();
      await expect(
        get(dossier.code, citizenActor({ subject: 'someone-else' })),
      ).resolves.toMatchObject({
        code: dossier.code,
        applicant: { phone: APPLICANT_PHONE },
      });
      await expect(get(dossier.code, otherCitizen)).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        message: `dossier ${dossier.code} does not exist in hanoi`,
      });
      await expect(get('000.A0.01.H26-260112-9999', otherCitizen)).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        message: 'dossier 000.A0.01.H26-260112-9999 does not exist in hanoi',
      });
      expect(await auditRows(dossier.code)).toEqual([]);
    });

    it("let the applicant's authorized representative read", async () => {
      const dossier = await receivedAtA();
      await expect(get(dossier.code, representative)).resolves.toMatchObject({
        code: dossier.code,
      });
      const without = await submit();
      await expect(get(without.code, representative)).rejects.toMatchObject({
        code: ErrorCode.NotFound,
      });
    });

    it('submit online for themselves or as representative, never for someone else', async () => {
      const own = await submit({ channel: 'ONLINE' }, citizenActor());
      expect(own).toMatchObject({ status: 'REGISTERED', applicantVerifiedLevel: 2 });
      const asRepresentative = await submit(
        { channel: 'ONLINE', representativePersonalId: REPRESENTATIVE_ID },
        representative,
      );
      expect(asRepresentative).toMatchObject({
        applicantVerifiedLevel: null,
        representativePersonalIdMasked: maskPersonalId(REPRESENTATIVE_ID),
      });
      await expect(submit({ channel: 'ONLINE' }, otherCitizen)).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
      // The submitter reads it by their subject even without the personal ID at hand.
      await expect(
        get(asRepresentative.code, citizenActor({ subject: 'citizen-3', personalId: undefined })),
      ).resolves.toMatchObject({ code: asRepresentative.code });
    });

    it('get the stored dossier back on a retried key, while another caller reusing it learns nothing', async () => {
      const request = submitDossierRequest({ channel: 'ONLINE' });
      const send = (actor: ActorInput) =>
        client.rpc.request('reception.dossier.submit.v1', request, { tenant: 'hanoi', actor });
      const first = await send(citizenActor());
      await expect(send(citizenActor())).resolves.toMatchObject({ code: first.code });
      const error = await send(receiverActor()).catch((err: unknown) => err);
      expect(error).toMatchObject({ code: ErrorCode.IdempotencyConflict });
      expect(JSON.stringify(error)).not.toContain(first.code);
    });

    it('list their own dossiers newest first, as applicant, representative or submitter, page by page', async () => {
      const me = citizenActor({ subject: 'citizen-list', personalId: '001170011111' });
      const applicant = {
        fullName: 'Trần Văn Minh',
        personalId: '001170011111',
        phone: '0911111111',
      };
      const mine: Dossier[] = [];
      for (const [minutes, overrides, actor] of [
        [0, { applicant }, receiverActor()],
        [1, { representativePersonalId: '001170011111' }, receiverActor()],
        [2, { applicant, channel: 'ONLINE' as const }, me],
      ] as const) {
        clock.set(new Date(at10(13).getTime() + minutes * MINUTE));
        mine.push(await submit(overrides, actor));
      }
      await submit(); // someone else's

      const list = (after?: string) =>
        client.rpc.request(
          'reception.dossier.mine.v1',
          { first: 2, after },
          { tenant: 'hanoi', actor: me },
        );
      const first = await list();
      expect(first).toMatchObject({ totalCount: 3, hasNextPage: true });
      expect(first.items.map((d) => d.code)).toEqual([mine[2].code, mine[1].code]);
      const second = await list(first.endCursor!);
      expect(second).toMatchObject({ totalCount: 3, hasNextPage: false });
      expect(second.items.map((d) => d.code)).toEqual([mine[0].code]);
      expect(second.items[0].history).toHaveLength(1);

      await expect(
        client.rpc.request(
          'reception.dossier.mine.v1',
          {},
          { tenant: 'hanoi', actor: receiverActor() },
        ),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(
        client.rpc.request(
          'reception.dossier.mine.v1',
          { after: 'garbage' },
          { tenant: 'hanoi', actor: me },
        ),
      ).rejects.toMatchObject({ code: ErrorCode.BadRequest });
      // Citizens' own reads are not in the access log.
      expect(await auditRows(mine[0].code)).toEqual([]);
    });
  });

  describe('assurance', () => {
    const count = () =>
      sql<{ n: string }[]>('SELECT count(*) AS n FROM reception.dossier').then((r) => r[0].n);

    it('refuses a level-1 citizen for a level-2 procedure, naming the level, and stores nothing', async () => {
      const before = await count();
      const error = await submit(
        { procedureCode: LEVEL_2, channel: 'ONLINE' },
        citizenActor({ assurance: 1 }),
      ).catch((err: unknown) => err);
      expect(error).toMatchObject({
        code: ErrorCode.AssuranceTooLow,
        message: expect.stringContaining('level-2') as string,
      });
      await expect(
        submit(
          { procedureCode: LEVEL_2, channel: 'ONLINE' },
          citizenActor({ assurance: undefined }),
        ),
      ).rejects.toMatchObject({ code: ErrorCode.AssuranceTooLow });
      expect(await count()).toBe(before);
    });

    it('accepts a level-2 citizen for it and records the verified level; level 1 suffices elsewhere', async () => {
      const strong = await submit({ procedureCode: LEVEL_2, channel: 'ONLINE' }, citizenActor());
      expect(strong).toMatchObject({ status: 'REGISTERED', applicantVerifiedLevel: 2 });
      const basic = await submit(
        { procedureCode: LEVEL_1, channel: 'ONLINE' },
        citizenActor({ assurance: 1 }),
      );
      expect(basic.applicantVerifiedLevel).toBe(1);
      // The counter checks papers: no e-ID level applies there.
      await expect(submit({ procedureCode: LEVEL_2 })).resolves.toMatchObject({
        applicantVerifiedLevel: null,
      });
    });
  });

  describe('forms and attachments', () => {
    it('print forms for whoever may read the dossier, logged as FORM for staff', async () => {
      const dossier = await receivedAtA();
      const form = (actor: ActorInput) =>
        client.rpc.request(
          'reception.dossier.form.v1',
          { code: dossier.code, kind: '01', purpose: 'reprint' },
          { tenant: 'hanoi', actor },
        );
      await expect(form(receiverActor())).resolves.toMatchObject({ kind: '01' });
      await expect(form(citizenActor())).resolves.toMatchObject({ kind: '01' });
      await expect(form(receiverOfB)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(form(otherCitizen)).rejects.toMatchObject({ code: ErrorCode.NotFound });
      expect(await auditRows(dossier.code)).toEqual([
        {
          actor_subject: 'demo.hanoi.receiver',
          basis: 'RECEIVING_BRANCH',
          operation: 'FORM',
          purpose: 'reprint',
        },
      ]);
    });

    it('show a scan to whoever may read its dossier, logged as ATTACHMENT; uploads stay with its branch', async () => {
      const dossier = await receivedAtA();
      const componentName = submitDossierRequest().components![0];
      const upload = {
        code: dossier.code,
        componentName,
        fileName: 'scan.pdf',
        contentType: 'application/pdf' as const,
        size: 4,
      };
      await expect(
        client.rpc.request('reception.attachment.request.v1', upload, {
          tenant: 'hanoi',
          actor: receiverOfB,
        }),
      ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      const { attachmentId } = await client.rpc.request('reception.attachment.request.v1', upload, {
        tenant: 'hanoi',
        actor: receiverActor(),
      });
      await client.rpc.request(
        'reception.attachment.complete.v1',
        {
          attachmentId,
          sha256: createHash('sha256').update('%PDF').digest('hex'),
          size: 4,
          contentType: 'application/pdf',
        },
        { tenant: 'hanoi' },
      );
      const attachment = (actor: ActorInput) =>
        client.rpc.request(
          'reception.attachment.get.v1',
          { attachmentId, purpose: 'verify the ID card' },
          { tenant: 'hanoi', actor },
        );

      await expect(attachment(receiverActor())).resolves.toMatchObject({ status: 'STORED' });
      await expect(attachment(citizenActor())).resolves.toMatchObject({ id: attachmentId });
      await expect(attachment(receiverOfB)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      await expect(attachment(otherCitizen)).rejects.toMatchObject({
        code: ErrorCode.NotFound,
        message: `attachment ${attachmentId} does not exist`,
      });
      expect(await auditRows(dossier.code)).toEqual([
        {
          actor_subject: 'demo.hanoi.receiver',
          basis: 'RECEIVING_BRANCH',
          operation: 'ATTACHMENT',
          purpose: 'verify the ID card',
        },
      ]);
    });
  });

  describe('the access log', () => {
    it('fails the read when the read cannot be logged (no unaudited reads)', async () => {
      const dossier = await receivedAtA();
      await sql(
        `CREATE FUNCTION reception.refuse_access_log() RETURNS trigger LANGUAGE plpgsql
         AS $$ BEGIN RAISE EXCEPTION 'log unavailable'; END $$`,
      );
      await sql(
        `CREATE TRIGGER refuse_access_log BEFORE INSERT ON reception.personal_data_access
         FOR EACH ROW EXECUTE FUNCTION reception.refuse_access_log()`,
      );
      try {
        await expect(get(dossier.code, receiverActor())).rejects.toMatchObject({
          code: ErrorCode.Internal,
        });
        // A citizen's own read is not logged, so it does not depend on the log.
        await expect(get(dossier.code, citizenActor())).resolves.toMatchObject({
          code: dossier.code,
        });
      } finally {
        await sql('DROP TRIGGER refuse_access_log ON reception.personal_data_access');
        await sql('DROP FUNCTION reception.refuse_access_log()');
      }
    });

    it('is append-only', async () => {
      const dossier = await receivedAtA();
      await get(dossier.code, receiverActor());
      await expect(
        sql('DELETE FROM reception.personal_data_access WHERE dossier_code = $1', [dossier.code]),
      ).rejects.toThrow(/append-only/);
      await expect(
        sql("UPDATE reception.personal_data_access SET purpose = 'x' WHERE dossier_code = $1", [
          dossier.code,
        ]),
      ).rejects.toThrow(/append-only/);
    });

    it('lists newest first with filters and pages, for auditors and supervisors of the tenant only', async () => {
      const one = await receivedAtA();
      const two = await receivedAtA();
      const start = at10(20);
      const reads: [Dossier, Actor][] = [
        [one, receiverActor()],
        [two, receiverActor()],
        [one, auditor()],
        [one, integrator(['dossier:read'])],
      ];
      for (const [i, [dossier, actor]] of reads.entries()) {
        clock.set(new Date(start.getTime() + i * MINUTE));
        await get(dossier.code, actor, `read ${i}`);
      }
      const window = { from: start.toISOString(), to: at10(21).toISOString() };

      const all = await accessLog({ ...window, first: 3 });
      expect(all).toMatchObject({ totalCount: 4, hasNextPage: true });
      expect(all.items.map((r) => r.purpose)).toEqual(['read 3', 'read 2', 'read 1']);
      const rest = await accessLog({ ...window, first: 3, after: all.endCursor! });
      expect(rest).toMatchObject({
        totalCount: 4,
        hasNextPage: false,
        endCursor: expect.any(String),
      });
      expect(rest.items.map((r) => r.purpose)).toEqual(['read 0']);

      const ofOne = await accessLog({ ...window, dossierCode: one.code }, supervisorActor());
      expect(ofOne.items.map((r) => [r.actorSubject, r.basis])).toEqual([
        ['national-portal', 'INTEGRATOR'],
        ['demo.hanoi.auditor', 'AUDIT'],
        ['demo.hanoi.receiver', 'RECEIVING_BRANCH'],
      ]);
      const byReceiver = await accessLog({ ...window, actorSubject: 'demo.hanoi.receiver' });
      expect(byReceiver.items.map((r) => r.dossierCode)).toEqual([two.code, one.code]);
      const lastTwoMinutes = await accessLog({
        from: new Date(start.getTime() + 2 * MINUTE).toISOString(),
        to: new Date(start.getTime() + 3 * MINUTE).toISOString(),
      });
      expect(lastTwoMinutes.items.map((r) => r.purpose)).toEqual(['read 2']);

      // Another tenant's auditors see none of it; receivers, handlers and citizens none at all.
      const hcmc = await accessLog(window, auditor({ tenant: 'hcmc' }), 'hcmc');
      expect(hcmc.totalCount).toBe(0);
      for (const actor of [
        receiverActor(),
        handlerActor(),
        citizenActor(),
        integrator(['dossier:read']),
      ]) {
        await expect(accessLog(window, actor)).rejects.toMatchObject({ code: ErrorCode.Forbidden });
      }
      await expect(accessLog(window, auditor({ tenant: 'hcmc' }))).rejects.toMatchObject({
        code: ErrorCode.Forbidden,
      });
    });

    it('leaves the dossier as it was: a read writes nothing but its log entry', async () => {
      const dossier = await receivedAtA();
      const before = await dossierRow(dossier.code);
      const entries = await historyCount(dossier.code);
      clock.set(at10(15));
      await get(dossier.code, receiverActor());
      await get(dossier.code, auditor());
      await get(dossier.code, citizenActor());
      expect(await dossierRow(dossier.code)).toEqual(before);
      expect(await historyCount(dossier.code)).toBe(entries);
      expect(await auditRows(dossier.code)).toHaveLength(2);
    });
  });

  describe('logs', () => {
    it('never carry a full personal ID or phone, while the masked forms may appear', async () => {
      // The capture works, and masks and redacts what a careless line would carry.
      const probe = new Logger('AccessTest');
      probe.log(`probe: applicant ${APPLICANT_PERSONAL_ID}, phone ${APPLICANT_PHONE}`);
      probe.log({ applicant: { personalId: APPLICANT_PERSONAL_ID, phone: APPLICANT_PHONE } });
      const probed = await waitFor(() => {
        const lines = logLines.filter((l) => l.includes('AccessTest'));
        return lines.length === 2 ? lines : undefined;
      });
      expect(probed[0]).toContain(maskPersonalId(APPLICANT_PERSONAL_ID));
      expect(probed[1]).toContain('[redacted]');

      // A flow through every path that handles personal data (the earlier tests ran more).
      const dossier = await receivedAtA();
      await submit(
        { channel: 'ONLINE', representativePersonalId: REPRESENTATIVE_ID },
        citizenActor(),
      );
      await get(dossier.code, receiverActor(), `call back ${APPLICANT_PHONE}`);
      await get(dossier.code, otherCitizen).catch(() => undefined);
      await get(dossier.code, receiverOfB).catch(() => undefined);
      await client.rpc.request(
        'reception.dossier.form.v1',
        { code: dossier.code, kind: '01' },
        { tenant: 'hanoi', actor: receiverActor() },
      );
      await client.rpc.request(
        'reception.dossier.track.v1',
        { code: dossier.code, phone: APPLICANT_PHONE },
        { tenant: 'hanoi' },
      );
      await transition(
        dossier.code,
        { type: 'WITHDRAW', reason: 'applicant asked' },
        receiverActor(),
      );
      await submit({
        applicant: { fullName: 'Nguyễn A', personalId: '00119001234', phone: REPRESENTATIVE_PHONE },
      }).catch(() => undefined);

      expect(logLines.some((l) => l.includes(dossier.code))).toBe(true);
      for (const secret of [
        APPLICANT_PERSONAL_ID,
        APPLICANT_PHONE,
        REPRESENTATIVE_ID,
        REPRESENTATIVE_PHONE,
      ]) {
        expect(logLines.filter((l) => l.includes(secret))).toEqual([]);
      }
    });
  });
});
