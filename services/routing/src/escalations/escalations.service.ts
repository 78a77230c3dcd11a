import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type EscalationAlert,
  type EscalationLevel,
  type RpcParsedRequest,
} from '@motcua/contracts';
import { Clock, OutboxWriter } from '@motcua/platform';
import { authorizeStaff } from '../access/staff-access';
import { AssignmentEntity, AssignmentState } from '../assignments/assignment.entity';
import { RoutingDecisionEntity } from '../decisions/routing-decision.entity';
import { isAddressedTo } from './alert-audience';
import { EscalationAlertEntity } from './escalation-alert.entity';
import { EscalationDossierEntity } from './escalation-dossier.entity';
import { alertTargets } from './escalation-targets';

export interface LateDossier {
  dossierId: string;
  code: string;
  dueAt: Date;
}

/** Deadline escalation (issue 5): alerts by role and unit from reception's due-date notices. */
@Injectable()
export class EscalationsService {
  private readonly logger = new Logger(EscalationsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** Keeps the receiving branch of a dossier: its one-stop unit. */
  async remember(
    manager: EntityManager,
    tenant: string,
    dossierId: string,
    receivingBranchId: string,
    dueAt: Date,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(EscalationDossierEntity)
      .values({ dossierId, tenantId: tenant, receivingBranchId, dueAt })
      .orIgnore()
      .execute();
  }

  /** Tells the tenant's supervisors that no rule routed a dossier (their queue has it). */
  async held(
    manager: EntityManager,
    tenant: string,
    dossier: { dossierId: string; code: string },
    heldAt: Date,
  ): Promise<void> {
    const place = await this.placeOf(manager, dossier.dossierId, dossier.code);
    await this.raise(manager, tenant, {
      id: randomUUID(),
      tenantId: tenant,
      dossierId: dossier.dossierId,
      dossierCode: dossier.code,
      level: 'HELD',
      audience: 'SUPERVISOR',
      handlerSubject: null,
      agencyCode: null,
      branchId: place.receivingBranchId,
      dueAt: place.dueAt ?? heldAt,
      raisedAt: heldAt,
      acknowledgedAt: null,
      acknowledgedBy: null,
    });
  }

  /** Raises the alerts of a late dossier once per (level, audience, due date), with their events. */
  async escalate(
    manager: EntityManager,
    tenant: string,
    dossier: LateDossier,
    level: Exclude<EscalationLevel, 'HELD'>,
    raisedAt: Date,
  ): Promise<void> {
    const [assignment, decision, place] = await Promise.all([
      manager.findOneBy(AssignmentEntity, { dossierId: dossier.dossierId }),
      manager.findOneBy(RoutingDecisionEntity, { dossierId: dossier.dossierId }),
      this.placeOf(manager, dossier.dossierId, dossier.code),
    ]);
    const open = assignment?.state === AssignmentState.Open ? assignment : null;
    const targets = alertTargets(level, {
      handlerSubject: open?.handlerSubject ?? null,
      agencyCode: open?.agencyCode ?? decision?.agencyCode ?? null,
      receivingBranchId: place.receivingBranchId,
    });
    for (const target of targets) {
      await this.raise(manager, tenant, {
        id: randomUUID(),
        tenantId: tenant,
        dossierId: dossier.dossierId,
        dossierCode: dossier.code,
        level,
        ...target,
        dueAt: dossier.dueAt,
        raisedAt,
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
    }
  }

  /**
   * Reception announces every dossier before it can be late or held; another consumer stores it,
   * so a notice that overtakes it is redelivered until the branch is known.
   */
  private async placeOf(
    manager: EntityManager,
    dossierId: string,
    code: string,
  ): Promise<EscalationDossierEntity> {
    const place = await manager.findOneBy(EscalationDossierEntity, { dossierId });
    if (!place) throw new Error(`the receipt of ${code} is not recorded yet`);
    return place;
  }

  /** Stores the alert unless raised already, and announces it. */
  private async raise(
    manager: EntityManager,
    tenant: string,
    row: EscalationAlertEntity,
  ): Promise<void> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(EscalationAlertEntity)
      .values(row)
      .orIgnore()
      .returning(['id'])
      .execute();
    // A redelivered notice finds its alert already raised.
    if ((inserted.raw as unknown[]).length === 0) return;
    await this.outbox.append(
      manager,
      'dossier.escalated.v1',
      {
        alertId: row.id,
        dossierId: row.dossierId,
        code: row.dossierCode,
        level: row.level,
        audience: row.audience,
        handlerSubject: row.handlerSubject,
        agencyCode: row.agencyCode,
        branchId: row.branchId,
        dueAt: row.dueAt.toISOString(),
        raisedAt: row.raisedAt.toISOString(),
      },
      { tenant, subject: row.dossierCode },
    );
    this.logger.log(`${row.level} alert for ${row.audience} of ${row.dossierCode}`);
  }

  async list(
    tenant: string,
    request: RpcParsedRequest<'routing.alert.list.v1'>,
    actor: Actor | undefined,
  ): Promise<EscalationAlert[]> {
    const staff = authorizeStaff(tenant, actor);
    const query = this.dataSource
      .getRepository(EscalationAlertEntity)
      .createQueryBuilder('a')
      .where('a.tenant_id = :tenant', { tenant });
    if (!request.includeAcknowledged) query.andWhere('a.acknowledged_at IS NULL');
    // The audience test runs in SQL for the common cases and is re-checked on each row.
    if (!staff.roles.includes('TENANT_ADMIN')) {
      query.andWhere(
        `((a.audience = 'HANDLER' AND a.handler_subject = :subject)
          OR (a.audience = 'AGENCY_HEAD' AND a.agency_code = ANY(:agencies))
          OR (a.audience = 'ONE_STOP' AND (a.branch_id = ANY(:branches) OR :anyBranch))
          OR (a.audience = 'SUPERVISOR' AND :supervisor))`,
        {
          subject: staff.subject,
          agencies: staff.agencyCodes,
          branches: staff.branchIds,
          anyBranch: staff.roles.includes('SUPERVISOR') && staff.branchIds.length === 0,
          supervisor: staff.roles.includes('SUPERVISOR'),
        },
      );
    }
    const rows = await query
      .orderBy('a.raised_at', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .take(request.first)
      .getMany();
    return rows.filter((row) => isAddressedTo(row, staff)).map(toAlertView);
  }

  async acknowledge(
    tenant: string,
    alertId: string,
    actor: Actor | undefined,
  ): Promise<EscalationAlert> {
    const staff = authorizeStaff(tenant, actor);
    const repository = this.dataSource.getRepository(EscalationAlertEntity);
    const row = await repository.findOneBy({ tenantId: tenant, id: alertId });
    if (!row) throw new DomainError(ErrorCode.NotFound, `alert ${alertId} does not exist`);
    if (!isAddressedTo(row, staff))
      throw new DomainError(ErrorCode.Forbidden, `alert ${alertId} is not addressed to you`);
    if (!row.acknowledgedAt) {
      row.acknowledgedAt = this.clock.now();
      row.acknowledgedBy = staff.subject;
      await repository.save(row);
    }
    return toAlertView(row);
  }
}

function toAlertView(row: EscalationAlertEntity): EscalationAlert {
  return {
    id: row.id,
    dossierCode: row.dossierCode,
    level: row.level,
    audience: row.audience,
    handlerSubject: row.handlerSubject,
    agencyCode: row.agencyCode,
    branchId: row.branchId,
    dueAt: row.dueAt.toISOString(),
    raisedAt: row.raisedAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy,
  };
}
