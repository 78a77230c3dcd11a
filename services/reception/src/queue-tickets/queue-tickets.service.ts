import { Inject, Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  QueueTicketStatus,
  type Actor,
  type QueueBoard,
  type QueueServiceGroup,
  type QueueTicket,
  type QueueTicketCommand,
  type QueueWaitingRow,
  type RpcParsedRequest,
} from '@motcua/contracts';
import { CatalogClient, Clock } from '@motcua/platform';
import { toVietnamDate } from '@motcua/calendar';
import { RECEPTION_CONFIG, type ReceptionConfig } from '../config/reception.config';
import { assertMayServe, reportBranches } from './queue-ticket-access';
import { ticketStep } from './queue-ticket-rules';
import type { QueueTicketEntity } from './queue-ticket.entity';
import { toQueueTicket } from './queue-ticket.mapper';
import { QueueStatsRepository } from './queue-stats.repository';
import { QueueTicketsRepository } from './queue-tickets.repository';
import { SERVICE_GROUPS, serviceGroupOf } from './service-groups';

/** Calls shown on the display board. */
export const BOARD_CALLS = 10;

/** The numbering machine of the branches: kiosk, counters, display board, waiting report. */
@Injectable()
export class QueueTicketsService {
  constructor(
    private readonly tickets: QueueTicketsRepository,
    private readonly stats: QueueStatsRepository,
    private readonly catalog: CatalogClient,
    private readonly clock: Clock,
    @Inject(RECEPTION_CONFIG) private readonly config: ReceptionConfig,
  ) {}

  private get target(): number {
    return this.config.QUEUE_WAIT_TARGET_MINUTES;
  }

  async groups(tenant: string, branchId: string): Promise<QueueServiceGroup[]> {
    await this.catalog.getBranch(tenant, branchId);
    const waiting = await this.stats.waitingByGroup(tenant, branchId, this.today());
    return SERVICE_GROUPS.map((g) => ({
      code: g.code,
      name: g.name,
      waiting: waiting.find((w) => w.serviceGroupCode === g.code)?.waiting ?? 0,
    }));
  }

  async take(
    tenant: string,
    request: RpcParsedRequest<'reception.queue-ticket.take.v1'>,
  ): Promise<QueueTicket> {
    await this.catalog.getBranch(tenant, request.branchId);
    serviceGroupOf(request.serviceGroupCode);
    const now = this.clock.now();
    const ticket = await this.tickets.insertIssued({
      tenantId: tenant,
      branchId: request.branchId,
      serviceDay: toVietnamDate(now),
      serviceGroupCode: request.serviceGroupCode,
      phone: request.phone ?? null,
      issuedAt: now,
    });
    return this.view(ticket);
  }

  async callNext(
    tenant: string,
    request: RpcParsedRequest<'reception.queue-ticket.call-next.v1'>,
    actor: Actor | undefined,
  ): Promise<QueueTicket | null> {
    const clerk = assertMayServe(tenant, actor, request.branchId);
    const branch = await this.catalog.getBranch(tenant, request.branchId);
    const counters = branch.counters ?? 1;
    if (request.counter > counters)
      throw new DomainError(
        ErrorCode.BadRequest,
        `branch ${request.branchId} has counters 1..${counters}, not ${request.counter}`,
      );
    const groups = request.serviceGroupCodes?.length ? request.serviceGroupCodes : undefined;
    groups?.forEach(serviceGroupOf);
    const now = this.clock.now();
    const ticket = await this.tickets.callNext({
      tenantId: tenant,
      branchId: request.branchId,
      serviceDay: toVietnamDate(now),
      groups,
      counter: request.counter,
      calledBy: clerk.subject,
      now,
    });
    return ticket ? this.view(ticket) : null;
  }

  async transition(
    tenant: string,
    id: string,
    command: QueueTicketCommand,
    actor: Actor | undefined,
  ): Promise<QueueTicket> {
    const found = await this.find(tenant, id);
    assertMayServe(tenant, actor, found.branchId);
    if (command.type === 'TRANSFER') serviceGroupOf(command.serviceGroupCode);
    const now = this.clock.now();
    const ticket = await this.tickets.transition(tenant, id, now, (locked) =>
      ticketStep(locked, command, now),
    );
    return this.view(ticket);
  }

  async get(tenant: string, id: string): Promise<QueueTicket> {
    return this.view(await this.find(tenant, id));
  }

  async board(tenant: string, branchId: string): Promise<QueueBoard> {
    const branch = await this.catalog.getBranch(tenant, branchId);
    const now = this.clock.now();
    const day = toVietnamDate(now);
    const [waiting, calls, stats] = await Promise.all([
      this.stats.waitingByGroup(tenant, branchId, day),
      this.stats.latestCalls(tenant, branchId, day, BOARD_CALLS),
      this.stats.dayStats(tenant, branchId, day),
    ]);
    return {
      branchId,
      branchName: branch.name,
      counters: branch.counters ?? 1,
      calling: calls.map((c) => ({ ...c, calledAt: c.calledAt.toISOString() })),
      waiting: SERVICE_GROUPS.map((g) => {
        const w = waiting.find((x) => x.serviceGroupCode === g.code);
        return {
          serviceGroupCode: g.code,
          name: g.name,
          waiting: w?.waiting ?? 0,
          nextNumber: w?.nextNumber ?? null,
        };
      }),
      averageWaitMinutesToday: stats.averageWaitMinutes,
      servedToday: stats.served,
      targetWaitMinutes: this.target,
      updatedAt: now.toISOString(),
    };
  }

  async report(
    tenant: string,
    request: RpcParsedRequest<'reception.queue-ticket.report.v1'>,
    actor: Actor | undefined,
  ): Promise<QueueWaitingRow[]> {
    const branches = reportBranches(tenant, actor, request.branchId);
    if (request.from > request.to)
      throw new DomainError(ErrorCode.BadRequest, `from ${request.from} is after to ${request.to}`);
    const rows = await this.stats.waitingReport(
      tenant,
      request.from,
      request.to,
      branches,
      this.target,
    );
    return rows.map(({ withinTarget, ...row }) => ({
      ...row,
      serviceGroupName:
        SERVICE_GROUPS.find((g) => g.code === row.serviceGroupCode)?.name ?? row.serviceGroupCode,
      withinTargetShare: row.called > 0 ? withinTarget / row.called : null,
      targetWaitMinutes: this.target,
    }));
  }

  private async find(tenant: string, id: string): Promise<QueueTicketEntity> {
    const ticket = await this.tickets.findById(tenant, id);
    if (!ticket) throw new DomainError(ErrorCode.NotFound, `no queue ticket ${id}`);
    return ticket;
  }

  private async view(ticket: QueueTicketEntity): Promise<QueueTicket> {
    const ahead =
      ticket.status === QueueTicketStatus.Waiting ? await this.tickets.peopleAhead(ticket) : null;
    return toQueueTicket(ticket, this.clock.now(), this.target, ahead);
  }

  private today(): string {
    return toVietnamDate(this.clock.now());
  }
}
