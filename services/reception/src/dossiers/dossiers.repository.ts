import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Brackets,
  DataSource,
  In,
  QueryFailedError,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  DomainError,
  ErrorCode,
  MAX_DAILY_SEQUENCE,
  NATIONAL_STATUS_CODE,
  formatDossierCode,
  type DossierCommandType,
  type DossierStatus,
  type DossierTransitioned,
} from '@motcua/contracts';
import { OutboxEntity, OutboxWriter, type PreparedEvent } from '@motcua/platform';
import { toVietnamDate } from '@motcua/calendar';
import { DossierHistoryEntity } from './dossier-history.entity';
import { DossierSequenceEntity } from './dossier-sequence.entity';
import { DossierEntity } from './dossier.entity';
import { toHandedOverEvent } from '../handover/handed-over-event';
import type { InstantPosition } from '../paging/instant-cursor';
import { toReceivedEvent } from './received-event';

/** A signed-in citizen, as their own dossiers are found. */
export interface DossierOwner {
  subject: string;
  personalId?: string;
}

export type DossierDraft = Omit<DossierEntity, 'code' | 'createdAt' | 'updatedAt' | 'version'>;

const UNIQUE_VIOLATION = '23505';
/** The digits of the daily sequence at the end of a dossier code (`…-0099`). */
const SEQUENCE_DIGITS = String(MAX_DAILY_SEQUENCE).length;

function isUniqueViolation(err: unknown, constraint: string): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driverError = err.driverError as { code?: string; constraint?: string };
  return driverError.code === UNIQUE_VIOLATION && driverError.constraint === constraint;
}

/** Dossier persistence; every write that raises an event writes it in the same transaction. */
@Injectable()
export class DossiersRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @InjectRepository(DossierEntity) private readonly dossiers: Repository<DossierEntity>,
    @InjectRepository(DossierHistoryEntity)
    private readonly history: Repository<DossierHistoryEntity>,
  ) {}

  findByIdempotencyKey(tenant: string, key: string): Promise<DossierEntity | null> {
    return this.dossiers.findOneBy({ tenantId: tenant, idempotencyKey: key });
  }

  findByCode(tenant: string, code: string): Promise<DossierEntity | null> {
    return this.dossiers.findOneBy({ tenantId: tenant, code });
  }

  findById(tenant: string, id: string): Promise<DossierEntity | null> {
    return this.dossiers.findOneBy({ tenantId: tenant, id });
  }

  historyOf(dossierId: string): Promise<DossierHistoryEntity[]> {
    return this.history.find({ where: { dossierId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The history of several dossiers at once, each in order. */
  historiesOf(dossierIds: string[]): Promise<DossierHistoryEntity[]> {
    if (dossierIds.length === 0) return Promise.resolve([]);
    return this.history.find({
      where: { dossierId: In(dossierIds) },
      order: { at: 'ASC', id: 'ASC' },
    });
  }

  /**
   * A page of a citizen's own dossiers, newest first (one more than asked, so the caller knows
   * whether more follow): as applicant or representative by personal ID, or as online submitter.
   */
  pageOwnedBy(
    tenant: string,
    owner: DossierOwner,
    first: number,
    after: InstantPosition | null,
  ): Promise<DossierEntity[]> {
    const query = this.ownedBy(tenant, owner)
      .orderBy('d.receivedAt', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .take(first + 1);
    if (after)
      query.andWhere('(d.receivedAt, d.id) < (:afterAt, :afterId)', {
        afterAt: after.at,
        afterId: after.id,
      });
    return query.getMany();
  }

  countOwnedBy(tenant: string, owner: DossierOwner): Promise<number> {
    return this.ownedBy(tenant, owner).getCount();
  }

  private ownedBy(tenant: string, owner: DossierOwner): SelectQueryBuilder<DossierEntity> {
    return this.dossiers
      .createQueryBuilder('d')
      .where('d.tenantId = :tenant', { tenant })
      .andWhere(
        new Brackets((q) => {
          q.where("d.submitterKind = 'CITIZEN' AND d.receivedBy = :subject", {
            subject: owner.subject,
          });
          if (owner.personalId !== undefined) {
            q.orWhere('d.applicantPersonalId = :pid', { pid: owner.personalId });
            q.orWhere('d.representativePersonalId = :pid', { pid: owner.personalId });
          }
        }),
      );
  }

  /**
   * Issues the dossier code, stores the dossier, its first history entry and the
   * `dossier.received` (or, online, `dossier.registered`; or, for another tenant's agency,
   * `dossier.handed-over`) event — all in ONE statement, atomic on its own: the sequence row lock
   * that serialises concurrent receipts of the unit and day is held for that statement and its
   * commit only. Returns the stored row and its history entry; null when another request with the
   * same idempotency key won the race (the caller reads that one instead).
   */
  async insertReceived(
    draft: DossierDraft,
  ): Promise<{ dossier: DossierEntity; history: DossierHistoryEntity } | null> {
    const receiptDay = toVietnamDate(draft.receivedAt);
    // Validates the agency code and the day; the sequence is put in by the statement.
    const sample = formatDossierCode({
      unitAgencyCode: draft.receivingAgencyCode,
      date: receiptDay,
      sequence: 1,
    });
    const codePrefix = sample.slice(0, -SEQUENCE_DIGITS);
    // The code is not known before the statement: the event carries a placeholder that the
    // statement replaces (envelope `subject` and `data.code`).
    const dossier = this.dataSource.manager.create(DossierEntity, {
      ...draft,
      code: sample,
      version: 1,
    });
    const history = this.dataSource.manager.create(DossierHistoryEntity, {
      dossierId: dossier.id,
      tenantId: dossier.tenantId,
      at: dossier.receivedAt,
      fromStatus: null,
      status: dossier.status,
      nationalStatusCode: dossier.nationalStatusCode,
      actor: dossier.receivedBy,
      reason: null,
      command: null,
      details: null,
    });
    const outbox = this.receivedEvent(dossier);
    type Stored = { code: string; created_at: Date; updated_at: Date; history_id: string };
    let rows: Stored[];
    try {
      rows = await this.dataSource.query<Stored[]>(this.insertReceivedSql(), [
        draft.receivingAgencyCode,
        receiptDay,
        draft.tenantId,
        MAX_DAILY_SEQUENCE,
        codePrefix,
        JSON.stringify(this.rowOf(dossier)),
        outbox.event.id,
        outbox.subject,
        JSON.stringify(outbox.event),
        outbox.channel,
      ]);
    } catch (err) {
      if (isUniqueViolation(err, 'uq_dossier_idempotency')) return null;
      throw err;
    }
    if (rows.length === 0) {
      throw new DomainError(
        ErrorCode.SequenceExhausted,
        `unit ${draft.receivingAgencyCode} has issued all ${MAX_DAILY_SEQUENCE} dossier codes for ${receiptDay}`,
      );
    }
    const [row] = rows;
    dossier.code = row.code;
    dossier.createdAt = row.created_at;
    dossier.updatedAt = row.updated_at;
    history.id = row.history_id;
    return { dossier, history };
  }

  /** The event stored with a receipt: registered (online), else that of an accepted dossier. */
  private receivedEvent(dossier: DossierEntity): PreparedEvent {
    if (dossier.acceptedAt) return this.acceptedEvent(dossier);
    return this.outbox.prepare('dossier.registered.v1', toReceivedEvent(dossier), {
      tenant: dossier.tenantId,
      subject: dossier.code,
    });
  }

  /**
   * The event of an accepted dossier: `dossier.received.v1` for routing here, or — when another
   * tenant's agency decides it — `dossier.handed-over.v1` under that tenant.
   */
  private acceptedEvent(dossier: DossierEntity): PreparedEvent {
    if (dossier.decidingTenant) {
      return this.outbox.prepare('dossier.handed-over.v1', toHandedOverEvent(dossier), {
        tenant: dossier.decidingTenant,
        subject: dossier.code,
      });
    }
    return this.outbox.prepare('dossier.received.v1', toReceivedEvent(dossier), {
      tenant: dossier.tenantId,
      subject: dossier.code,
    });
  }

  /** The dossier row as `jsonb_populate_record` reads it: every column by its database name. */
  private rowOf(dossier: DossierEntity): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const column of this.dataSource.getMetadata(DossierEntity).columns) {
      row[column.databaseName] = column.getEntityValue(dossier) as unknown;
    }
    return row;
  }

  #insertReceivedSql: string | undefined;

  /**
   * $1 agency code, $2 day, $3 tenant, $4 last sequence allowed, $5 code prefix, $6 the row
   * (jsonb), $7 event id, $8 NATS subject, $9 envelope, $10 NOTIFY channel. The sequence takes no
   * number past the last allowed (nothing is stored then: no row returned).
   */
  private insertReceivedSql(): string {
    if (this.#insertReceivedSql) return this.#insertReceivedSql;
    const table = (entity: EntityTarget<ObjectLiteral>) =>
      this.dataSource.getMetadata(entity).tablePath;
    const dossier = table(DossierEntity);
    const history = table(DossierHistoryEntity);
    const sequence = table(DossierSequenceEntity);
    this.#insertReceivedSql = `
      WITH seq AS (
        INSERT INTO ${sequence} AS s (unit_agency_code, day, tenant_id, last_value)
        VALUES ($1, $2, $3, 1)
        ON CONFLICT (unit_agency_code, day) DO UPDATE SET last_value = s.last_value + 1
         WHERE s.last_value < $4::int
        RETURNING $5::text || lpad(last_value::text, ${SEQUENCE_DIGITS}, '0') AS code
      ), d AS (
        INSERT INTO ${dossier}
        SELECT r.*
          FROM seq,
               jsonb_populate_record(
                 NULL::${dossier},
                 $6::jsonb || jsonb_build_object('code', seq.code, 'created_at', now(),
                                                 'updated_at', now())
               ) r
        RETURNING id, tenant_id, code, received_at, status, national_status_code, received_by,
                  created_at, updated_at
      ), h AS (
        INSERT INTO ${history} (dossier_id, tenant_id, at, from_status, status,
                                national_status_code, actor, reason, command, details)
        SELECT id, tenant_id, received_at, NULL, status, national_status_code, received_by,
               NULL, NULL, NULL
          FROM d
        RETURNING id
      ), o AS (
        INSERT INTO ${table(OutboxEntity)} (event_id, subject, envelope)
        SELECT $7, $8, jsonb_set(jsonb_set($9::jsonb, '{subject}', to_jsonb(d.code)),
                                 '{data,code}', to_jsonb(d.code))
          FROM d
      )
      SELECT d.code, d.created_at, d.updated_at, h.id AS history_id, pg_notify($10, '') AS notified
        FROM d, h`
      .replace(/\s+/g, ' ')
      .trim();
    return this.#insertReceivedSql;
  }

  /**
   * The event of a dossier just accepted (at receipt, or an online one on acceptance), in the
   * caller's transaction: `dossier.received.v1` for routing here, or — when another tenant's
   * agency decides it — `dossier.handed-over.v1` under that tenant (cross-province hand-over).
   */
  async appendReceived(manager: EntityManager, dossier: DossierEntity): Promise<void> {
    await this.outbox.write(manager, this.acceptedEvent(dossier));
  }

  /**
   * Stores the deciding tenant's row of a handed-over dossier (code issued by the receiving
   * tenant), its first history entry and its `dossier.received.v1`, in the caller's transaction.
   */
  async insertHandedOver(
    manager: EntityManager,
    dossier: DossierEntity,
    entry: HistoryNote,
  ): Promise<void> {
    await manager.insert(DossierEntity, dossier);
    await this.appendHistory(manager, dossier, {
      ...entry,
      fromStatus: null,
      status: dossier.status,
      nationalStatusCode: dossier.nationalStatusCode,
    });
    await this.appendReceived(manager, dossier);
  }

  /** The receiving tenant's row of a dossier `decidingTenant` decides, locked for the mirror. */
  lockHandedOver(
    manager: EntityManager,
    decidingTenant: string,
    code: string,
  ): Promise<DossierEntity | null> {
    return manager.findOne(DossierEntity, {
      where: { code, decidingTenant },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /**
   * A history entry written as is, e.g. on a receiving row as the deciding tenant recorded it
   * (the row may not move to it: an entry delivered late only completes the history).
   */
  async appendHistory(
    manager: EntityManager,
    dossier: DossierEntity,
    entry: HistoryNote & {
      fromStatus: DossierStatus | null;
      status: DossierStatus;
      nationalStatusCode: number;
    },
  ): Promise<void> {
    const row = manager.create(DossierHistoryEntity, {
      dossierId: dossier.id,
      tenantId: dossier.tenantId,
      at: entry.at,
      fromStatus: entry.fromStatus,
      status: entry.status,
      nationalStatusCode: entry.nationalStatusCode,
      actor: entry.actor,
      reason: entry.reason,
      command: entry.command ?? null,
    });
    row.details = entry.details ?? null;
    await manager.save(row);
  }

  /** Updates a receiving row from the deciding tenant's events (no event of its own). */
  async updateMirror(
    manager: EntityManager,
    dossier: DossierEntity,
    change: Partial<DossierChange> & Pick<DossierEntity, 'mirroredAt'>,
  ): Promise<void> {
    await manager.update(
      DossierEntity,
      { id: dossier.id },
      { ...change, version: () => 'version + 1' },
    );
  }

  /** Applies a status change inside the caller's transaction, with its history entry. */
  async changeStatus(
    manager: EntityManager,
    dossier: DossierEntity,
    change: DossierChange,
    entry: HistoryNote,
  ): Promise<void> {
    await manager.update(
      DossierEntity,
      { id: dossier.id },
      { ...change, version: () => 'version + 1' },
    );
    // Built with create(): insert()'s deep-partial type rejects a free-form jsonb record.
    const row = manager.create(DossierHistoryEntity, {
      dossierId: dossier.id,
      tenantId: dossier.tenantId,
      at: entry.at,
      fromStatus: dossier.status,
      status: change.status,
      nationalStatusCode: change.nationalStatusCode,
      actor: entry.actor,
      reason: entry.reason,
      command: entry.command ?? null,
    });
    row.details = entry.details ?? null;
    await manager.save(row);
  }

  /**
   * Routing's decision on a dossier (routed to an agency, or held), in ONE statement of the
   * caller's transaction: locks the row, moves it to `to` when its status is one of `movableFrom`,
   * or — when it waits on the applicant (`waitingOn`) and has no agency yet — records only the
   * agency; either way with its history entry. Null when the dossier is not stored here;
   * `applied` false when its status allowed neither (nothing written).
   */
  async applyRouting(
    manager: EntityManager,
    dossierId: string,
    step: RoutingStep,
  ): Promise<{ code: string; status: DossierStatus; applied: boolean } | null> {
    const rows = await manager.query<{ code: string; status: DossierStatus; applied: boolean }[]>(
      this.applyRoutingSql(),
      [
        dossierId,
        step.waitingOn,
        step.movableFrom,
        step.to,
        NATIONAL_STATUS_CODE[step.to],
        step.agency?.code ?? null,
        step.agency?.name ?? null,
        step.at,
        step.actor,
        step.reason,
        step.waitingReason,
      ],
    );
    return rows[0] ?? null;
  }

  #applyRoutingSql: string | undefined;

  /**
   * $1 dossier id, $2 statuses waiting on the applicant, $3 statuses it moves from, $4 the status
   * it moves to, $5 its national code, $6/$7 the agency (null: kept), $8 at, $9 actor, $10 reason,
   * $11 reason when only the agency is recorded.
   */
  private applyRoutingSql(): string {
    if (this.#applyRoutingSql) return this.#applyRoutingSql;
    const dossier = this.dataSource.getMetadata(DossierEntity).tablePath;
    const history = this.dataSource.getMetadata(DossierHistoryEntity).tablePath;
    this.#applyRoutingSql = `
      WITH cur AS (
        SELECT id, tenant_id, code, status, national_status_code,
               status = ANY($2::text[]) AND competent_agency_code IS NULL AS waiting
          FROM ${dossier} WHERE id = $1 FOR UPDATE
      ), plan AS (
        SELECT cur.*,
               CASE WHEN waiting THEN status WHEN status = ANY($3::text[]) THEN $4::text END
                 AS next_status
          FROM cur
      ), upd AS (
        UPDATE ${dossier} d
           SET status = plan.next_status,
               national_status_code = CASE WHEN plan.waiting THEN d.national_status_code
                                           ELSE $5::smallint END,
               competent_agency_code = coalesce($6::text, d.competent_agency_code),
               competent_agency_name = coalesce($7::text, d.competent_agency_name),
               version = d.version + 1,
               updated_at = CURRENT_TIMESTAMP
          FROM plan
         WHERE d.id = plan.id AND plan.next_status IS NOT NULL
        RETURNING d.id, d.tenant_id, d.status, d.national_status_code
      ), h AS (
        INSERT INTO ${history} (dossier_id, tenant_id, at, from_status, status,
                                national_status_code, actor, reason, command, details)
        SELECT upd.id, upd.tenant_id, $8::timestamptz, plan.status, upd.status,
               upd.national_status_code, $9::text,
               CASE WHEN plan.waiting THEN $11::text ELSE $10::text END, NULL, NULL
          FROM upd, plan
      )
      SELECT code, status, next_status IS NOT NULL AS applied FROM plan`
      .replace(/\s+/g, ' ')
      .trim();
    return this.#applyRoutingSql;
  }

  lockById(manager: EntityManager, id: string): Promise<DossierEntity | null> {
    return manager.findOne(DossierEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockByCode(manager: EntityManager, tenant: string, code: string): Promise<DossierEntity | null> {
    return manager.findOne(DossierEntity, {
      where: { tenantId: tenant, code },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** One lifecycle step: the dossier change, its history row and its event, in one transaction. */
  async transition(
    manager: EntityManager,
    dossier: DossierEntity,
    change: DossierChange,
    entry: HistoryNote & { command: DossierCommandType; details: Record<string, unknown> },
  ): Promise<void> {
    await this.changeStatus(manager, dossier, change, entry);
    const dueAt = change.dueAt ?? dossier.dueAt;
    const paused = (change.pauses ?? dossier.pauses).some((p) => p.to === null);
    const event: DossierTransitioned = {
      dossierId: dossier.id,
      code: dossier.code,
      from: dossier.status,
      to: change.status,
      nationalStatusCode: change.nationalStatusCode,
      command: entry.command,
      actor: entry.actor,
      reason: entry.reason,
      at: entry.at.toISOString(),
      dueAt: paused ? null : dueAt.toISOString(),
      details: entry.details,
    };
    await this.outbox.append(manager, 'dossier.transitioned.v1', event, {
      tenant: dossier.tenantId,
      subject: dossier.code,
    });
  }
}

export type DossierChange = Pick<DossierEntity, 'status' | 'nationalStatusCode'> &
  Partial<
    Pick<
      DossierEntity,
      | 'competentAgencyCode'
      | 'competentAgencyName'
      | 'formerAgencyCodes'
      | 'pauses'
      | 'dueAt'
      | 'originalDueAt'
      | 'apologized'
      | 'finishedAt'
      | 'rating'
      | 'returnMethod'
      | 'acceptedAt'
      | 'duration'
      | 'paymentResumeStatus'
      | 'paidOnline'
      | 'overdueNotifiedAt'
      | 'dueSoonNotifiedAt'
      | 'mirroredAt'
    >
  >;

/** What routing decided, as `applyRouting` records it. */
export interface RoutingStep {
  at: Date;
  actor: string;
  movableFrom: readonly DossierStatus[];
  to: DossierStatus;
  reason: string;
  /** The agency routed to (a hold names none). */
  agency: { code: string; name: string } | null;
  /** Statuses waiting on the applicant: only the agency is recorded, if none yet. */
  waitingOn: readonly DossierStatus[];
  waitingReason: string;
}

export interface HistoryNote {
  at: Date;
  actor: string;
  reason: string | null;
  command?: DossierCommandType;
  details?: Record<string, unknown>;
}
