import {
  DomainError,
  DossierStatus,
  ErrorCode,
  type Actor,
  type DossierCommandType,
} from '@motcua/contracts';
import {
  LIFECYCLE_RULES,
  decideTransition,
  type LifecycleCaller,
  type LifecycleCommand,
  type LifecycleState,
} from './dossier-state-machine';

const AGENCY = '000.00.01.H26';

/** The code of the DomainError `fn` throws (undefined when it throws none). */
function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (DomainError.is(err)) return err.code;
    throw err;
  }
  return undefined;
}
const DUE = new Date('2026-01-14T03:00:00.000Z');

const state = (overrides: Partial<LifecycleState> = {}): LifecycleState => ({
  tenant: 'hanoi',
  status: DossierStatus.Processing,
  competentAgencyCode: AGENCY,
  branchIds: ['hn-ba-dinh'],
  accepted: true,
  supplementRequested: false,
  dueAt: DUE,
  rating: null,
  paymentResumeStatus: null,
  handedOverTo: null,
  receivedInTenant: null,
  ...overrides,
});
const staff = (roles: string[], overrides: Partial<Actor> = {}): LifecycleCaller => ({
  kind: 'ACTOR',
  actor: {
    kind: 'STAFF',
    branchIds: [],
    agencyCodes: [],
    scopes: [],
    subject: 'someone',
    tenant: 'hanoi',
    roles,
    ...overrides,
  },
});
const receiver = staff(['RECEIVER'], { branchIds: ['hn-ba-dinh'] });
const handler = staff(['HANDLER'], { agencyCodes: [AGENCY] });
const applicant: LifecycleCaller = { kind: 'APPLICANT' };

const COMMANDS: Record<DossierCommandType, LifecycleCommand> = {
  ACCEPT: { type: 'ACCEPT' },
  REQUEST_SUPPLEMENT: { type: 'REQUEST_SUPPLEMENT', missingComponents: ['Tờ khai'] },
  RECEIVE_SUPPLEMENT: { type: 'RECEIVE_SUPPLEMENT' },
  REFUSE: { type: 'REFUSE', reasons: ['Không thuộc thẩm quyền'] },
  RECORD_STEP: { type: 'RECORD_STEP', step: { title: 'Thẩm định', interAgency: false } },
  MARK_RESULT_READY: { type: 'MARK_RESULT_READY' },
  RETURN_RESULT: { type: 'RETURN_RESULT', method: 'BRANCH' },
  WITHDRAW: { type: 'WITHDRAW', reason: 'Công dân xin rút' },
  STOP: { type: 'STOP', reason: 'Dừng xử lý' },
  APOLOGIZE: { type: 'APOLOGIZE', newDueAt: '2026-01-20T03:00:00.000Z', reason: 'Quá hạn' },
  REQUEST_PAYMENT: {
    type: 'REQUEST_PAYMENT',
    fees: [{ description: 'Lệ phí', amountVnd: 100_000 }],
  },
  CONFIRM_PAYMENT: { type: 'CONFIRM_PAYMENT', method: 'CASH' },
  RATE: { type: 'RATE', rating: 5 },
};
const CALLERS: Record<DossierCommandType, LifecycleCaller> = {
  ACCEPT: receiver,
  REQUEST_SUPPLEMENT: receiver,
  RECEIVE_SUPPLEMENT: receiver,
  REFUSE: receiver,
  RECORD_STEP: handler,
  MARK_RESULT_READY: handler,
  RETURN_RESULT: receiver,
  WITHDRAW: receiver,
  STOP: handler,
  APOLOGIZE: handler,
  REQUEST_PAYMENT: receiver,
  CONFIRM_PAYMENT: receiver,
  RATE: applicant,
};

describe(decideTransition.name, () => {
  it.each([
    ['ACCEPT', 'REGISTERED', 'RECEIVED', 2],
    ['REQUEST_SUPPLEMENT', 'REGISTERED', 'SUPPLEMENT_REQUESTED', 5],
    ['REFUSE', 'REGISTERED', 'REFUSED', 3],
    ['WITHDRAW', 'REGISTERED', 'WITHDRAWN', 7],
    ['REQUEST_SUPPLEMENT', 'RECEIVED', 'SUPPLEMENT_REQUESTED', 5],
    ['REQUEST_SUPPLEMENT', 'ROUTING_HELD', 'SUPPLEMENT_REQUESTED', 5],
    ['REQUEST_SUPPLEMENT', 'PROCESSING', 'SUPPLEMENT_REQUESTED', 5],
    ['RECEIVE_SUPPLEMENT', 'SUPPLEMENT_REQUESTED', 'PROCESSING', 4],
    ['REFUSE', 'RECEIVED', 'REFUSED', 3],
    ['REFUSE', 'ROUTING_HELD', 'REFUSED', 3],
    ['REFUSE', 'SUPPLEMENT_REQUESTED', 'REFUSED', 3],
    ['RECORD_STEP', 'PROCESSING', 'PROCESSING', 4],
    ['MARK_RESULT_READY', 'PROCESSING', 'RESULT_READY', 9],
    ['RETURN_RESULT', 'RESULT_READY', 'RETURNED', 10],
    ['WITHDRAW', 'RECEIVED', 'WITHDRAWN', 7],
    ['WITHDRAW', 'ROUTING_HELD', 'WITHDRAWN', 7],
    ['WITHDRAW', 'PROCESSING', 'WITHDRAWN', 7],
    ['WITHDRAW', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN', 7],
    ['WITHDRAW', 'AWAITING_PAYMENT', 'WITHDRAWN', 7],
    ['REQUEST_PAYMENT', 'RECEIVED', 'AWAITING_PAYMENT', 6],
    ['REQUEST_PAYMENT', 'ROUTING_HELD', 'AWAITING_PAYMENT', 6],
    ['REQUEST_PAYMENT', 'PROCESSING', 'AWAITING_PAYMENT', 6],
    ['REQUEST_PAYMENT', 'RESULT_READY', 'AWAITING_PAYMENT', 6],
    ['CONFIRM_PAYMENT', 'AWAITING_PAYMENT', 'PROCESSING', 4],
    ['STOP', 'PROCESSING', 'STOPPED', 8],
    ['STOP', 'SUPPLEMENT_REQUESTED', 'STOPPED', 8],
    ['APOLOGIZE', 'PROCESSING', 'PROCESSING', 4],
    ['RATE', 'RETURNED', 'RETURNED', 10],
  ] as const)('allows %s from %s to %s (national %d)', (type, from, to, national) => {
    const decision = decideTransition(
      state({
        status: from,
        supplementRequested: from === 'SUPPLEMENT_REQUESTED',
        paymentResumeStatus: from === 'AWAITING_PAYMENT' ? 'PROCESSING' : null,
      }),
      COMMANDS[type],
      CALLERS[type],
    );
    expect(decision).toMatchObject({ command: type, from, to, nationalStatusCode: national });
  });

  it('covers every legal (command, status) pair of the rules in the table above', () => {
    const pairs = Object.entries(LIFECYCLE_RULES).flatMap(([type, rule]) =>
      rule.from.map((from) => `${type}:${from}`),
    );
    expect(pairs).toHaveLength(28);
  });

  const illegal = Object.entries(LIFECYCLE_RULES).flatMap(([type, rule]) =>
    Object.values(DossierStatus)
      .filter((s) => !rule.from.includes(s))
      .map((s) => [type as DossierCommandType, s] as const),
  );
  it.each(illegal)('refuses %s on a %s dossier with ILLEGAL_TRANSITION', (type, status) => {
    expect(
      errorCode(() => decideTransition(state({ status }), COMMANDS[type], CALLERS[type])),
    ).toBe(ErrorCode.IllegalTransition);
  });

  it.each([
    ['RESULT_READY', AGENCY, 'RESULT_READY'],
    ['RECEIVED', null, 'RECEIVED'],
    ['ROUTING_HELD', null, 'ROUTING_HELD'],
    // Routed while it waited for the payment: it goes on with the agency.
    ['RECEIVED', AGENCY, 'PROCESSING'],
  ] as const)(
    'goes back from AWAITING_PAYMENT to where it was (%s, agency %s) once paid: %s',
    (resume, agency, to) => {
      const decision = decideTransition(
        state({
          status: 'AWAITING_PAYMENT',
          paymentResumeStatus: resume,
          competentAgencyCode: agency,
        }),
        { type: 'CONFIRM_PAYMENT', method: 'ONLINE', reference: 'VNPAY-123' },
        receiver,
      );
      expect(decision).toMatchObject({
        to,
        details: { method: 'ONLINE', reference: 'VNPAY-123' },
      });
    },
  );

  it('records the fees and their total when a payment is requested', () => {
    const decision = decideTransition(
      state({ status: 'RESULT_READY' }),
      {
        type: 'REQUEST_PAYMENT',
        fees: [
          { description: 'Lệ phí', amountVnd: 100_000 },
          { description: 'Phí thẩm định', amountVnd: 50_000 },
        ],
      },
      receiver,
    );
    expect(decision.details).toMatchObject({ totalVnd: 150_000, resumeStatus: 'RESULT_READY' });
  });

  it('goes back to REGISTERED when a supplement arrives for an online dossier not yet accepted', () => {
    const decision = decideTransition(
      state({
        status: 'SUPPLEMENT_REQUESTED',
        supplementRequested: true,
        accepted: false,
        competentAgencyCode: null,
      }),
      { type: 'RECEIVE_SUPPLEMENT' },
      receiver,
    );
    expect(decision).toMatchObject({ to: 'REGISTERED', nationalStatusCode: 1 });
  });

  it('goes back to RECEIVED when a supplement arrives for a dossier not yet routed', () => {
    const decision = decideTransition(
      state({ status: 'SUPPLEMENT_REQUESTED', competentAgencyCode: null }),
      COMMANDS.RECEIVE_SUPPLEMENT,
      receiver,
    );
    expect(decision.to).toBe('RECEIVED');
  });

  it.each([
    ['a second supplement request', state({ supplementRequested: true }), 'REQUEST_SUPPLEMENT'],
    ['a second rating', state({ status: 'RETURNED', rating: 4 }), 'RATE'],
  ] as const)('refuses %s with ILLEGAL_TRANSITION', (_what, s, type) => {
    expect(errorCode(() => decideTransition(s, COMMANDS[type], CALLERS[type]))).toBe(
      ErrorCode.IllegalTransition,
    );
  });

  it('refuses an apology whose new due date is not later than the current one', () => {
    expect(
      errorCode(() =>
        decideTransition(
          state(),
          { type: 'APOLOGIZE', newDueAt: DUE.toISOString(), reason: 'x' },
          handler,
        ),
      ),
    ).toBe(ErrorCode.IllegalTransition);
  });

  it.each([
    [
      'a handler of another agency records a step',
      'RECORD_STEP',
      staff(['HANDLER'], { agencyCodes: ['000.00.09.H26'] }),
    ],
    ['a receiver records a step', 'RECORD_STEP', receiver],
    ['a handler refuses', 'REFUSE', handler],
    [
      'staff of another tenant requests a supplement',
      'REQUEST_SUPPLEMENT',
      staff(['RECEIVER'], { tenant: 'hcmc' }),
    ],
    [
      'a citizen withdraws',
      'WITHDRAW',
      { kind: 'ACTOR', actor: { kind: 'CITIZEN', subject: 'c', roles: [] } },
    ],
    [
      'a receiver of another branch refuses',
      'REFUSE',
      staff(['RECEIVER'], { branchIds: ['hn-cau-giay'] }),
    ],
    ['a receiver without a branch refuses', 'REFUSE', staff(['RECEIVER'])],
    ['staff rate', 'RATE', receiver],
    ['the applicant stops', 'STOP', applicant],
  ] as const)('answers FORBIDDEN when %s', (_what, type, caller) => {
    const status = type === 'RATE' ? 'RETURNED' : type === 'REFUSE' ? 'RECEIVED' : 'PROCESSING';
    expect(
      errorCode(() =>
        decideTransition(state({ status }), COMMANDS[type], caller as LifecycleCaller),
      ),
    ).toBe(ErrorCode.Forbidden);
  });

  it('lets a receiver of the return branch hand the result back', () => {
    const decision = decideTransition(
      state({ status: 'RESULT_READY', branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'] }),
      COMMANDS.RETURN_RESULT,
      staff(['RECEIVER'], { branchIds: ['hn-hoan-kiem'] }),
    );
    expect(decision.to).toBe('RETURNED');
  });

  it('lets a supervisor act for the competent agency', () => {
    const decision = decideTransition(state(), COMMANDS.MARK_RESULT_READY, staff(['SUPERVISOR']));
    expect(decision.to).toBe('RESULT_READY');
  });

  it('answers UNAUTHENTICATED without an actor', () => {
    expect(
      errorCode(() =>
        decideTransition(state(), COMMANDS.STOP, { kind: 'ACTOR', actor: undefined }),
      ),
    ).toBe(ErrorCode.Unauthenticated);
  });

  // Readers who change nothing (DOMAIN §7): every command, from every status it is legal in.
  const readOnly: [string, Actor][] = [
    [
      'an auditor',
      {
        kind: 'STAFF',
        subject: 'auditor',
        tenant: 'hanoi',
        roles: ['AUDITOR'],
        branchIds: ['hn-ba-dinh'],
        agencyCodes: [AGENCY],
        scopes: [],
      },
    ],
    [
      'a tenant administrator',
      {
        kind: 'STAFF',
        subject: 'admin',
        tenant: 'hanoi',
        roles: ['TENANT_ADMIN'],
        branchIds: ['hn-ba-dinh'],
        agencyCodes: [AGENCY],
        scopes: [],
      },
    ],
    [
      'an API client with every scope',
      {
        kind: 'INTEGRATOR',
        subject: 'national-portal',
        tenant: 'hanoi',
        roles: [],
        branchIds: [],
        agencyCodes: [],
        scopes: ['dossier:read', 'dossier:submit', 'public:read'],
      },
    ],
  ];
  it.each(readOnly)('answers FORBIDDEN to every command of %s', (_who, actor) => {
    const tried = Object.entries(LIFECYCLE_RULES).flatMap(([type, rule]) =>
      rule.from.map((status) =>
        errorCode(() =>
          decideTransition(
            state({
              status,
              supplementRequested: false,
              paymentResumeStatus: status === 'AWAITING_PAYMENT' ? 'PROCESSING' : null,
            }),
            COMMANDS[type as DossierCommandType],
            { kind: 'ACTOR', actor },
          ),
        ),
      ),
    );
    expect(tried.length).toBeGreaterThan(20);
    expect(new Set(tried)).toEqual(new Set([ErrorCode.Forbidden]));
  });
});

describe('cross-province hand-over', () => {
  const hcmcReceiver = staff(['RECEIVER'], { tenant: 'hcmc', branchIds: ['hcm-ben-thanh'] });
  const receivingView = (overrides: Partial<LifecycleState> = {}) =>
    state({ tenant: 'hcmc', branchIds: ['hcm-ben-thanh'], handedOverTo: 'hanoi', ...overrides });

  it.each(
    (Object.keys(COMMANDS) as DossierCommandType[]).filter((type) => type !== 'RETURN_RESULT'),
  )('keeps the receiving view read-only: %s is FORBIDDEN, naming the deciding tenant', (type) => {
    const caller = type === 'RATE' ? applicant : staff(['SUPERVISOR'], { tenant: 'hcmc' });
    try {
      decideTransition(receivingView(), COMMANDS[type], caller);
      throw new Error('expected a refusal');
    } catch (err) {
      expect(DomainError.is(err) && err.code).toBe(ErrorCode.Forbidden);
      expect((err as Error).message).toContain('handed over to hanoi');
    }
  });

  it('lets a receiver of the receiving branch return the result there', () => {
    const decision = decideTransition(
      receivingView({ status: 'RESULT_READY' }),
      COMMANDS.RETURN_RESULT,
      hcmcReceiver,
    );
    expect(decision).toMatchObject({ to: 'RETURNED', actor: 'someone' });
  });

  it('lets the receiving tenant return the result on the deciding row, and nothing else', () => {
    const decidingRow = state({ status: 'RESULT_READY', receivedInTenant: 'hcmc' });
    const handover: LifecycleCaller = { kind: 'HANDOVER', receivingTenant: 'hcmc' };
    expect(decideTransition(decidingRow, COMMANDS.RETURN_RESULT, handover)).toMatchObject({
      to: 'RETURNED',
      actor: 'system:handover',
    });
    expect(errorCode(() => decideTransition(decidingRow, COMMANDS.WITHDRAW, handover))).toBe(
      ErrorCode.Forbidden,
    );
    expect(
      errorCode(() =>
        decideTransition(decidingRow, COMMANDS.RETURN_RESULT, {
          kind: 'HANDOVER',
          receivingTenant: 'quang-ninh',
        }),
      ),
    ).toBe(ErrorCode.Forbidden);
  });
});
