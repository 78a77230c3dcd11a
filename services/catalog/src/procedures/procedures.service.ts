import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  canonicalJson,
  DomainError,
  ErrorCode,
  ProcedureStatus,
  procedureImportRowSchema,
  type ImportResult,
  type ProcedureDefinition,
} from '@motcua/contracts';
import { toVietnamDate } from '@motcua/calendar';
import { Clock, OutboxWriter } from '@motcua/platform';
import { AgencyEntity } from '../agencies/agency.entity';
import { ProcedureEntity, definitionColumns } from './procedure.entity';
import { ProceduresRepository } from './procedures.repository';

/** The day before an ISO date. */
function dayBefore(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Compares what an administrator edits, ignoring derived columns. */
function sameDefinition(row: ProcedureEntity, definition: ProcedureDefinition): boolean {
  return canonicalJson(definitionColumns(row)) === canonicalJson(definitionColumns(definition));
}

/**
 * Procedure versions: drafts are saved and changed until published; publishing closes the
 * previous version the day before; published versions never change. Every change announces
 * itself (`catalog.changed.v1`) in the same transaction so caches drop the procedure.
 */
@Injectable()
export class ProceduresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly procedures: ProceduresRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return toVietnamDate(this.clock.now());
  }

  /** Creates the next version as a draft, or changes the open draft. */
  saveDraft(tenant: string, definition: ProcedureDefinition): Promise<ProcedureEntity> {
    return this.dataSource.transaction(async (manager) => {
      const unknown = await this.unknownStepAgencies(manager, tenant, definition);
      if (unknown.length)
        throw new DomainError(
          ErrorCode.ValidationFailed,
          `the inter-agency chain names agencies that are not in the catalog of ${tenant}`,
          unknown.map((u) => ({ ...u, path: `definition.${u.path}` })),
        );
      const versions = await this.procedures.lockVersions(manager, tenant, definition.code);
      const draft = versions.find((v) => v.status === ProcedureStatus.Draft);
      const saved = draft
        ? await this.write(manager, { ...draft, ...definitionColumns(definition) })
        : await this.write(manager, {
            tenantId: tenant,
            version: (versions.at(-1)?.version ?? 0) + 1,
            status: ProcedureStatus.Draft,
            validFrom: null,
            validTo: null,
            publishedAt: null,
            ...definitionColumns(definition),
          });
      await this.announce(manager, tenant, definition.code);
      return saved;
    });
  }

  /** Publishes a draft from `validFrom` on; the version in force before it ends the day before. */
  publish(
    tenant: string,
    code: string,
    version: number,
    validFrom: string,
  ): Promise<ProcedureEntity> {
    if (validFrom < this.today()) {
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `validFrom ${validFrom} is in the past: published versions cannot change the past`,
        [{ path: 'validFrom', message: 'must be today or later' }],
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const versions = await this.procedures.lockVersions(manager, tenant, code);
      const target = versions.find((v) => v.version === version);
      if (!target)
        throw new DomainError(ErrorCode.NotFound, `procedure ${code} has no version ${version}`);
      if (target.status !== ProcedureStatus.Draft) {
        throw new DomainError(
          ErrorCode.Conflict,
          `version ${version} of ${code} is already published`,
        );
      }
      const published = await this.publishVersion(manager, versions, target, validFrom);
      await this.announce(manager, tenant, code);
      return published;
    });
  }

  /**
   * Keeps a procedure list in step with a reference list (the demo data on every start): a
   * procedure not yet stored is imported as given; one whose latest published version differs
   * gets a new version published from today. Published versions are never changed.
   */
  async syncPublished(
    tenant: string,
    rows: { line: number; row: unknown }[],
  ): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    for (const { line, row } of rows) {
      const parsed = procedureImportRowSchema.safeParse(row);
      const versions = parsed.success
        ? await this.procedures.versions(tenant, parsed.data.code)
        : [];
      if (!parsed.success || !versions.length) {
        results.push(await this.importRow(tenant, line, row));
        continue;
      }
      const {
        version: _version,
        status: _status,
        validFrom: _validFrom,
        ...definition
      } = parsed.data;
      const latest = versions.filter((v) => v.status === ProcedureStatus.Published).at(-1);
      if (latest && sameDefinition(latest, definition)) {
        results.push({
          line,
          code: definition.code,
          version: latest.version,
          outcome: 'UNCHANGED',
          errors: [],
        });
        continue;
      }
      const draft = await this.saveDraft(tenant, definition);
      const published = await this.publish(tenant, definition.code, draft.version, this.today());
      results.push({
        line,
        code: definition.code,
        version: published.version,
        outcome: 'CREATED',
        errors: [],
      });
    }
    return results;
  }

  /** Imports rows one by one (each in its own transaction), reporting each row's outcome. */
  async import(tenant: string, rows: { line: number; row: unknown }[]): Promise<ImportResult[]> {
    const results: ImportResult[] = [];
    for (const { line, row } of rows) results.push(await this.importRow(tenant, line, row));
    return results;
  }

  private async importRow(tenant: string, line: number, raw: unknown): Promise<ImportResult> {
    const parsed = procedureImportRowSchema.safeParse(raw);
    const named = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const base = {
      line,
      code: typeof named.code === 'string' ? named.code : null,
      version: typeof named.version === 'number' ? named.version : null,
    };
    if (!parsed.success) {
      return {
        ...base,
        outcome: 'INVALID',
        errors: parsed.error.issues.map((i) => ({
          path: i.path.map(String).join('.') || '(row)',
          message: i.message,
        })),
      };
    }
    const { version, status, validFrom, ...definition } = parsed.data;
    if (status === ProcedureStatus.Published && !validFrom) {
      return {
        ...base,
        outcome: 'INVALID',
        errors: [{ path: 'validFrom', message: 'a published row needs validFrom' }],
      };
    }
    const unknown = await this.unknownStepAgencies(this.dataSource.manager, tenant, definition);
    if (unknown.length) return { ...base, outcome: 'INVALID', errors: unknown };
    try {
      return await this.dataSource.transaction(async (manager) => {
        const versions = await this.procedures.lockVersions(manager, tenant, definition.code);
        const existing = versions.find((v) => v.version === version);
        if (existing?.status === ProcedureStatus.Published) {
          if (sameDefinition(existing, definition) && existing.validFrom === validFrom)
            return { ...base, outcome: 'UNCHANGED', errors: [] };
          return {
            ...base,
            outcome: 'INVALID',
            errors: [
              {
                path: 'version',
                message: `version ${version} is published and cannot change; import it as a new version`,
              },
            ],
          };
        }
        if (
          !existing &&
          versions.some((v) => v.status === ProcedureStatus.Draft) &&
          status === ProcedureStatus.Draft
        ) {
          return {
            ...base,
            outcome: 'INVALID',
            errors: [{ path: 'version', message: 'another draft of this procedure is open' }],
          };
        }
        const saved = await this.write(manager, {
          ...(existing ?? {
            tenantId: tenant,
            version,
            validFrom: null,
            validTo: null,
            publishedAt: null,
          }),
          status: ProcedureStatus.Draft,
          ...definitionColumns(definition),
        });
        if (status === ProcedureStatus.Published) {
          await this.publishVersion(
            manager,
            await this.procedures.lockVersions(manager, tenant, definition.code),
            saved,
            validFrom!,
          );
        }
        await this.announce(manager, tenant, definition.code);
        return { ...base, outcome: existing ? 'UPDATED' : 'CREATED', errors: [] };
      });
    } catch (err) {
      if (DomainError.is(err))
        return { ...base, outcome: 'INVALID', errors: [{ path: '(row)', message: err.message }] };
      throw err;
    }
  }

  /** Each step of the inter-agency chain naming an agency the tenant's catalog does not hold. */
  private async unknownStepAgencies(
    manager: EntityManager,
    tenant: string,
    definition: ProcedureDefinition,
  ): Promise<{ path: string; message: string }[]> {
    const named = definition.interAgencySteps.flatMap((step, i) =>
      step.agencyCode === null ? [] : [{ i, code: step.agencyCode }],
    );
    if (!named.length) return [];
    const known = new Set(
      (
        await manager.find(AgencyEntity, {
          select: { code: true },
          where: { tenantId: tenant, code: In(named.map((n) => n.code)) },
        })
      ).map((a) => a.code),
    );
    return named
      .filter((n) => !known.has(n.code))
      .map((n) => ({
        path: `interAgencySteps.${n.i}.agencyCode`,
        message: `agency ${n.code} is not in the catalog`,
      }));
  }

  /** Marks `target` published from `validFrom` and closes the versions it replaces. */
  private async publishVersion(
    manager: EntityManager,
    versions: ProcedureEntity[],
    target: ProcedureEntity,
    validFrom: string,
  ): Promise<ProcedureEntity> {
    const published = versions.filter(
      (v) => v.status === ProcedureStatus.Published && v.version !== target.version,
    );
    if (
      published.some(
        (v) => v.validFrom !== null && v.validFrom >= validFrom && v.version < target.version,
      )
    ) {
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `validFrom ${validFrom} must come after the start of every earlier published version`,
        [{ path: 'validFrom', message: 'must be after the previous version starts' }],
      );
    }
    for (const previous of published) {
      if (
        previous.version < target.version &&
        (previous.validTo === null || previous.validTo >= validFrom)
      ) {
        await manager.update(
          ProcedureEntity,
          { tenantId: previous.tenantId, code: previous.code, version: previous.version },
          { validTo: dayBefore(validFrom) },
        );
      }
    }
    return this.write(manager, {
      ...target,
      status: ProcedureStatus.Published,
      validFrom,
      validTo: null,
      publishedAt: this.clock.now(),
    });
  }

  private async write(
    manager: EntityManager,
    row: Partial<ProcedureEntity>,
  ): Promise<ProcedureEntity> {
    return manager.save(ProcedureEntity, manager.create(ProcedureEntity, row));
  }

  private announce(manager: EntityManager, tenant: string, code: string) {
    return this.outbox.append(
      manager,
      'catalog.changed.v1',
      { entity: 'procedure', keys: [code] },
      { tenant },
    );
  }
}
