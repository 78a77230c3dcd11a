import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AssignmentCause,
  DomainError,
  ErrorCode,
  type Actor,
  type DossierRef,
  type QueueItem,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { requireAgencyManager } from '../access/staff-access';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { RosterRepository } from '../handler-roster/roster.repository';
import { QueueRepository } from '../queues/queue.repository';
import { vietnamDay } from '../vietnam-days';
import { AssignmentState } from './assignment.entity';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';

/** The head of an agency moves an open dossier to another of its handlers, with a reason. */
@Injectable()
export class ReassignmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsRepository,
    private readonly assigning: AssignmentsService,
    private readonly roster: RosterRepository,
    private readonly queue: QueueRepository,
    private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  reassign(
    tenant: string,
    input: { dossier: DossierRef; handlerSubject: string; reason: string },
    actor: Actor | undefined,
  ): Promise<QueueItem> {
    return this.dataSource.transaction(async (m) => {
      const assignment = await this.assignments.find(m, tenant, input.dossier, true);
      if (!assignment)
        throw new DomainError(
          ErrorCode.NotFound,
          `dossier ${input.dossier.dossierCode ?? input.dossier.dossierId} is not in an agency queue of ${tenant}`,
        );
      const head = requireAgencyManager(
        tenant,
        actor,
        assignment.agencyCode,
        're-assign its dossiers',
      );
      if (assignment.state === AssignmentState.Closed)
        throw new DomainError(
          ErrorCode.IllegalTransition,
          `the agency's work on ${assignment.dossierCode} ended (${assignment.closedStatus})`,
        );
      const now = this.clock.now();
      const [target] = await this.roster.loads(
        m,
        tenant,
        { subject: input.handlerSubject },
        vietnamDay(now),
      );
      if (!target || target.agencyCode !== assignment.agencyCode)
        throw new DomainError(
          ErrorCode.NotFound,
          `${input.handlerSubject} is not a handler of ${assignment.agencyCode}`,
        );
      const refusal = !target.active
        ? 'is not active'
        : target.absentToday
          ? 'is absent today'
          : assignment.handlerSubject === target.subject
            ? 'already holds it'
            : null;
      if (refusal) throw new DomainError(ErrorCode.Conflict, `${target.subject} ${refusal}`);
      await this.assignments.lockAgency(m, tenant, assignment.agencyCode);
      await this.assigning.give(m, assignment, target, {
        cause: AssignmentCause.Manual,
        reason: input.reason,
        by: head.subject,
      });
      const page = await this.queue.page(
        m,
        { tenant, dossierId: assignment.dossierId },
        now,
        this.config.QUEUE_NEARING_DUE_MINUTES * 60_000,
        1,
      );
      return page.items[0];
    });
  }
}
