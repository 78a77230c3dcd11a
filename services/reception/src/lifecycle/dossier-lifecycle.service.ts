import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainError,
  DossierStatus,
  ErrorCode,
  type Actor,
  type Dossier,
  type DossierCommand,
  type DossierTracking,
  type Duration,
} from '@motcua/contracts';
import { Clock, OutboxWriter, requestContext } from '@motcua/platform';
import { DeadlineService } from '../deadlines/deadline.service';
import { OverdueTimersService } from '../deadlines/overdue-timers.service';
import { DossierViews } from '../dossiers/dossier-views.service';
import { DossierMetrics } from '../metrics/dossier-metrics';
import {
  isSupplementPause,
  type DossierEntity,
  type StoredPause,
} from '../dossiers/dossier.entity';
import { CLOCK_RUNNING } from '../deadlines/overdue-timers.service';
import { DossiersRepository, type DossierChange } from '../dossiers/dossiers.repository';
import { normalizePhone } from '../dossiers/phone';
import {
  decideTransition,
  type LifecycleCaller,
  type LifecycleCommand,
  type TransitionDecision,
} from './dossier-state-machine';

const FINISHING: readonly DossierStatus[] = [
  DossierStatus.ResultReady,
  DossierStatus.Refused,
  DossierStatus.Withdrawn,
  DossierStatus.Stopped,
];

/** Runs lifecycle steps: decides with the state machine, applies the clock, stores and emits. */
@Injectable()
export class DossierLifecycleService {
  private readonly logger = new Logger(DossierLifecycleService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DossiersRepository,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    private readonly overdueTimers: OverdueTimersService,
    private readonly views: DossierViews,
    private readonly outbox: OutboxWriter,
    private readonly metrics: DossierMetrics,
  ) {}

  async transition(
    tenant: string,
    code: string,
    command: DossierCommand,
    actor: Actor | undefined,
  ): Promise<Dossier> {
    const dossier = await this.apply(tenant, code, command, { kind: 'ACTOR', actor });
    return this.views.full(dossier);
  }

  /** The applicant rates once after the return; code and phone must both match. */
  async rate(
    tenant: string,
    code: string,
    phone: string,
    rating: number,
  ): Promise<DossierTracking> {
    const found = await this.repository.findByCode(tenant, code);
    if (!found || normalizePhone(phone) !== found.applicantPhone) {
      throw new DomainError(ErrorCode.NotFound, 'no dossier with this code and phone number');
    }
    const dossier = await this.apply(tenant, code, { type: 'RATE', rating }, { kind: 'APPLICANT' });
    return this.views.tracking(dossier);
  }

  private async apply(
    tenant: string,
    code: string,
    command: LifecycleCommand,
    caller: LifecycleCaller,
  ): Promise<DossierEntity> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction((manager) =>
      this.applyIn(manager, tenant, code, command, caller, now),
    );
    requestContext.annotate({ dossierCode: code });
    this.logger.log(`${command.type} on ${code}`);
    const stored = await this.repository.findByCode(tenant, code);
    if (!stored) throw new DomainError(ErrorCode.NotFound, `dossier ${code} (${id}) vanished`);
    // Re-arms the timers on a new due date, drops them once paused or finished.
    this.overdueTimers.schedule(stored);
    this.metrics.stepApplied(command.type, stored);
    return stored;
  }

  /**
   * One lifecycle step inside the caller's transaction (an event consumer's, for the hand-over):
   * the dossier change, its history entry and its events. Returns the dossier's id.
   */
  async applyIn(
    manager: EntityManager,
    tenant: string,
    code: string,
    command: LifecycleCommand,
    caller: LifecycleCaller,
    now: Date,
  ): Promise<string> {
    const dossier = await this.repository.lockByCode(manager, tenant, code);
    if (!dossier)
      throw new DomainError(ErrorCode.NotFound, `dossier ${code} does not exist in ${tenant}`);
    const handedOverTo = dossier.acceptedAt ? dossier.decidingTenant : null;
    const decision = decideTransition(
      {
        tenant: dossier.tenantId,
        status: dossier.status,
        competentAgencyCode: dossier.competentAgencyCode,
        branchIds: [dossier.receivingBranchId, dossier.returnBranchId],
        accepted: dossier.acceptedAt !== null,
        supplementRequested: dossier.pauses.some(isSupplementPause),
        dueAt: dossier.dueAt,
        rating: dossier.rating,
        paymentResumeStatus: dossier.paymentResumeStatus,
        handedOverTo,
        receivedInTenant: dossier.receivedInTenant,
      },
      command,
      caller,
    );
    const change = await this.effects(dossier, command, decision, now);
    // The receiving view's own step is newer than anything the deciding tenant said before it.
    if (handedOverTo) change.mirroredAt = now;
    await this.repository.transition(manager, dossier, change, {
      at: now,
      actor: decision.actor,
      reason: decision.reason,
      command: decision.command,
      details: decision.details,
    });
    // Accepted: routing and the applicant's notice start from here, as for a counter receipt
    // (or the dossier is handed over to the tenant whose agency decides it).
    if (command.type === 'ACCEPT')
      await this.repository.appendReceived(manager, { ...dossier, ...change });
    // Returned at the receiving branch: the deciding tenant's dossier is returned too.
    if (handedOverTo && command.type === 'RETURN_RESULT') {
      await this.outbox.append(
        manager,
        'dossier.result-returned.v1',
        {
          code: dossier.code,
          receivingTenant: dossier.tenantId,
          method: command.method,
          returnedBy: decision.actor,
          returnedAt: now.toISOString(),
          branchId:
            command.method === 'BRANCH'
              ? ((caller.kind === 'ACTOR'
                  ? caller.actor?.branchIds.find((id) => id === dossier.returnBranchId)
                  : undefined) ?? dossier.returnBranchId)
              : null,
          note: command.note ?? null,
        },
        { tenant: handedOverTo, subject: dossier.code },
      );
    }
    return dossier.id;
  }

  /** What the step changes besides the status: the clock (pause, resume, extension), rating. */
  private async effects(
    dossier: DossierEntity,
    command: LifecycleCommand,
    decision: TransitionDecision,
    now: Date,
  ): Promise<DossierChange> {
    const change: DossierChange = {
      status: decision.to,
      nationalStatusCode: decision.nationalStatusCode,
    };
    if (FINISHING.includes(decision.to)) change.finishedAt = now;
    switch (command.type) {
      case 'ACCEPT': {
        // The clock starts now, fast tracks of the day of acceptance included.
        const deadline = await this.deadlines.deadline(dossier.tenantId, {
          receivedAt: now,
          duration: storedDuration(dossier),
          procedureCode: dossier.procedureCode,
          unitCode: dossier.receivingUnitCode,
        });
        change.acceptedAt = now;
        change.dueAt = deadline.dueAt;
        change.duration = deadline.duration;
        decision.details.dueAt = deadline.dueAt.toISOString();
        break;
      }
      case 'REQUEST_SUPPLEMENT':
        change.pauses = [
          ...dossier.pauses,
          { from: now.toISOString(), to: null, kind: 'SUPPLEMENT' },
        ];
        break;
      case 'RECEIVE_SUPPLEMENT':
        await this.resumeClock(dossier, change, decision, now);
        break;
      case 'REQUEST_PAYMENT':
        change.paymentResumeStatus = dossier.status;
        // Waiting for the applicant's payment is not the agency's time, while it is processing.
        if (CLOCK_RUNNING.includes(dossier.status)) {
          change.pauses = [
            ...dossier.pauses,
            { from: now.toISOString(), to: null, kind: 'PAYMENT' },
          ];
        }
        break;
      case 'CONFIRM_PAYMENT':
        change.paymentResumeStatus = null;
        change.paidOnline = dossier.paidOnline || command.method === 'ONLINE';
        if (dossier.pauses.some((p) => p.to === null)) {
          await this.resumeClock(dossier, change, decision, now);
        }
        break;
      case 'APOLOGIZE':
        change.dueAt = new Date(command.newDueAt);
        change.originalDueAt = dossier.originalDueAt ?? dossier.dueAt;
        change.apologized = true;
        break;
      case 'RATE':
        change.rating = command.rating;
        break;
      case 'RETURN_RESULT':
        // The applicant may collect otherwise than first asked: the view shows how it went.
        change.returnMethod = command.method;
        break;
      case 'REFUSE':
      case 'RECORD_STEP':
      case 'MARK_RESULT_READY':
      case 'WITHDRAW':
      case 'STOP':
        break;
    }
    return this.rearmNotices(dossier, change);
  }

  /** Ends the open pause and recomputes the due date from the receipt with every pause. */
  private async resumeClock(
    dossier: DossierEntity,
    change: DossierChange,
    decision: TransitionDecision,
    now: Date,
  ): Promise<void> {
    const pauses: StoredPause[] = dossier.pauses.map((p) =>
      p.to === null ? { ...p, to: now.toISOString() } : p,
    );
    change.pauses = pauses;
    // Not accepted yet: no clock runs, acceptance will set the due date.
    if (!dossier.acceptedAt) return;
    const start = dossier.acceptedAt;
    change.dueAt = await this.deadlines.resumedDueAt(
      dossier.tenantId,
      { ...dossier, receivedAt: start },
      pauses
        .map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }))
        // A pause while the dossier was only registered did not stop a running clock.
        .filter((p) => p.from >= start),
    );
    decision.details.dueAt = change.dueAt.toISOString();
  }

  private rearmNotices(dossier: DossierEntity, change: DossierChange): DossierChange {
    if (change.dueAt && change.dueAt.getTime() !== dossier.dueAt.getTime()) {
      // One overdue (and due-soon) notice per due date: a new due date re-arms both.
      change.overdueNotifiedAt = null;
      change.dueSoonNotifiedAt = null;
    }
    return change;
  }
}

/** The processing time stored at submission; every registered dossier has one. */
function storedDuration(dossier: DossierEntity): Duration {
  if (!dossier.duration) {
    throw new DomainError(
      ErrorCode.Internal,
      `dossier ${dossier.code} has no stored processing time to start its clock with`,
    );
  }
  return dossier.duration;
}
