import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssignmentCause, ROUTING_SYSTEM_ACTOR, type DossierRouted } from '@motcua/contracts';
import { Clock, OutboxWriter } from '@motcua/platform';
import { ChainsRepository } from '../chains/chains.repository';
import { toDossierFacts } from '../decisions/decision-view';
import { RoutingDecisionsRepository } from '../decisions/routing-decisions.repository';
import { RosterRepository } from '../handler-roster/roster.repository';
import { vietnamDay } from '../vietnam-days';
import { chooseHandler, WORK_ENDING_STATUSES } from './assignment-policy';
import { AssignmentEntity, AssignmentState } from './assignment.entity';
import { AssignmentsRepository } from './assignments.repository';
import { DossierProgressRepository } from './dossier-progress.repository';

/** Who gets the dossier, and why the change is made. */
export interface Handover {
  cause: AssignmentCause;
  reason: string | null;
  /** `system:routing` or a staff subject. */
  by: string;
}

/** How many dossiers one sweep handles at most per kind of work. */
const SWEEP_BATCH = 100;

/**
 * Inside the competent agency, gives each routed dossier to a handler by skill and load,
 * respecting capacity and absences (DOMAIN §6), and moves dossiers when their handler is away or
 * leaves. Every change is logged and announced (`dossier.assigned.v1`). All methods run in the
 * caller's transaction.
 */
@Injectable()
export class AssignmentsService {
  private readonly logger = new Logger(AssignmentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsRepository,
    private readonly roster: RosterRepository,
    private readonly decisions: RoutingDecisionsRepository,
    private readonly progress: DossierProgressRepository,
    private readonly chains: ChainsRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** A dossier reached its agency: it gets a handler, or waits in the agency queue. */
  async assignRouted(manager: EntityManager, tenant: string, routed: DossierRouted): Promise<void> {
    if (await this.assignments.exists(manager, routed.dossierId)) return;
    const decision = await this.decisions.find(manager, tenant, { dossierId: routed.dossierId });
    // Routing wrote the decision before the event: missing means another tenant's data.
    if (!decision) throw new Error(`dossier ${routed.code} has no routing decision in ${tenant}`);
    const facts = toDossierFacts(decision);
    if (!facts) {
      this.logger.warn(
        `dossier ${routed.code} was decided before routing kept its facts: no handler`,
      );
      return;
    }
    const progress = await this.progress.get(manager, routed.dossierId);
    if (progress && WORK_ENDING_STATUSES.includes(progress.status)) return;
    const assignment: AssignmentEntity = {
      dossierId: routed.dossierId,
      tenantId: tenant,
      dossierCode: routed.code,
      // An inter-agency chain may have moved on before this event got here.
      agencyCode: (await this.chains.activeAgency(manager, routed.dossierId)) ?? routed.agencyCode,
      procedureCode: facts.procedureCode,
      procedureName: facts.procedureName,
      fieldCode: facts.fieldCode,
      receivedAt: new Date(facts.receivedAt),
      routedAt: new Date(routed.routedAt),
      handlerSubject: null,
      assignedAt: null,
      state: AssignmentState.Open,
      closedAt: null,
      closedStatus: null,
    };
    await this.assignments.insert(manager, assignment);
    const chosen = await this.giveToBest(manager, assignment, {
      cause: AssignmentCause.Automatic,
      reason: null,
      by: ROUTING_SYSTEM_ACTOR,
    });
    if (!chosen) {
      // Logged as waiting, so the head sees since when.
      await this.assignments.log(manager, {
        dossierId: assignment.dossierId,
        tenantId: tenant,
        handlerSubject: null,
        previousHandlerSubject: null,
        cause: AssignmentCause.Automatic,
        reason: 'no handler of the agency can take it now',
        at: this.clock.now(),
        assignedBy: ROUTING_SYSTEM_ACTOR,
      });
      this.logger.warn(`dossier ${routed.code} waits for a handler of ${routed.agencyCode}`);
    }
  }

  /**
   * An inter-agency hand-over: the dossier's open assignment moves to the next agency and its best
   * handler (or its queue when nobody can take it). Returns who held it until now.
   */
  async handOver(
    manager: EntityManager,
    tenant: string,
    dossierId: string,
    agencyCode: string,
    handover: Handover,
  ): Promise<string | null> {
    const assignment = await this.assignments.find(manager, tenant, { dossierId }, true);
    if (!assignment || assignment.state !== AssignmentState.Open) return null;
    const holder = assignment.handlerSubject;
    if (assignment.agencyCode === agencyCode) return holder;
    await this.assignments.moveToAgency(manager, dossierId, agencyCode);
    assignment.agencyCode = agencyCode;
    const chosen = await this.giveToBest(manager, assignment, handover);
    if (!chosen) await this.give(manager, assignment, null, handover);
    return holder;
  }

  /**
   * Moves a handler's open dossiers to the best other handler of their agency (or to the agency
   * queue when nobody can take them). Returns how many moved.
   */
  async release(
    manager: EntityManager,
    tenant: string,
    subject: string,
    handover: Handover,
  ): Promise<number> {
    const open = await this.assignments.openOf(manager, tenant, subject);
    for (const assignment of open) {
      const chosen = await this.giveToBest(manager, assignment, handover, subject);
      if (!chosen) await this.give(manager, assignment, null, handover);
    }
    if (open.length)
      this.logger.log(`${open.length} dossiers of ${subject} re-assigned (${handover.cause})`);
    return open.length;
  }

  /** Gives waiting dossiers (of one agency, or all) to whoever can take them now. */
  async assignWaiting(
    manager: EntityManager,
    agency?: { tenant: string; agencyCode: string },
  ): Promise<number> {
    let given = 0;
    for (const assignment of await this.assignments.waiting(manager, SWEEP_BATCH, agency)) {
      const chosen = await this.giveToBest(manager, assignment, {
        cause: AssignmentCause.Automatic,
        reason: null,
        by: ROUTING_SYSTEM_ACTOR,
      });
      if (chosen) given += 1;
    }
    return given;
  }

  /**
   * The background sweep: absences that began release their handler's dossiers, and waiting
   * dossiers get a handler once one is free (a new day's capacity, a return from absence).
   */
  async sweep(): Promise<void> {
    const now = this.clock.now();
    const day = vietnamDay(now);
    await this.dataSource.transaction(async (m) => {
      await this.roster.markEndedReleased(m, day.date, now);
      for (const absence of await this.roster.absencesToRelease(m, day.date, SWEEP_BATCH)) {
        await this.release(m, absence.tenantId, absence.subject, {
          cause: AssignmentCause.Absence,
          reason: absence.reason,
          by: ROUTING_SYSTEM_ACTOR,
        });
        await this.roster.markReleased(m, absence.id, now);
      }
    });
    await this.dataSource.transaction((m) => this.assignWaiting(m));
  }

  /**
   * Gives the dossier to the best handler of its agency other than `exclude`; undefined (and no
   * change) when nobody can take it.
   */
  async giveToBest(
    manager: EntityManager,
    assignment: AssignmentEntity,
    handover: Handover,
    exclude?: string,
  ): Promise<{ subject: string; displayName: string } | undefined> {
    await this.assignments.lockAgency(manager, assignment.tenantId, assignment.agencyCode);
    const loads = await this.roster.loads(
      manager,
      assignment.tenantId,
      { agencyCode: assignment.agencyCode },
      vietnamDay(this.clock.now()),
    );
    const chosen = chooseHandler(loads, assignment.fieldCode, exclude);
    if (chosen) await this.give(manager, assignment, chosen, handover);
    return chosen;
  }

  /** Records the new holder (null: the agency queue), logs it, and announces a real handler. */
  async give(
    manager: EntityManager,
    assignment: AssignmentEntity,
    handler: { subject: string; displayName: string } | null,
    handover: Handover,
  ): Promise<void> {
    const now = this.clock.now();
    const previous = assignment.handlerSubject;
    await this.assignments.setHandler(
      manager,
      assignment.dossierId,
      handler?.subject ?? null,
      handler ? now : null,
    );
    await this.assignments.log(manager, {
      dossierId: assignment.dossierId,
      tenantId: assignment.tenantId,
      handlerSubject: handler?.subject ?? null,
      previousHandlerSubject: previous,
      cause: handover.cause,
      reason: handover.reason,
      at: now,
      assignedBy: handover.by,
    });
    assignment.handlerSubject = handler?.subject ?? null;
    assignment.assignedAt = handler ? now : null;
    if (!handler) return;
    const progress = await this.progress.get(manager, assignment.dossierId);
    await this.outbox.append(
      manager,
      'dossier.assigned.v1',
      {
        dossierId: assignment.dossierId,
        code: assignment.dossierCode,
        agencyCode: assignment.agencyCode,
        handlerSubject: handler.subject,
        handlerName: handler.displayName,
        previousHandlerSubject: previous,
        cause: handover.cause,
        reason: handover.reason,
        assignedBy: handover.by,
        assignedAt: now.toISOString(),
        dueAt: progress?.dueAt?.toISOString() ?? null,
      },
      { tenant: assignment.tenantId, subject: assignment.dossierCode },
    );
  }
}
