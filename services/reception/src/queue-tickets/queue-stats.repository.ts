import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueTicketStatus } from '@motcua/contracts';
import { QueueTicketEntity } from './queue-ticket.entity';

export interface GroupWaiting {
  serviceGroupCode: string;
  waiting: number;
  nextNumber: string | null;
}

export interface BoardCall {
  number: string;
  counter: number;
  calledAt: Date;
  serviceGroupCode: string;
}

export interface DayStats {
  averageWaitMinutes: number | null;
  served: number;
}

export interface WaitingStatsRow {
  branchId: string;
  serviceGroupCode: string;
  issued: number;
  served: number;
  skipped: number;
  called: number;
  averageWaitMinutes: number | null;
  p90WaitMinutes: number | null;
  withinTarget: number;
}

/** Minutes from issue to first call, NULL until called. */
const WAIT_MINUTES = 'EXTRACT(EPOCH FROM (first_called_at - issued_at))::float8 / 60';

/** Read-only figures of the queues: the display board and the waiting report. */
@Injectable()
export class QueueStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get table(): string {
    return this.dataSource.getMetadata(QueueTicketEntity).tablePath;
  }

  /** Today's waiting tickets per group, with the number the next call will show. */
  async waitingByGroup(tenant: string, branchId: string, day: string): Promise<GroupWaiting[]> {
    const rows = await this.dataSource.query<
      { code: string; waiting: number; next_number: string }[]
    >(
      `SELECT service_group_code AS code, count(*)::int AS waiting,
              (array_agg(number ORDER BY issued_at, number, id))[1] AS next_number
         FROM ${this.table}
        WHERE tenant_id = $1 AND branch_id = $2 AND service_day = $3 AND status = $4
        GROUP BY service_group_code`,
      [tenant, branchId, day, QueueTicketStatus.Waiting],
    );
    return rows.map((r) => ({
      serviceGroupCode: r.code,
      waiting: r.waiting,
      nextNumber: r.next_number,
    }));
  }

  /** The day's latest calls at the branch, most recent first. */
  async latestCalls(
    tenant: string,
    branchId: string,
    day: string,
    limit: number,
  ): Promise<BoardCall[]> {
    const rows = await this.dataSource.query<
      { number: string; counter: number; called_at: Date; code: string }[]
    >(
      `SELECT number, counter, last_called_at AS called_at, service_group_code AS code
         FROM ${this.table}
        WHERE tenant_id = $1 AND branch_id = $2 AND service_day = $3
          AND last_called_at IS NOT NULL AND counter IS NOT NULL
        ORDER BY last_called_at DESC, id DESC
        LIMIT $4`,
      [tenant, branchId, day, limit],
    );
    return rows.map((r) => ({
      number: r.number,
      counter: r.counter,
      calledAt: r.called_at,
      serviceGroupCode: r.code,
    }));
  }

  async dayStats(tenant: string, branchId: string, day: string): Promise<DayStats> {
    const [row] = await this.dataSource.query<{ average: number | null; served: number }[]>(
      `SELECT avg(${WAIT_MINUTES}) AS average,
              count(*) FILTER (WHERE status = $4)::int AS served
         FROM ${this.table}
        WHERE tenant_id = $1 AND branch_id = $2 AND service_day = $3`,
      [tenant, branchId, day, QueueTicketStatus.Served],
    );
    return { averageWaitMinutes: row.average, served: row.served };
  }

  /** Per branch and (final) service group over the days `from`..`to`, inclusive. */
  async waitingReport(
    tenant: string,
    from: string,
    to: string,
    branchIds: string[] | null,
    targetMinutes: number,
  ): Promise<WaitingStatsRow[]> {
    const params: unknown[] = [
      tenant,
      from,
      to,
      QueueTicketStatus.Served,
      QueueTicketStatus.Skipped,
      targetMinutes,
    ];
    let branchFilter = '';
    if (branchIds) {
      params.push(branchIds);
      branchFilter = `AND branch_id = ANY($${params.length})`;
    }
    const rows = await this.dataSource.query<
      {
        branch_id: string;
        code: string;
        issued: number;
        served: number;
        skipped: number;
        called: number;
        average: number | null;
        p90: number | null;
        within: number;
      }[]
    >(
      `SELECT branch_id, service_group_code AS code,
              count(*)::int AS issued,
              count(*) FILTER (WHERE status = $4)::int AS served,
              count(*) FILTER (WHERE status = $5)::int AS skipped,
              count(first_called_at)::int AS called,
              avg(${WAIT_MINUTES}) AS average,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY ${WAIT_MINUTES}) AS p90,
              count(*) FILTER (WHERE ${WAIT_MINUTES} <= $6)::int AS within
         FROM ${this.table}
        WHERE tenant_id = $1 AND service_day BETWEEN $2 AND $3 ${branchFilter}
        GROUP BY branch_id, service_group_code
        ORDER BY branch_id, service_group_code`,
      params,
    );
    return rows.map((r) => ({
      branchId: r.branch_id,
      serviceGroupCode: r.code,
      issued: r.issued,
      served: r.served,
      skipped: r.skipped,
      called: r.called,
      averageWaitMinutes: r.average,
      p90WaitMinutes: r.p90,
      withinTarget: r.within,
    }));
  }
}
