import type { DossierTransitioned } from '@motcua/contracts';
import { mirrorStep, type MirroredRow } from './mirror-step';

const T0 = new Date('2026-01-12T03:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const DUE = at(240);

const row = (overrides: Partial<MirroredRow> = {}): MirroredRow => ({
  status: 'PROCESSING',
  dueAt: DUE,
  pauses: [],
  finishedAt: null,
  originalDueAt: null,
  competentAgencyCode: '000.00.01.H26',
  mirroredAt: at(1),
  ...overrides,
});
const transitioned = (overrides: Partial<DossierTransitioned>) => ({
  type: 'dossier.transitioned.v1' as const,
  data: {
    dossierId: '7f0c9a52-3f7e-4c55-9a39-3b1e0a3f6e01',
    code: '000.00.30.H29-260112-0001',
    from: 'PROCESSING' as const,
    to: 'PROCESSING' as const,
    nationalStatusCode: 4,
    command: 'RECORD_STEP' as const,
    actor: 'demo.hanoi.handler',
    reason: null,
    at: at(2).toISOString(),
    dueAt: DUE.toISOString(),
    details: {},
    ...overrides,
  },
});

describe('mirrorStep', () => {
  it('opens a pause while the deciding clock stands still and closes it with the new due date', () => {
    const paused = mirrorStep(
      row(),
      'hanoi',
      transitioned({
        to: 'SUPPLEMENT_REQUESTED',
        nationalStatusCode: 5,
        command: 'REQUEST_SUPPLEMENT',
        dueAt: null,
      }),
    )!;
    expect(paused.change).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      mirroredAt: at(2),
      pauses: [{ from: at(2).toISOString(), to: null, kind: 'SUPPLEMENT' }],
    });
    expect(paused.change).not.toHaveProperty('dueAt');

    const later = at(300);
    const resumed = mirrorStep(
      row({ status: 'SUPPLEMENT_REQUESTED', pauses: paused.change!.pauses!, mirroredAt: at(2) }),
      'hanoi',
      transitioned({
        from: 'SUPPLEMENT_REQUESTED',
        command: 'RECEIVE_SUPPLEMENT',
        at: at(5).toISOString(),
        dueAt: later.toISOString(),
      }),
    )!;
    expect(resumed.change).toMatchObject({
      status: 'PROCESSING',
      dueAt: later,
      pauses: [{ from: at(2).toISOString(), to: at(5).toISOString() }],
    });
  });

  it('keeps the first due date of an apology and marks the end of processing', () => {
    const apologized = mirrorStep(
      row(),
      'hanoi',
      transitioned({ command: 'APOLOGIZE', dueAt: at(400).toISOString() }),
    )!;
    expect(apologized.change).toMatchObject({ apologized: true, originalDueAt: DUE });
    const stopped = mirrorStep(row(), 'hanoi', transitioned({ to: 'STOPPED', command: 'STOP' }))!;
    expect(stopped.change).toMatchObject({ status: 'STOPPED', finishedAt: at(2) });
  });

  it('records a late step in the history only, except a rating', () => {
    const late = mirrorStep(row({ mirroredAt: at(3) }), 'hanoi', transitioned({}))!;
    expect(late.change).toBeNull();
    expect(late.history).toMatchObject({
      at: at(2),
      actor: 'system:handover',
      details: { decidingTenant: 'hanoi', decidedBy: 'demo.hanoi.handler' },
    });
    const rating = mirrorStep(
      row({ status: 'RETURNED', mirroredAt: at(3) }),
      'hanoi',
      transitioned({
        from: 'RETURNED',
        to: 'RETURNED',
        command: 'RATE',
        actor: 'applicant',
        details: { rating: 4 },
      }),
    )!;
    expect(rating.change).toEqual({ rating: 4, mirroredAt: at(3) });
  });

  it('skips the deciding tenant’s echo of a return made at the receiving branch', () => {
    expect(
      mirrorStep(
        row({ status: 'RETURNED' }),
        'hanoi',
        transitioned({
          from: 'RESULT_READY',
          to: 'RETURNED',
          command: 'RETURN_RESULT',
          actor: 'system:handover',
        }),
      ),
    ).toBeNull();
  });

  it('records the agency of a routing while the dossier waits on the applicant', () => {
    const step = mirrorStep(
      row({ status: 'AWAITING_PAYMENT', competentAgencyCode: null }),
      'hanoi',
      {
        type: 'dossier.routed.v1',
        data: {
          dossierId: '7f0c9a52-3f7e-4c55-9a39-3b1e0a3f6e01',
          code: '000.00.30.H29-260112-0001',
          agencyCode: '000.00.01.H26',
          agencyName: 'Sở Tư pháp',
          ruleId: 'r1',
          routedAt: at(2).toISOString(),
        },
      },
    )!;
    expect(step.change).toEqual({
      competentAgencyCode: '000.00.01.H26',
      competentAgencyName: 'Sở Tư pháp',
      mirroredAt: at(2),
    });
    expect(step.history).toMatchObject({ status: 'AWAITING_PAYMENT' });
  });

  it('follows an inter-agency hand-over to the next agency, and only notes a late one', () => {
    const handedOver = (hours: number) => ({
      type: 'dossier.step-handed-over.v1' as const,
      data: {
        dossierId: '7f0c9a52-3f7e-4c55-9a39-3b1e0a3f6e01',
        code: '000.00.30.H29-260112-0001',
        stepIndex: 2,
        stepCount: 3,
        title: 'Xác định nghĩa vụ tài chính',
        fromAgencyCode: '000.A0.01.H26',
        fromAgencyName: 'UBND phường Ba Đình',
        toAgencyCode: '000.00.10.H26',
        toAgencyName: 'Thuế Hà Nội',
        stepDueAt: at(hours + 40).toISOString(),
        at: at(hours).toISOString(),
        actor: 'demo.hanoi.land-officer',
        note: null,
      },
    });
    const step = mirrorStep(row(), 'hanoi', handedOver(2))!;
    expect(step.change).toEqual({
      competentAgencyCode: '000.00.10.H26',
      competentAgencyName: 'Thuế Hà Nội',
      mirroredAt: at(2),
    });
    expect(step.history).toMatchObject({
      status: 'PROCESSING',
      details: { stepIndex: 2, step: { to: '000.00.10.H26' } },
    });
    const late = mirrorStep(row({ mirroredAt: at(5) }), 'hanoi', handedOver(2))!;
    expect(late.change).toBeNull();
  });
});
