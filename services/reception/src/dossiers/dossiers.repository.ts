import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Brackets,
  DataSource,
  In,
  QueryFailedError,
  type EntityManager,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  DomainError,
  ErrorCode,
  MAX_DAILY_SEQUENCE,
  formatDossierCode,
  type DossierCommandType,
  type DossierStatus,
  type DossierTransitioned,
} from '@motcua/contracts';
import { OutboxWriter } from '@motcua/platform';
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
   * `dossier.received` (or, online, `dossier.registered`) event in one transaction. Returns null when another request with the same
   * idempotency key won the race (the caller reads that one instead).
   */
  async insertReceived(draft: DossierDraft): Promise<DossierEntity | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const receiptDay = toVietnamDate(draft.receivedAt);
        const sequence = await this.nextSequence(
          manager,
          draft.tenantId,
          draft.receivingAgencyCode,
          receiptDay,
        );
        const code = formatDossierCode({
          unitAgencyCode: draft.receivingAgencyCode,
          date: receiptDay,
          sequence,
        });
        const dossier = manager.create(DossierEntity, { ...draft, code });
        await manager.insert(DossierEntity, dossier);
        await manager.insert(DossierHistoryEntity, {
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
        if (dossier.acceptedAt) await this.appendReceived(manager, dossier);
        else
          await this.outbox.append(manager, 'dossier.registered.v1', toReceivedEvent(dossier), {
            tenant: dossier.tenantId,
            subject: code,
          });
        return dossier;
      });
    } catch (err) {
      if (isUniqueViolation(err, 'uq_dossier_idempotency')) return null;
      throw err;
    }
  }

  /** The next number for (unit, day); the upsert row lock serialises concurrent receipts. */
  private async nextSequence(
    manager: EntityManager,
    tenant: string,
    unitAgencyCode: string,
    day: string,
  ): Promise<number> {
    const table = manager.connection.getMetadata(DossierSequenceEntity).tablePath;
    const rows = await manager.query<{ last_value: number }[]>(
      `INSERT INTO ${table} (unit_agency_code, day, tenant_id, last_value) VALUES ($1, $2, $3, 1)
       ON CONFLICT (unit_agency_code, day) DO UPDATE SET last_value = ${table}.last_value + 1
       RETURNING last_value`,
      [unitAgencyCode, day, tenant],
    );
    const value = rows[0].last_value;
    if (value > MAX_DAILY_SEQUENCE) {
      throw new DomainError(
        ErrorCode.SequenceExhausted,
        `unit ${unitAgencyCode} has issued all ${MAX_DAILY_SEQUENCE} dossier codes for ${day}`,
      );
    }
    return value;
  }

  /**
   * The event of a dossier just accepted (at receipt, or an online one on acceptance), in the
   * caller's transaction: `dossier.received.v1` for routing here, or — when another tenant's
   * agency decides it — `dossier.handed-over.v1` under that tenant (cross-province hand-over).
   */
  async appendReceived(manager: EntityManager, dossier: DossierEntity): Promise<void> {
    if (dossier.decidingTenant) {
      await this.outbox.append(manager, 'dossier.handed-over.v1', toHandedOverEvent(dossier), {
        tenant: dossier.decidingTenant,
        subject: dossier.code,
      });
      return;
    }
    await this.outbox.append(manager, 'dossier.received.v1', toReceivedEvent(dossier), {
      tenant: dossier.tenantId,
      subject: dossier.code,
    });
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

export interface HistoryNote {
  at: Date;
  actor: string;
  reason: string | null;
  command?: DossierCommandType;
  details?: Record<string, unknown>;
}
