import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FixedClock } from '@motcua/platform';
import { demoRequiredComponents, waitFor } from '@motcua/testing';
// Tests only: the forms library's PDF text extraction.
import { inspectPdf } from '../../../libs/forms/src/testing/pdf-inspect';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

/** Đăng ký đất đai lần đầu: the demo chain committee → tax office → committee (10 + 5 + 5 days). */
const LAND = '1.013978';
/** Ủy ban nhân dân phường Ba Đình: the committee of the demo branch's unit, where routing sends it. */
const COMMITTEE = { code: '000.A0.01.H26', name: 'Ủy ban nhân dân phường Ba Đình' };
const TAX = { code: '000.00.10.H26', name: 'Thuế thành phố Hà Nội' };

/** Vietnam wall-clock time on a January 2026 day. */
const jan = (day: number, hour = 10) => new Date(Date.UTC(2026, 0, day, hour - 7)).toISOString();

interface StepView {
  index: number;
  title: string;
  agency: { code: string; name: string };
  status: string;
  startedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  finishedBy: string | null;
  overdue: boolean;
  note: string | null;
}
interface DossierView {
  code: string;
  status: string;
  competentAgency: { code: string } | null;
  interAgencySteps: StepView[];
  history: { from: string | null; status: string; actor: string; reason: string | null }[];
}
const STEP_FIELDS =
  'index title agency { code name } status startedAt dueAt finishedAt finishedBy overdue note';
const DOSSIER_FIELDS = `code status competentAgency { code }
  interAgencySteps { ${STEP_FIELDS} } history { from status actor reason }`;

/**
 * The proof of issue 5's inter-agency chains through the gateway: a land dossier routed to the
 * commune committee, handed to the tax office and back by the agencies' own staff, each step's
 * deadline visible, form 06 listing both hand-overs, and the last agency marking the result ready.
 */
describe('gateway inter-agency chain', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let receiver: Record<string, string>;
  let landOfficer: Record<string, string>;
  let taxOfficer: Record<string, string>;
  const clock = new FixedClock(new Date(jan(12)));
  const { data, errorCodes } = graphqlClient(() => gateway);

  const dossier = (code: string, as: Record<string, string> = receiver) =>
    data<{ dossier: DossierView }>(
      `query($code: String!) { dossier(code: $code) { ${DOSSIER_FIELDS} } }`,
      { code },
      as,
    ).then((d) => d.dossier);

  /** The dossier once `holds` says so: reception and routing follow events. */
  const once = (code: string, what: string, holds: (d: DossierView) => boolean) =>
    waitFor(
      async () => {
        const d = await dossier(code);
        return holds(d) ? d : undefined;
      },
      { what: `${code}: ${what}` },
    );

  const handOver = (code: string, as: Record<string, string>, note?: string) =>
    data<{ handOverToNextAgency: StepView[] }>(
      `mutation($code: String!, $note: String) {
        handOverToNextAgency(code: $code, note: $note) { ${STEP_FIELDS} } }`,
      { code, note },
      as,
    ).then((d) => d.handOverToNextAgency);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_inter_agency',
      services: ['catalog', 'identity', 'reception', 'routing'],
      clock,
    });
    ({ gateway } = stack);
    receiver = await stack.staffAuth('demo.hanoi.receiver');
    landOfficer = await stack.staffAuth('demo.hanoi.land-officer');
    taxOfficer = await stack.staffAuth('demo.hanoi.tax-officer');
  });

  afterAll(() => stack?.close());

  it('moves a land dossier committee → tax office → committee, tracks step deadlines and prints both hand-overs on form 06', async () => {
    // Monday 12, 10:00: received at the Ba Đình branch, routed to the committee of phường Ba Đình.
    const { submitDossier } = await data<{ submitDossier: { code: string } }>(
      `mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }`,
      {
        input: {
          idempotencyKey: `gateway-chain-${randomUUID()}`,
          procedureCode: LAND,
          components: demoRequiredComponents(LAND),
          branchId: 'hn-ba-dinh',
          // The parcel lies in phường Ba Đình: land is decided where the parcel is.
          jurisdictionUnitCode: '00004',
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      receiver,
    );
    const { code } = submitDossier;
    const routed = await once(code, 'routed with its chain', (d) => d.interAgencySteps.length > 0);
    expect(routed).toMatchObject({
      status: 'PROCESSING',
      competentAgency: { code: COMMITTEE.code },
    });
    expect(
      routed.interAgencySteps.map((s) => [s.index, s.agency.code, s.status, s.startedAt, s.dueAt]),
    ).toEqual([
      [1, COMMITTEE.code, 'ACTIVE', jan(12), jan(26)],
      [2, TAX.code, 'PENDING', null, null],
      [3, COMMITTEE.code, 'PENDING', null, null],
    ]);
    // The tax office cannot act before the dossier reaches it.
    expect(
      await errorCodes(
        `mutation { handOverToNextAgency(code: "${code}") { index } }`,
        {},
        taxOfficer,
      ),
    ).toEqual(['FORBIDDEN']);

    // Wednesday 14: the committee's land officer hands it to the tax office (5 working days).
    clock.set(new Date(jan(14)));
    const toTax = await handOver(code, landOfficer, 'Đã xác minh hiện trạng thửa đất');
    expect(toTax.map((s) => [s.index, s.status, s.dueAt])).toEqual([
      [1, 'DONE', jan(26)],
      [2, 'ACTIVE', jan(21)],
      [3, 'PENDING', null],
    ]);
    expect(toTax[0]).toMatchObject({
      finishedBy: 'demo.hanoi.land-officer',
      note: 'Đã xác minh hiện trạng thửa đất',
      overdue: false,
    });
    await once(code, 'at the tax office', (d) => d.competentAgency?.code === TAX.code);
    // The tax officer has it in their queue, due when the step is.
    const queued = await waitFor(
      async () => {
        const { myWorkQueue } = await data<{
          myWorkQueue: { items: { dossierCode: string; agencyCode: string; dueAt: string }[] };
        }>('{ myWorkQueue { items { dossierCode agencyCode dueAt } } }', {}, taxOfficer);
        return myWorkQueue.items.find((i) => i.dossierCode === code);
      },
      { what: `${code} in the tax officer's queue` },
    );
    expect(queued).toEqual({ dossierCode: code, agencyCode: TAX.code, dueAt: jan(21) });
    // The committee no longer holds it: its staff may not mark the result ready now.
    expect(
      await errorCodes(`mutation { markResultReady(code: "${code}") { status } }`, {}, landOfficer),
    ).toEqual(['FORBIDDEN']);

    // Monday 19: the tax office has set the obligations and hands it back for the certificate.
    clock.set(new Date(jan(19)));
    const back = await handOver(code, taxOfficer);
    expect(back.map((s) => [s.index, s.agency.code, s.status, s.startedAt, s.dueAt])).toEqual([
      [1, COMMITTEE.code, 'DONE', jan(12), jan(26)],
      [2, TAX.code, 'DONE', jan(14), jan(21)],
      [3, COMMITTEE.code, 'ACTIVE', jan(19), jan(26)],
    ]);
    await once(code, 'back at the committee', (d) => d.competentAgency?.code === COMMITTEE.code);
    // The last step is not handed over: its agency marks the result ready.
    expect(
      await errorCodes(
        `mutation { handOverToNextAgency(code: "${code}") { index } }`,
        {},
        landOfficer,
      ),
    ).toEqual(['ILLEGAL_TRANSITION']);

    // Tuesday 20: the committee has the certificate ready; the chain is done.
    clock.set(new Date(jan(20)));
    const { markResultReady } = await data<{ markResultReady: { status: string } }>(
      `mutation { markResultReady(code: "${code}") { status } }`,
      {},
      landOfficer,
    );
    expect(markResultReady.status).toBe('RESULT_READY');
    const finished = await once(
      code,
      'the last step done',
      (d) => d.interAgencySteps[2]?.status === 'DONE',
    );
    expect(finished.interAgencySteps.map((s) => [s.status, s.finishedAt, s.finishedBy])).toEqual([
      ['DONE', jan(14), 'demo.hanoi.land-officer'],
      ['DONE', jan(19), 'demo.hanoi.tax-officer'],
      ['DONE', jan(20), 'demo.hanoi.land-officer'],
    ]);
    // The history keeps both hand-overs with who made them.
    expect(
      finished.history
        .filter((h) => h.from === 'PROCESSING' && h.status === 'PROCESSING')
        .map((h) => [h.actor, h.reason]),
    ).toEqual([
      ['demo.hanoi.land-officer', 'Đã xác minh hiện trạng thửa đất'],
      ['demo.hanoi.tax-officer', `handed over to ${COMMITTEE.name}`],
    ]);

    // Form 06, the process control sheet, lists every hand-over of the chain.
    const { dossierForm } = await data<{ dossierForm: { kind: string; base64: string } }>(
      `query($code: String!) { dossierForm(code: $code, kind: FORM_06) { kind base64 } }`,
      { code },
      receiver,
    );
    const text = (await inspectPdf(Buffer.from(dossierForm.base64, 'base64'))).text;
    expect(text.match(/Chuyển liên thông/g)).toHaveLength(2);
    for (const expected of [
      'Xác định nghĩa vụ tài chính về đất đai',
      'Đăng ký vào sổ địa chính, cấp Giấy chứng nhận',
      TAX.name,
      // Routed Monday, handed over Wednesday and Monday, the result Tuesday.
      '10:00 12/01/2026',
      '10:00 14/01/2026',
      '10:00 19/01/2026',
      '10:00 20/01/2026',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
