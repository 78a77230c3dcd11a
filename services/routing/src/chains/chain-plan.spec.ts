import type { Actor, InterAgencyStep } from '@motcua/contracts';
import { isStepOverdue, mayHandOver, planChain, toChainStep } from './chain-plan';

const days = (value: number) => ({ value, unit: 'WORKING_DAYS' as const });
const STEPS: InterAgencyStep[] = [
  { title: 'Kiểm tra hồ sơ', agencyCode: null, duration: days(10) },
  { title: 'Nghĩa vụ tài chính', agencyCode: '000.00.10.H26', duration: days(5) },
  { title: 'Cấp Giấy chứng nhận', agencyCode: null, duration: days(5) },
];
const DOSSIER = { tenantId: 'hanoi', dossierId: 'd-1', dossierCode: '000.A0.01.H26-260112-0001' };
const COMMITTEE = { code: '000.A0.01.H26', name: 'Ủy ban nhân dân phường Ba Đình' };
const STARTED = new Date('2026-01-12T03:00:00.000Z');
const DUE = new Date('2026-01-26T03:00:00.000Z');

const plan = (names = new Map([['000.00.10.H26', 'Thuế thành phố Hà Nội']])) =>
  planChain(DOSSIER, STEPS, COMMITTEE, names, {
    startedAt: STARTED,
    firstDueAt: DUE,
    pausedAt: null,
  });

describe(planChain.name, () => {
  it('starts the first step at the competent agency and leaves the others pending', () => {
    expect(
      plan().map((s) => [s.stepIndex, s.agencyCode, s.agencyName, s.status, s.startedAt, s.dueAt]),
    ).toEqual([
      [1, COMMITTEE.code, COMMITTEE.name, 'ACTIVE', STARTED, DUE],
      [2, '000.00.10.H26', 'Thuế thành phố Hà Nội', 'PENDING', null, null],
      [3, COMMITTEE.code, COMMITTEE.name, 'PENDING', null, null],
    ]);
  });

  it('keeps the code as the name of an agency the catalog does not name', () => {
    expect(plan(new Map())[1].agencyName).toBe('000.00.10.H26');
  });
});

describe(isStepOverdue.name, () => {
  const [active] = plan();
  const after = new Date(DUE.getTime() + 1);

  it('is false for an active step before its due time, true from it', () => {
    expect(isStepOverdue(active, STARTED)).toBe(false);
    expect(isStepOverdue(active, DUE)).toBe(true);
  });

  it('judges a paused active step at its pause', () => {
    expect(isStepOverdue({ ...active, pausedAt: STARTED }, after)).toBe(false);
  });

  it('is true for a step finished after its due time, false for one finished in time', () => {
    expect(isStepOverdue({ ...active, status: 'DONE', finishedAt: after }, after)).toBe(true);
    expect(isStepOverdue({ ...active, status: 'DONE', finishedAt: STARTED }, after)).toBe(false);
  });

  it('is false for pending steps', () => {
    expect(isStepOverdue(plan()[1], after)).toBe(false);
  });
});

describe(toChainStep.name, () => {
  it('shows times as ISO strings and the overdue flag', () => {
    expect(toChainStep(plan()[0], new Date(DUE.getTime() + 1))).toMatchObject({
      index: 1,
      agencyCode: COMMITTEE.code,
      status: 'ACTIVE',
      startedAt: STARTED.toISOString(),
      dueAt: DUE.toISOString(),
      finishedAt: null,
      overdue: true,
    });
  });
});

describe(mayHandOver.name, () => {
  const staff = (roles: string[], agencyCode?: string): Actor => ({
    kind: 'STAFF',
    branchIds: [],
    scopes: [],
    subject: 's',
    tenant: 'hanoi',
    roles,
    agencyCodes: agencyCode === undefined ? [] : [agencyCode],
  });

  it.each([
    ['a handler of the agency', staff(['HANDLER'], COMMITTEE.code), true],
    ['an approver of the agency', staff(['APPROVER'], COMMITTEE.code), true],
    ['a supervisor', staff(['SUPERVISOR']), true],
    ['a handler of another agency', staff(['HANDLER'], '000.00.10.H26'), false],
    ['a receiver of the agency', staff(['RECEIVER'], COMMITTEE.code), false],
  ])('%s: %s', (_who, actor, expected) => {
    expect(mayHandOver(actor, COMMITTEE.code)).toBe(expected);
  });
});
