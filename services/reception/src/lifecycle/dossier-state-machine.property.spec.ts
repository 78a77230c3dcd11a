import fc from 'fast-check';
import {
  DomainError,
  DossierStatus,
  ErrorCode,
  NATIONAL_STATUS_CODE,
  type Actor,
} from '@motcua/contracts';
import {
  LIFECYCLE_RULES,
  decideTransition,
  type LifecycleCaller,
  type LifecycleCommand,
  type LifecycleState,
} from './dossier-state-machine';

// Random walks through the lifecycle (DOMAIN §4): whatever the order of commands and callers,
// the machine answers with a legal step or a typed refusal, and its invariants hold.
const RUNS = { seed: 20261122, numRuns: 300 };
const S = DossierStatus;
const AGENCY = '000.00.01.H26';
const DUE = new Date('2026-01-14T03:00:00.000Z');
const TERMINAL: readonly DossierStatus[] = [S.Refused, S.Withdrawn, S.Stopped];
const TYPED_REFUSALS: readonly string[] = [
  ErrorCode.IllegalTransition,
  ErrorCode.Forbidden,
  ErrorCode.Unauthenticated,
  ErrorCode.ValidationFailed,
];

const staff = (roles: string[], overrides: Partial<Actor> = {}): LifecycleCaller => ({
  kind: 'ACTOR',
  actor: {
    kind: 'STAFF',
    subject: `staff-${roles.join('-')}`,
    tenant: 'hanoi',
    roles,
    branchIds: [],
    agencyCodes: [],
    scopes: [],
    ...overrides,
  },
});
const SUPERVISOR = staff(['SUPERVISOR']);
const callers: Record<string, LifecycleCaller> = {
  supervisor: SUPERVISOR,
  receiver: staff(['RECEIVER'], { branchIds: ['hn-ba-dinh'] }),
  otherBranchReceiver: staff(['RECEIVER'], { branchIds: ['hn-dong-da'] }),
  handler: staff(['HANDLER'], { agencyCodes: [AGENCY] }),
  otherAgencyHandler: staff(['HANDLER'], { agencyCodes: ['000.00.02.H26'] }),
  otherTenantSupervisor: staff(['SUPERVISOR'], { tenant: 'hcmc' }),
  auditor: staff(['AUDITOR']),
  citizen: {
    kind: 'ACTOR',
    actor: {
      kind: 'CITIZEN',
      subject: 'c',
      tenant: 'hanoi',
      roles: [],
      branchIds: [],
      agencyCodes: [],
      scopes: [],
    },
  },
  anonymous: { kind: 'ACTOR', actor: undefined },
  applicant: { kind: 'APPLICANT' },
};
const callerArb = fc.constantFrom(...Object.keys(callers));

const commandArb: fc.Arbitrary<LifecycleCommand> = fc.oneof(
  fc.constant<LifecycleCommand>({ type: 'ACCEPT' }),
  fc.constant<LifecycleCommand>({ type: 'REQUEST_SUPPLEMENT', missingComponents: ['Bản sao'] }),
  fc.constant<LifecycleCommand>({ type: 'RECEIVE_SUPPLEMENT' }),
  fc.constant<LifecycleCommand>({ type: 'REFUSE', reasons: ['Không đủ điều kiện'] }),
  fc.constant<LifecycleCommand>({
    type: 'RECORD_STEP',
    step: { title: 'Thẩm định', interAgency: false },
  }),
  fc.constant<LifecycleCommand>({ type: 'MARK_RESULT_READY' }),
  fc.constant<LifecycleCommand>({ type: 'RETURN_RESULT', method: 'BRANCH' }),
  fc.constant<LifecycleCommand>({ type: 'WITHDRAW', reason: 'Theo đề nghị' }),
  fc.constant<LifecycleCommand>({ type: 'STOP', reason: 'Không thuộc thẩm quyền' }),
  fc.integer({ min: -3, max: 10 }).map<LifecycleCommand>((days) => ({
    type: 'APOLOGIZE',
    newDueAt: new Date(DUE.getTime() + days * 86_400_000).toISOString(),
    reason: 'Gia hạn',
  })),
  fc.constant<LifecycleCommand>({
    type: 'REQUEST_PAYMENT',
    fees: [{ description: 'Lệ phí', amountVnd: 50_000 }],
  }),
  fc.constant<LifecycleCommand>({ type: 'CONFIRM_PAYMENT', method: 'CASH' }),
  fc.integer({ min: -1, max: 7 }).map<LifecycleCommand>((rating) => ({ type: 'RATE', rating })),
);

/** One step of a walk: a command by a caller, or routing's answer arriving (not a command). */
type Step = { kind: 'command'; command: LifecycleCommand; caller: string } | { kind: 'routed' };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('command' as const),
      command: commandArb,
      caller: callerArb,
    }),
  },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'routed' }) },
);
const startArb = fc.record({ online: fc.boolean() });

const initialState = (online: boolean): LifecycleState => ({
  tenant: 'hanoi',
  status: online ? S.Registered : S.Received,
  competentAgencyCode: null,
  branchIds: ['hn-ba-dinh'],
  accepted: !online,
  supplementRequested: false,
  dueAt: DUE,
  rating: null,
  paymentResumeStatus: null,
  handedOverTo: null,
  receivedInTenant: null,
});

/** What reception stores after a decision (the clock effects aside). */
function apply(
  state: LifecycleState,
  command: LifecycleCommand,
  to: DossierStatus,
): LifecycleState {
  const next = { ...state, status: to };
  if (command.type === 'ACCEPT') next.accepted = true;
  if (command.type === 'REQUEST_SUPPLEMENT') next.supplementRequested = true;
  if (command.type === 'REQUEST_PAYMENT') next.paymentResumeStatus = state.status;
  if (command.type === 'CONFIRM_PAYMENT') next.paymentResumeStatus = null;
  if (command.type === 'APOLOGIZE') next.dueAt = new Date(command.newDueAt);
  if (command.type === 'RATE') next.rating = command.rating;
  return next;
}

/** Routing answers once, for an accepted dossier waiting at reception. */
function routed(state: LifecycleState): LifecycleState {
  if (state.competentAgencyCode || !state.accepted) return state;
  const routable = state.status === S.Received || state.status === S.RoutingHeld;
  return {
    ...state,
    competentAgencyCode: AGENCY,
    status: routable ? S.Processing : state.status,
  };
}

/** The refusal code, or undefined when the step was decided. Any other throw fails the test. */
function attempt(state: LifecycleState, command: LifecycleCommand, caller: LifecycleCaller) {
  try {
    return { decision: decideTransition(state, command, caller) };
  } catch (err) {
    if (!DomainError.is(err)) throw err;
    return { refusal: err.code };
  }
}

describe('dossier state machine (property-based)', () => {
  it('answers every command of every caller in every reachable state with a legal step or a typed refusal', () => {
    fc.assert(
      fc.property(startArb, fc.array(stepArb, { maxLength: 40 }), ({ online }, steps) => {
        let state = initialState(online);
        let supplements = 0;
        let ratings = 0;
        for (const step of steps) {
          if (step.kind === 'routed') {
            state = routed(state);
            continue;
          }
          const caller = callers[step.caller];
          const result = attempt(state, step.command, caller);
          if (result.refusal !== undefined) {
            expect(TYPED_REFUSALS).toContain(result.refusal);
            continue;
          }
          const { decision } = result;
          // Legal from where it stood, and the national code follows the new status.
          expect(LIFECYCLE_RULES[step.command.type].from).toContain(state.status);
          expect(decision.from).toBe(state.status);
          expect(decision.nationalStatusCode).toBe(NATIONAL_STATUS_CODE[decision.to]);
          // Nobody outside the tenant's staff moves a dossier; the applicant only rates it.
          if (step.command.type === 'RATE') expect(step.caller).toBe('applicant');
          else expect(['supervisor', 'receiver', 'handler']).toContain(step.caller);
          if (step.command.type === 'REQUEST_SUPPLEMENT') supplements += 1;
          if (step.command.type === 'RATE') ratings += 1;
          state = apply(state, step.command, decision.to);
        }
        expect(supplements).toBeLessThanOrEqual(1);
        expect(ratings).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('accepts a supervisor command exactly when its status allows it and its guard holds', () => {
    fc.assert(
      fc.property(
        startArb,
        fc.array(stepArb, { maxLength: 30 }),
        commandArb.filter((c) => c.type !== 'RATE'),
        ({ online }, steps, probe) => {
          let state = initialState(online);
          for (const step of steps) {
            if (step.kind === 'routed') state = routed(state);
            else {
              const result = attempt(state, step.command, callers[step.caller]);
              if (result.decision) state = apply(state, step.command, result.decision.to);
            }
          }
          const legal = LIFECYCLE_RULES[probe.type].from.includes(state.status);
          const guard =
            (probe.type !== 'REQUEST_SUPPLEMENT' || !state.supplementRequested) &&
            (probe.type !== 'APOLOGIZE' || new Date(probe.newDueAt) > state.dueAt);
          const result = attempt(state, probe, SUPERVISOR);
          expect(result.decision !== undefined).toBe(legal && guard);
          if (!result.decision) expect(result.refusal).toBe(ErrorCode.IllegalTransition);
        },
      ),
      RUNS,
    );
  });

  it('lets nothing but a rating happen once a dossier has ended', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TERMINAL, S.Returned),
        commandArb,
        callerArb,
        (status, command, callerName) => {
          const state = { ...initialState(false), status, competentAgencyCode: AGENCY };
          const result = attempt(state, command, callers[callerName]);
          if (result.decision) {
            expect(status).toBe(S.Returned);
            expect(command.type).toBe('RATE');
            expect(result.decision.to).toBe(S.Returned);
          }
        },
      ),
      RUNS,
    );
  });
});
