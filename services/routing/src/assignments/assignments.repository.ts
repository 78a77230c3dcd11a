import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DossierRef, DossierStatus } from '@motcua/contracts';
import { AssignmentHistoryEntity } from './assignment-history.entity';
import { AssignmentEntity, AssignmentState } from './assignment.entity';

export type AssignmentLog = Omit<AssignmentHistoryEntity, 'id'>;

@Injectable()
export class AssignmentsRepository {
  exists(manager: EntityManager, dossierId: string): Promise<boolean> {
    return manager.exists(AssignmentEntity, { where: { dossierId } });
  }

  find(
    manager: EntityManager,
    tenant: string,
    ref: DossierRef,
    lock = false,
  ): Promise<AssignmentEntity | null> {
    return manager.findOne(AssignmentEntity, {
      where:
        ref.dossierId !== undefined
          ? { tenantId: tenant, dossierId: ref.dossierId }
          : { tenantId: tenant, dossierCode: ref.dossierCode },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async insert(manager: EntityManager, assignment: AssignmentEntity): Promise<void> {
    await manager.insert(AssignmentEntity, assignment);
  }

  async setHandler(
    manager: EntityManager,
    dossierId: string,
    handlerSubject: string | null,
    at: Date | null,
  ): Promise<void> {
    await manager.update(AssignmentEntity, { dossierId }, { handlerSubject, assignedAt: at });
  }

  /** The dossier's open assignment goes to another agency (an inter-agency hand-over). */
  async moveToAgency(manager: EntityManager, dossierId: string, agencyCode: string): Promise<void> {
    await manager.update(
      AssignmentEntity,
      { dossierId, state: AssignmentState.Open },
      { agencyCode },
    );
  }

  /** A handler's open dossiers, locked, oldest routed first. */
  openOf(manager: EntityManager, tenant: string, subject: string): Promise<AssignmentEntity[]> {
    return manager.find(AssignmentEntity, {
      where: { tenantId: tenant, handlerSubject: subject, state: AssignmentState.Open },
      order: { routedAt: 'ASC', dossierId: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Open dossiers nobody holds (of one agency, or of every tenant), oldest first, locked. */
  waiting(
    manager: EntityManager,
    limit: number,
    agency?: { tenant: string; agencyCode: string },
  ): Promise<AssignmentEntity[]> {
    const query = manager
      .createQueryBuilder(AssignmentEntity, 'a')
      .where(`a.handlerSubject IS NULL AND a.state = :open`, { open: AssignmentState.Open })
      .orderBy('a.routedAt', 'ASC')
      .addOrderBy('a.dossierId', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked');
    if (agency)
      query.andWhere('a.tenantId = :tenant AND a.agencyCode = :agencyCode', {
        tenant: agency.tenant,
        agencyCode: agency.agencyCode,
      });
    return query.getMany();
  }

  /** Ends the agency's work on a dossier; false when it was already closed (or never assigned). */
  async close(
    manager: EntityManager,
    dossierId: string,
    at: Date,
    status: DossierStatus,
  ): Promise<boolean> {
    const result = await manager.update(
      AssignmentEntity,
      { dossierId, state: AssignmentState.Open },
      { state: AssignmentState.Closed, closedAt: at, closedStatus: status },
    );
    return (result.affected ?? 0) > 0;
  }

  async log(manager: EntityManager, entry: AssignmentLog): Promise<void> {
    await manager.insert(AssignmentHistoryEntity, entry);
  }

  /** Serialises choices inside one agency, so two dossiers never both take a handler's last slot. */
  async lockAgency(manager: EntityManager, tenant: string, agencyCode: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `motcua:routing:agency:${tenant}:${agencyCode}`,
    ]);
  }
}
