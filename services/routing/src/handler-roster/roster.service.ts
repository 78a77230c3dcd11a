import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AssignmentCause,
  DomainError,
  ErrorCode,
  type Actor,
  type Handler,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { CatalogClient, Clock } from '@motcua/platform';
import {
  authorizeStaff,
  isTenantAdmin,
  requireAgencyManager,
  soleAgency,
} from '../access/staff-access';
import { defaultDailyCapacity } from '../assignments/assignment-policy';
import { AssignmentsService } from '../assignments/assignments.service';
import { vietnamDay } from '../vietnam-days';
import type { HandlerEntity } from './handler.entity';
import { toHandlerView } from './handler-view';
import { RosterRepository } from './roster.repository';

/**
 * The handler roster of each agency (DOMAIN §6): who handles which fields, where (their yearly
 * norm), how much per day, and when they are away. Managed by the tenant's administrators or by
 * the agency's head (an APPROVER of that agency).
 */
@Injectable()
export class RosterService {
  private readonly logger = new Logger(RosterService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly roster: RosterRepository,
    private readonly assignments: AssignmentsService,
    private readonly catalog: CatalogClient,
    private readonly clock: Clock,
  ) {}

  async save(
    tenant: string,
    request: RpcParsedRequest<'routing.handler.save.v1'>,
    actor: Actor | undefined,
  ): Promise<Handler> {
    const manager = requireAgencyManager(tenant, actor, request.agencyCode, 'manage its handlers');
    const agencies = await this.catalog.listAgencies(tenant, { codes: [request.agencyCode] });
    if (!agencies.some((a) => a.code === request.agencyCode))
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `agency ${request.agencyCode} is not in the catalog of ${tenant}`,
        [{ path: 'agencyCode', message: 'unknown agency' }],
      );
    return this.dataSource.transaction(async (m) => {
      const before = await this.roster.find(m, tenant, request.subject);
      if (before && before.agencyCode !== request.agencyCode)
        requireAgencyManager(tenant, actor, before.agencyCode, 'move its handlers elsewhere');
      const handler: HandlerEntity = {
        tenantId: tenant,
        subject: request.subject,
        displayName: request.displayName,
        agencyCode: request.agencyCode,
        fieldCodes: request.fieldCodes,
        areaKind: request.areaKind,
        dailyCapacity: request.dailyCapacity ?? defaultDailyCapacity(request.areaKind),
        active: request.active,
        updatedBy: manager.subject,
        updatedAt: this.clock.now(),
      };
      await this.roster.save(m, handler);
      // Leaving an agency or going inactive hands the open dossiers to colleagues.
      if (
        before &&
        (before.agencyCode !== handler.agencyCode || (before.active && !handler.active))
      )
        await this.assignments.release(m, tenant, handler.subject, {
          cause: AssignmentCause.HandlerChanged,
          reason: null,
          by: manager.subject,
        });
      // A new or returning handler may take what was waiting.
      await this.assignments.assignWaiting(m, { tenant, agencyCode: handler.agencyCode });
      this.logger.log(
        `handler ${handler.subject} of ${handler.agencyCode} saved by ${manager.subject}`,
      );
      return this.view(m, tenant, handler.subject);
    });
  }

  async recordAbsence(
    tenant: string,
    request: RpcParsedRequest<'routing.handler.absence.record.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'routing.handler.absence.record.v1'>> {
    return this.dataSource.transaction(async (m) => {
      const handler = await this.roster.find(m, tenant, request.subject);
      if (!handler)
        throw new DomainError(
          ErrorCode.NotFound,
          `${request.subject} is not a handler of ${tenant}`,
        );
      const manager = requireAgencyManager(
        tenant,
        actor,
        handler.agencyCode,
        'record absences of its handlers',
      );
      if (request.to < request.from)
        throw new DomainError(ErrorCode.ValidationFailed, 'the absence ends before it starts', [
          { path: 'to', message: 'must be from or later' },
        ]);
      const now = this.clock.now();
      const today = vietnamDay(now).date;
      const begun = request.from <= today && today <= request.to;
      await this.roster.insertAbsence(m, {
        id: randomUUID(),
        tenantId: tenant,
        subject: handler.subject,
        fromDate: request.from,
        toDate: request.to,
        reason: request.reason ?? null,
        recordedBy: manager.subject,
        recordedAt: now,
        // One that begins later is acted on by the sweep on its first day.
        releasedAt: begun ? now : null,
      });
      const reassigned = begun
        ? await this.assignments.release(m, tenant, handler.subject, {
            cause: AssignmentCause.Absence,
            reason: request.reason ?? null,
            by: manager.subject,
          })
        : 0;
      return { handler: await this.view(m, tenant, handler.subject), reassigned };
    });
  }

  async list(
    tenant: string,
    request: RpcParsedRequest<'routing.handler.list.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'routing.handler.list.v1'>> {
    const staff = authorizeStaff(tenant, actor);
    // Administrators see every agency unless they name one; a head sees their own.
    const agencyCode = request.agencyCode ?? (isTenantAdmin(staff) ? undefined : soleAgency(staff));
    if (agencyCode === undefined && !isTenantAdmin(staff))
      throw new DomainError(
        ErrorCode.Forbidden,
        'only administrators and agency heads see handlers',
      );
    if (agencyCode !== undefined)
      requireAgencyManager(tenant, actor, agencyCode, 'see its handlers');
    const m = this.dataSource.manager;
    const day = vietnamDay(this.clock.now());
    const loads = await this.roster.loads(m, tenant, { agencyCode }, day);
    const absences = await this.roster.upcomingAbsences(
      m,
      tenant,
      loads.map((l) => l.subject),
      day.date,
    );
    return { handlers: loads.map((l) => toHandlerView(l, absences)) };
  }

  private async view(m: EntityManager, tenant: string, subject: string): Promise<Handler> {
    const day = vietnamDay(this.clock.now());
    const [load] = await this.roster.loads(m, tenant, { subject }, day);
    return toHandlerView(load, await this.roster.upcomingAbsences(m, tenant, [subject], day.date));
  }
}
