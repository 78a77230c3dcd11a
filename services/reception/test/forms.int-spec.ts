import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { jetstream } from '@nats-io/jetstream';
import {
  ErrorCode,
  type Actor,
  type Dossier,
  type DossierCommandInput,
  type DossierFormKind,
} from '@motcua/contracts';
import { formatVietnamDate } from '@motcua/forms';
import { Clock, FixedClock, Naming } from '@motcua/platform';
import {
  cloudEvent,
  connectRpcTestClient,
  createTestDatabase,
  deleteTestStreams,
  publishEvent,
  serviceTestEnv,
  testSubjectPrefix,
  waitFor,
  type RpcTestClient,
  type TestDatabase,
} from '@motcua/testing';
// The real catalog runs beside reception, as in production (tests may import another service).
import { AppModule as CatalogModule } from '../../catalog/src/app.module';
import { loadCatalogConfig } from '../../catalog/src/config/catalog.config';
// Tests only: the forms library's PDF text extraction.
import { inspectPdf } from '../../../libs/forms/src/testing/pdf-inspect';
import { AppModule } from '../src/app.module';
import { loadReceptionConfig } from '../src/config/reception.config';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';

/** Vietnam 10:00 on a day of January 2026. */
const at10 = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T03:00:00.000Z`);
const FRIDAY_9 = at10(9);
const MONDAY_12 = at10(12);
/** Sở Tư pháp Hà Nội, the demo handler's agency. */
const AGENCY = '000.00.01.H26';
const PROCEDURE_NAME = 'Đăng ký thành lập doanh nghiệp tư nhân';
const APPLICANT = 'Nguyễn Thị Lan';

const handlerActor = (): Actor => ({
  kind: 'STAFF',
  subject: 'demo.hanoi.handler',
  tenant: 'hanoi',
  roles: ['HANDLER'],
  agencyCode: AGENCY,
});

describe('dossier forms', () => {
  let db: TestDatabase;
  let prefix: string;
  let catalog: INestApplication;
  let reception: INestApplication;
  let client: RpcTestClient;
  const clock = new FixedClock(FRIDAY_9);

  async function start<T>(module: T, setup: (m: T) => unknown): Promise<INestApplication> {
    const ref = await Test.createTestingModule({ imports: [setup(module) as never] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    const app = ref.createNestApplication(new FastifyAdapter());
    await app.init();
    return app;
  }

  const transition = (code: string, command: DossierCommandInput, actor: Actor = receiverActor()) =>
    client.rpc.request(
      'reception.dossier.transition.v1',
      { code, command },
      { tenant: 'hanoi', actor },
    );
  const form = (code: string, kind: DossierFormKind, actor: Actor = receiverActor()) =>
    client.rpc.request('reception.dossier.form.v1', { code, kind }, { tenant: 'hanoi', actor });
  /** The form's text, whitespace collapsed. */
  const formText = async (code: string, kind: DossierFormKind) => {
    const reply = await form(code, kind);
    expect(reply).toMatchObject({ kind, contentType: 'application/pdf' });
    expect(reply.fileName).toBe(`${code}-mau-${kind}.pdf`);
    return (await inspectPdf(Buffer.from(reply.base64, 'base64'))).text;
  };

  async function submitted(): Promise<Dossier> {
    clock.set(FRIDAY_9);
    return client.rpc.request('reception.dossier.submit.v1', submitDossierRequest(), {
      tenant: 'hanoi',
      actor: receiverActor(),
    });
  }

  async function routed(): Promise<Dossier> {
    const dossier = await submitted();
    await publishEvent(
      jetstream(client.nc),
      new Naming(prefix),
      cloudEvent(
        'dossier.routed.v1',
        {
          dossierId: dossier.id,
          code: dossier.code,
          agencyCode: AGENCY,
          agencyName: 'Sở Tư pháp Hà Nội',
          ruleId: 'r1',
          routedAt: FRIDAY_9.toISOString(),
        },
        'hanoi',
        { time: FRIDAY_9.toISOString() },
      ),
    );
    return waitFor(async () => {
      const d = await client.rpc.request(
        'reception.dossier.get.v1',
        { code: dossier.code },
        { tenant: 'hanoi' },
      );
      return d.status === 'PROCESSING' ? d : undefined;
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase('reception_forms');
    prefix = testSubjectPrefix();
    catalog = await start(CatalogModule, (m) =>
      m.forRoot(loadCatalogConfig(serviceTestEnv(db, prefix, { MOTCUA_DEMO_SEED: 'true' }))),
    );
    reception = await start(AppModule, (m) =>
      m.forRoot(loadReceptionConfig(serviceTestEnv(db, prefix))),
    );
    client = await connectRpcTestClient(prefix);
  });

  afterAll(async () => {
    await client?.close();
    await reception?.close();
    await catalog?.close();
    await deleteTestStreams(prefix);
    await db?.drop();
  });

  it('prints the receipt slip (01) with code, applicant, procedure, branch and receipt date when a dossier was received', async () => {
    const dossier = await submitted();

    const text = await formText(dossier.code, '01');

    for (const expected of [
      dossier.code,
      APPLICANT,
      PROCEDURE_NAME,
      'Trung tâm Phục vụ hành chính công phường Ba Đình',
      `Hà Nội, ${formatVietnamDate(FRIDAY_9)}`,
      '10 giờ 00 phút, ngày 09 tháng 01 năm 2026',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the supplement request (02) dated the day it was asked, and CONFLICT before', async () => {
    const dossier = await submitted();
    await expect(form(dossier.code, '02')).rejects.toMatchObject({ code: ErrorCode.Conflict });

    clock.set(MONDAY_12);
    await transition(dossier.code, {
      type: 'REQUEST_SUPPLEMENT',
      missingComponents: ['Bản sao giấy chứng nhận đăng ký hộ kinh doanh'],
      note: 'Bổ sung trong 5 ngày làm việc',
    });
    const text = await formText(dossier.code, '02');

    for (const expected of [
      dossier.code,
      APPLICANT,
      PROCEDURE_NAME,
      `Hà Nội, ${formatVietnamDate(MONDAY_12)}`,
      'Bản sao giấy chứng nhận đăng ký hộ kinh doanh',
      'Bổ sung trong 5 ngày làm việc',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the refusal (03) with its reasons when refused, and CONFLICT for a dossier not refused', async () => {
    const refused = await submitted();
    const kept = await submitted();
    clock.set(MONDAY_12);
    await transition(refused.code, {
      type: 'REFUSE',
      reasons: ['Hồ sơ không thuộc thẩm quyền giải quyết'],
    });

    const text = await formText(refused.code, '03');
    for (const expected of [
      refused.code,
      APPLICANT,
      PROCEDURE_NAME,
      `Hà Nội, ${formatVietnamDate(MONDAY_12)}`,
      'Hồ sơ không thuộc thẩm quyền giải quyết',
    ]) {
      expect(text).toContain(expected);
    }
    await expect(form(kept.code, '03')).rejects.toMatchObject({ code: ErrorCode.Conflict });
    await expect(form(kept.code, '04')).rejects.toMatchObject({ code: ErrorCode.Conflict });
    await expect(form(kept.code, '05')).rejects.toMatchObject({ code: ErrorCode.Conflict });
  });

  it('prints the process control sheet (06) with the handovers of the history when processed', async () => {
    const dossier = await routed();
    clock.set(MONDAY_12);
    await transition(
      dossier.code,
      { type: 'RECORD_STEP', step: { title: 'Thẩm định hồ sơ', to: 'Phòng Đăng ký kinh doanh' } },
      handlerActor(),
    );

    const text = await formText(dossier.code, '06');

    for (const expected of [
      dossier.code,
      APPLICANT,
      PROCEDURE_NAME,
      `Hà Nội, ${formatVietnamDate(MONDAY_12)}`,
      'Sở Tư pháp Hà Nội',
      'Phòng Đăng ký kinh doanh',
      'Thẩm định hồ sơ',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('answers FORBIDDEN when a receiver of another tenant asks for a form', async () => {
    const dossier = await submitted();
    await expect(
      form(
        dossier.code,
        '01',
        receiverActor({ tenant: 'hcmc', subject: 'demo.hcmc.receiver', branchId: 'x' }),
      ),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
