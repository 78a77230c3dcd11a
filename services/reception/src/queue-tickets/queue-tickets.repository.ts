import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  QueueTicketChange,
  QueueTicketStatus,
  type QueueTicketChanged,
} from '@motcua/contracts';
import { OutboxWriter } from '@motcua/platform';
import { QueueTicketSequenceEntity } from './queue-ticket-sequence.entity';
import { QueueTicketEntity } from './queue-ticket.entity';
import { callStep, formatTicketNumber, waitedMinutes, type TicketStep } from './queue-ticket-rules';

export interface NewTicket {
  tenantId: string;
  branchId: string;
  serviceDay: string;
  serviceGroupCode: string;
  phone: string | null;
  issuedAt: Date;
}

export interface CallRequest {
  tenantId: string;
  branchId: string;
  serviceDay: string;
  /** Groups to call from; all when undefined. */
  groups: string[] | undefined;
  counter: number;
  calledBy: string;
  now: Date;
}

/**
 * Queue ticket persistence. Every change writes `queue-ticket.changed.v1` in its transaction, so
 * the display boards hear of exactly the changes that happened.
 */
@Injectable()
export class QueueTicketsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @InjectRepository(QueueTicketEntity) private readonly tickets: Repository<QueueTicketEntity>,
  ) {}

  findById(tenant: string, id: string): Promise<QueueTicketEntity | null> {
    return this.tickets.findOneBy({ tenantId: tenant, id });
  }

  /** Draws the day's next number of the group (the upsert's row lock serialises kiosks). */
  insertIssued(draft: NewTicket): Promise<QueueTicketEntity> {
    return this.dataSource.transaction(async (manager) => {
      const table = manager.connection.getMetadata(QueueTicketSequenceEntity).tablePath;
      const rows = await manager.query<{ last_value: number }[]>(
        `INSERT INTO ${table} (tenant_id, branch_id, service_group_code, day, last_value)
         VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (tenant_id, branch_id, service_group_code, day)
         DO UPDATE SET last_value = ${table}.last_value + 1
         RETURNING last_value`,
        [draft.tenantId, draft.branchId, draft.serviceGroupCode, draft.serviceDay],
      );
      const ticket = manager.create(QueueTicketEntity, {
        ...draft,
        id: randomUUID(),
        number: formatTicketNumber(draft.serviceGroupCode, rows[0].last_value),
        status: QueueTicketStatus.Waiting,
        firstCalledAt: null,
        lastCalledAt: null,
        servedAt: null,
        finishedAt: null,
        counter: null,
        calledBy: null,
        transferredFrom: null,
        dossierCode: null,
      });
      await manager.insert(QueueTicketEntity, ticket);
      await this.announce(manager, ticket, QueueTicketChange.Issued, draft.issuedAt);
      return ticket;
    });
  }

  /**
   * Calls the oldest waiting ticket of the day; null when nobody waits. `SKIP LOCKED` lets
   * counters calling at the same moment each take a different ticket instead of queueing on the
   * same row (and never the same ticket twice).
   */
  callNext(request: CallRequest): Promise<QueueTicketEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const table = manager.connection.getMetadata(QueueTicketEntity).tablePath;
      const params: unknown[] = [
        request.tenantId,
        request.branchId,
        request.serviceDay,
        QueueTicketStatus.Waiting,
      ];
      let groupFilter = '';
      if (request.groups) {
        params.push(request.groups);
        groupFilter = `AND service_group_code = ANY($${params.length})`;
      }
      const rows = await manager.query<{ id: string }[]>(
        `SELECT id FROM ${table}
          WHERE tenant_id = $1 AND branch_id = $2 AND service_day = $3 AND status = $4 ${groupFilter}
          ORDER BY issued_at, number, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        params,
      );
      if (rows.length === 0) return null;
      const ticket = await manager.findOneByOrFail(QueueTicketEntity, { id: rows[0].id });
      const step = callStep(ticket, request.counter, request.calledBy, request.now);
      return this.apply(manager, ticket, step, request.now);
    });
  }

  /** Applies the step `decide` makes from the ticket as locked, or throws what it throws. */
  transition(
    tenant: string,
    id: string,
    now: Date,
    decide: (ticket: QueueTicketEntity) => TicketStep,
  ): Promise<QueueTicketEntity> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await manager.findOne(QueueTicketEntity, {
        where: { tenantId: tenant, id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ticket) throw new DomainError(ErrorCode.NotFound, `no queue ticket ${id}`);
      return this.apply(manager, ticket, decide(ticket), now);
    });
  }

  /** WAITING tickets of the group before this one, in call-next's order. */
  peopleAhead(ticket: QueueTicketEntity): Promise<number> {
    return this.tickets
      .createQueryBuilder('t')
      .where('t.tenantId = :tenant AND t.branchId = :branch AND t.serviceDay = :day', {
        tenant: ticket.tenantId,
        branch: ticket.branchId,
        day: ticket.serviceDay,
      })
      .andWhere('t.status = :waiting AND t.serviceGroupCode = :group', {
        waiting: QueueTicketStatus.Waiting,
        group: ticket.serviceGroupCode,
      })
      .andWhere('(t.issuedAt, t.number, t.id) < (:issuedAt, :number, :id)', {
        issuedAt: ticket.issuedAt,
        number: ticket.number,
        id: ticket.id,
      })
      .getCount();
  }

  private async apply(
    manager: EntityManager,
    ticket: QueueTicketEntity,
    step: TicketStep,
    now: Date,
  ): Promise<QueueTicketEntity> {
    Object.assign(ticket, step.patch);
    await manager.update(QueueTicketEntity, { id: ticket.id }, step.patch);
    await this.announce(manager, ticket, step.change, now);
    return ticket;
  }

  private async announce(
    manager: EntityManager,
    ticket: QueueTicketEntity,
    change: QueueTicketChange,
    now: Date,
  ): Promise<void> {
    const data: QueueTicketChanged = {
      ticketId: ticket.id,
      branchId: ticket.branchId,
      number: ticket.number,
      serviceGroupCode: ticket.serviceGroupCode,
      change,
      status: ticket.status,
      counter: ticket.counter,
      waitedMinutes: ticket.firstCalledAt ? waitedMinutes(ticket, now) : null,
      transferredFrom: ticket.transferredFrom,
      at: now.toISOString(),
    };
    await this.outbox.append(manager, 'queue-ticket.changed.v1', data, {
      tenant: ticket.tenantId,
      subject: ticket.branchId,
    });
  }
}
