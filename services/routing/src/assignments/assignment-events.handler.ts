import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { WORK_ENDING_STATUSES } from './assignment-policy';
import { AssignmentsRepository } from './assignments.repository';
import { AssignmentsService } from './assignments.service';
import { DossierProgressRepository } from './dossier-progress.repository';

/** Keeps assignments in step with the dossier: created on routing, dated and closed by reception. */
@Injectable()
export class AssignmentEventsHandler {
  constructor(
    private readonly assignmentsService: AssignmentsService,
    private readonly assignments: AssignmentsRepository,
    private readonly progress: DossierProgressRepository,
  ) {}

  @EventHandler({ name: 'dossier-routed-assignment', types: ['dossier.routed.v1'] })
  async onRouted(event: CloudEvent<'dossier.routed.v1'>, manager: EntityManager): Promise<void> {
    await this.assignmentsService.assignRouted(manager, event.tenant, event.data);
  }

  @EventHandler({ name: 'dossier-transitioned-progress', types: ['dossier.transitioned.v1'] })
  async onTransitioned(
    event: CloudEvent<'dossier.transitioned.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const { dossierId, to, dueAt, at } = event.data;
    await this.progress.record(manager, {
      dossierId,
      tenantId: event.tenant,
      status: to,
      dueAt: dueAt === null ? null : new Date(dueAt),
      eventAt: new Date(at),
    });
    if (WORK_ENDING_STATUSES.includes(to))
      await this.assignments.close(manager, dossierId, new Date(at), to);
  }
}
