import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AssignmentCause,
  ChainStepStatus,
  DomainError,
  DossierStatus,
  ErrorCode,
  type Actor,
  type DossierChain,
  type DossierRouted,
  type DossierTransitioned,
  type InterAgencyStep,
  type RpcParsedRequest,
} from '@motcua/contracts';
import { Clock, OutboxWriter } from '@motcua/platform';
import { authorizeStaff } from '../access/staff-access';
import { WORK_ENDING_STATUSES } from '../assignments/assignment-policy';
import { AssignmentsService } from '../assignments/assignments.service';
import { DossierProgressRepository } from '../assignments/dossier-progress.repository';
import { RoutingDecisionsRepository } from '../decisions/routing-decisions.repository';
import { ChainCatalogService } from './chain-catalog.service';
import { mayHandOver, planChain, toDossierChain } from './chain-plan';
import type { ChainStepEntity } from './chain-step.entity';
import { ChainsRepository } from './chains.repository';

/** The dossier waits for the applicant: no agency's time runs, nobody hands it on. */
const WAITING_ON_APPLICANT: readonly DossierStatus[] = [
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingPayment,
];
/** The result is ready: the last step is done. Other ends cancel what is left. */
const RESULT_STATUSES: readonly DossierStatus[] = [
  DossierStatus.ResultReady,
  DossierStatus.Returned,
];

/**
 * Inter-agency chains (DOMAIN §4): a procedure version may name the agencies a dossier passes
 * through in order (land → tax → land registry), each step with its own time. Routing copies the
 * chain when the dossier is routed, moves it on when the holding agency hands over (its handler
 * then comes from the next agency), and tracks each step's deadline in working time.
 */
@Injectable()
export class ChainsService {
  private readonly logger = new Logger(ChainsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly chains: ChainsRepository,
    private readonly catalog: ChainCatalogService,
    private readonly decisions: RoutingDecisionsRepository,
    private readonly progress: DossierProgressRepository,
    private readonly assignments: AssignmentsService,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** A dossier reached its competent agency: the chain of its procedure version starts there. */
  async start(manager: EntityManager, tenant: string, routed: DossierRouted): Promise<void> {
    if (await this.chains.exists(manager, routed.dossierId)) return;
    const decision = await this.decisions.find(manager, tenant, { dossierId: routed.dossierId });
    // Decisions taken before routing kept the procedure version start no chain.
    if (!decision?.procedureCode || decision.procedureVersion === null) return;
    const steps = await this.definedSteps(
      tenant,
      decision.procedureCode,
      decision.procedureVersion,
    );
    if (!steps.length) return;
    const progress = await this.progress.get(manager, routed.dossierId);
    if (progress && WORK_ENDING_STATUSES.includes(progress.status)) return;
    const startedAt = new Date(routed.routedAt);
    const names = await this.catalog.agencyNames(
      tenant,
      steps.flatMap((s) => (s.agencyCode === null ? [] : [s.agencyCode])),
    );
    const planned = planChain(
      { tenantId: tenant, dossierId: routed.dossierId, dossierCode: routed.code },
      steps,
      { code: routed.agencyCode, name: routed.agencyName },
      names,
      {
        startedAt,
        firstDueAt: await this.catalog.dueAt(tenant, startedAt, steps[0].duration),
        // Routed while it waits for the applicant: the step's clock starts paused.
        pausedAt: progress && WAITING_ON_APPLICANT.includes(progress.status) ? startedAt : null,
      },
    );
    await this.chains.insert(manager, planned);
    this.logger.log(
      `dossier ${routed.code}: inter-agency chain of ${planned.length} steps started`,
    );
  }

  /**
   * Keeps the active step in step with the dossier: its clock pauses and resumes with the
   * dossier's (the due time moves later by the working time paused); the result finishes it;
   * a refusal, withdrawal or stop cancels what is left.
   */
  async follow(manager: EntityManager, tenant: string, step: DossierTransitioned): Promise<void> {
    const steps = await this.chains.lockById(manager, step.dossierId);
    const active = steps.find((s) => s.status === ChainStepStatus.Active);
    if (!active) return;
    const at = new Date(step.at);
    if (RESULT_STATUSES.includes(step.to)) {
      await this.chains.save(manager, {
        ...active,
        status: ChainStepStatus.Done,
        finishedAt: at,
        finishedBy: step.actor,
        pausedAt: null,
      });
    } else if (WORK_ENDING_STATUSES.includes(step.to)) {
      for (const s of steps.filter((x) => x.status === ChainStepStatus.Pending || x === active))
        await this.chains.save(manager, {
          ...s,
          status: ChainStepStatus.Cancelled,
          finishedAt: s === active ? at : null,
          finishedBy: s === active ? step.actor : null,
        });
    } else if (step.dueAt === null && !active.pausedAt) {
      await this.chains.save(manager, { ...active, pausedAt: at });
    } else if (step.dueAt !== null && active.pausedAt && active.dueAt) {
      const dueAt = await this.catalog.pushedBy(tenant, active.dueAt, active.pausedAt, at);
      await this.chains.save(manager, { ...active, dueAt, pausedAt: null });
    }
  }

  async get(
    tenant: string,
    request: RpcParsedRequest<'routing.chain.get.v1'>,
    actor: Actor | undefined,
  ): Promise<DossierChain> {
    authorizeStaff(tenant, actor);
    const manager = this.dataSource.manager;
    const steps = await this.chains.byCode(manager, tenant, request.dossierCode);
    const dossier = steps[0] ?? (await this.decided(manager, tenant, request.dossierCode));
    return toDossierChain(dossier, steps, this.clock.now());
  }

  /**
   * The agency of the active step hands the dossier to the next step's agency: the step is done,
   * the next starts now with its own deadline, a handler of the next agency gets the dossier,
   * and `dossier.step-handed-over.v1` tells reception (form 06) in the same transaction.
   */
  advance(
    tenant: string,
    request: RpcParsedRequest<'routing.chain.advance.v1'>,
    actor: Actor | undefined,
  ): Promise<DossierChain> {
    const staff = authorizeStaff(tenant, actor);
    return this.dataSource.transaction(async (manager) => {
      const steps = await this.chains.byCode(manager, tenant, request.dossierCode, true);
      if (!steps.length) {
        await this.decided(manager, tenant, request.dossierCode);
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `dossier ${request.dossierCode} has no inter-agency chain: its agency marks the result ready`,
        );
      }
      const active = steps.find((s) => s.status === ChainStepStatus.Active);
      if (!active)
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `the inter-agency chain of ${request.dossierCode} is over`,
        );
      if (!mayHandOver(staff, active.agencyCode))
        throw new DomainError(
          ErrorCode.Forbidden,
          `only handlers or approvers of ${active.agencyCode} (or a supervisor) may hand ${request.dossierCode} over`,
        );
      const next = steps.find((s) => s.stepIndex === active.stepIndex + 1);
      if (!next)
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `step ${active.stepIndex} of ${steps.length} is the last: ${active.agencyName} marks the result ready`,
        );
      await this.requireInProgress(manager, active);
      const now = this.clock.now();
      const note = request.note ?? null;
      const holder = await this.assignments.handOver(
        manager,
        tenant,
        active.dossierId,
        next.agencyCode,
        {
          cause: AssignmentCause.Automatic,
          reason: `inter-agency step ${next.stepIndex} of ${steps.length}: handed over by ${active.agencyName}`,
          by: staff.subject,
        },
      );
      const done: ChainStepEntity = {
        ...active,
        status: ChainStepStatus.Done,
        finishedAt: now,
        finishedBy: staff.subject,
        handlerSubject: holder,
        note,
      };
      const started: ChainStepEntity = {
        ...next,
        status: ChainStepStatus.Active,
        startedAt: now,
        dueAt: await this.catalog.dueAt(tenant, now, next.duration),
      };
      await this.chains.save(manager, done);
      await this.chains.save(manager, started);
      await this.outbox.append(
        manager,
        'dossier.step-handed-over.v1',
        {
          dossierId: active.dossierId,
          code: active.dossierCode,
          stepIndex: started.stepIndex,
          stepCount: steps.length,
          title: started.title,
          fromAgencyCode: done.agencyCode,
          fromAgencyName: done.agencyName,
          toAgencyCode: started.agencyCode,
          toAgencyName: started.agencyName,
          stepDueAt: started.dueAt!.toISOString(),
          at: now.toISOString(),
          actor: staff.subject,
          note,
        },
        { tenant, subject: active.dossierCode },
      );
      this.logger.log(
        `dossier ${active.dossierCode} handed over by ${staff.subject}: ${done.agencyCode} → ${started.agencyCode} (step ${started.stepIndex} of ${steps.length})`,
      );
      const after = steps.map((s) => (s === active ? done : s === next ? started : s));
      return toDossierChain(active, after, now);
    });
  }

  /** The chain of a procedure version; none when the catalog no longer knows the version. */
  private async definedSteps(
    tenant: string,
    code: string,
    version: number,
  ): Promise<InterAgencyStep[]> {
    try {
      return await this.catalog.stepsOf(tenant, code, version);
    } catch (err) {
      if (!DomainError.is(err) || err.code !== ErrorCode.NotFound) throw err;
      this.logger.warn(`no inter-agency chain for ${code} v${version}: ${err.message}`);
      return [];
    }
  }

  /** The routing decision's dossier; NOT_FOUND when routing never saw it. */
  private async decided(
    manager: EntityManager,
    tenant: string,
    dossierCode: string,
  ): Promise<{ dossierId: string; dossierCode: string }> {
    const decision = await this.decisions.find(manager, tenant, { dossierCode });
    if (!decision)
      throw new DomainError(
        ErrorCode.NotFound,
        `dossier ${dossierCode} has no routing decision in ${tenant}`,
      );
    return decision;
  }

  /** Nobody hands on a dossier that waits for the applicant or whose processing ended. */
  private async requireInProgress(manager: EntityManager, active: ChainStepEntity): Promise<void> {
    const progress = await this.progress.get(manager, active.dossierId);
    if (!progress) return;
    if (WAITING_ON_APPLICANT.includes(progress.status) || active.pausedAt)
      throw new DomainError(
        ErrorCode.IllegalTransition,
        `dossier ${active.dossierCode} waits for the applicant (${progress.status}): hand it over once they have done their part`,
      );
    if (WORK_ENDING_STATUSES.includes(progress.status))
      throw new DomainError(
        ErrorCode.IllegalTransition,
        `the processing of ${active.dossierCode} ended (${progress.status})`,
      );
  }
}
