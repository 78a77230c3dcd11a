import {
  ErrorCode,
  type Actor,
  type Dossier,
  type DossierCommandInput,
  type DossierFormKind,
} from '@motcua/contracts';
import { formatVietnamDate, formatVietnamDateTime } from '@motcua/forms';
import { FixedClock } from '@motcua/platform';
import type { RpcTestClient } from '@motcua/testing';
// Tests only: the forms library's PDF text extraction.
import { inspectPdf } from '../../../libs/forms/src/testing/pdf-inspect';
import { receiverActor, submitDossierRequest } from './factories/submit-dossier.factory';
import { handlerActor, routeDossier, transitionDossier } from './support/dossier-helpers';
import { startReceptionStack, type ReceptionStack } from './support/reception-stack';

/** Vietnam 10:00 on a day of January 2026. */
const at10 = (day: number) => new Date(`2026-01-${String(day).padStart(2, '0')}T03:00:00.000Z`);
const FRIDAY_9 = at10(9);
const MONDAY_12 = at10(12);
const PROCEDURE_NAME = 'Đăng ký thành lập doanh nghiệp tư nhân';
const APPLICANT = 'Nguyễn Thị Lan';

describe('dossier forms', () => {
  let stack: ReceptionStack;
  let client: RpcTestClient;
  const clock = new FixedClock(FRIDAY_9);

  const transition = (code: string, command: DossierCommandInput, actor?: Actor) =>
    transitionDossier(client, code, command, actor);
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
    return routeDossier(stack, await submitted(), FRIDAY_9);
  }

  beforeAll(async () => {
    stack = await startReceptionStack({ database: 'reception_forms', clock });
    ({ client } = stack);
  });

  afterAll(() => stack?.close());

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

  it('prints the apology and extension letter (04) with the first and the new due date and the reason', async () => {
    const dossier = await routed();
    clock.set(MONDAY_12);
    const newDueAt = new Date('2026-01-20T09:30:00.000Z');
    await transition(
      dossier.code,
      {
        type: 'APOLOGIZE',
        newDueAt: newDueAt.toISOString(),
        reason: 'Cần xác minh thêm thông tin',
      },
      handlerActor(),
    );

    const text = await formText(dossier.code, '04');

    for (const expected of [
      dossier.code,
      APPLICANT,
      PROCEDURE_NAME,
      `Hà Nội, ${formatVietnamDate(MONDAY_12)}`,
      formatVietnamDateTime(new Date(dossier.dueAt)),
      formatVietnamDateTime(newDueAt),
      'Cần xác minh thêm thông tin',
      'Sở Tư pháp Hà Nội',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints the stop notice (05) with its reason and the 2025 decree as basis', async () => {
    const dossier = await routed();
    clock.set(MONDAY_12);
    await transition(
      dossier.code,
      { type: 'STOP', reason: 'Phát hiện giấy tờ giả mạo trong hồ sơ' },
      handlerActor(),
    );

    const text = await formText(dossier.code, '05');

    for (const expected of [
      dossier.code,
      APPLICANT,
      PROCEDURE_NAME,
      `Hà Nội, ${formatVietnamDate(MONDAY_12)}`,
      'Phát hiện giấy tờ giả mạo trong hồ sơ',
      '118/2025/NĐ-CP',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('lists on the receipt slip (01) the components handed in and where to collect the result', async () => {
    clock.set(FRIDAY_9);
    const dossier = await client.rpc.request(
      'reception.dossier.submit.v1',
      submitDossierRequest({
        returnBranchId: 'hn-hoan-kiem',
        components: [
          'Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)',
          'Giấy tờ pháp lý của chủ doanh nghiệp tư nhân (khai thác từ Cơ sở dữ liệu quốc gia về dân cư)',
        ],
      }),
      { tenant: 'hanoi', actor: receiverActor() },
    );

    const text = await formText(dossier.code, '01');

    expect(text).toContain('Giấy đề nghị đăng ký doanh nghiệp (theo mẫu)');
    expect(text).not.toContain('Văn bản ủy quyền');
    expect(text).toContain(`Trực tiếp tại ${dossier.returnBranch.name}`);
  });

  it('answers NOT_FOUND to a receiver of another tenant and FORBIDDEN to one of another branch', async () => {
    const dossier = await submitted();
    await expect(
      form(
        dossier.code,
        '01',
        receiverActor({ tenant: 'hcmc', subject: 'demo.hcmc.receiver', branchIds: ['x'] }),
      ),
    ).rejects.toMatchObject({ code: ErrorCode.NotFound });
    await expect(
      form(dossier.code, '01', receiverActor({ branchIds: ['hn-me-linh'] })),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden });
  });
});
