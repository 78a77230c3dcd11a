import {
  encodeCursor,
  type ImportResult,
  type Procedure,
  type ProcedureDefinitionInput as ProcedureDefinitionRequest,
  type ProcedureImportRow,
  type RpcResponse,
} from '@motcua/contracts';
import type { ProcedureConnectionModel } from './procedure-connection.model';
import type {
  DurationInput,
  ProcedureComponentInput,
  ProcedureDefinitionInput,
} from './procedure-definition.input';
import type { ProcedureImportResultModel } from './procedure-import-result.model';
import type { ProcedureImportRowInput } from './procedure-import-row.input';
import type { ProcedureVersionConnectionModel } from './procedure-version-connection.model';
import type { ProcedureModel } from './procedure.model';

export function toProcedureModel(p: Procedure): ProcedureModel {
  return {
    code: p.code,
    version: p.version,
    status: p.status,
    name: p.name,
    fieldCode: p.fieldCode,
    fieldName: p.fieldName,
    level: p.level,
    levels: p.levels.map((l) => ({ ...l })),
    durationDays: p.durationDays,
    duration: { ...p.duration },
    onlineDuration: p.onlineDuration ? { ...p.onlineDuration } : null,
    fees: p.fees.map((f) => ({ ...f })),
    components: p.components.map((c) => ({ ...c })),
    resultType: p.resultType,
    onlineLevel: p.onlineLevel,
    boundaryFreeScope: p.boundaryFreeScope,
    jurisdictionBasis: p.jurisdictionBasis,
    legalBasis: [...p.legalBasis],
    interAgencySteps: p.interAgencySteps.map((step) => ({
      title: step.title,
      agencyCode: step.agencyCode,
      duration: { ...step.duration },
    })),
    requiredAssuranceLevel: p.requiredAssuranceLevel,
    validFrom: p.validFrom,
    validTo: p.validTo,
    publishedAt: p.publishedAt,
  };
}

export function toProcedureConnection(
  page: RpcResponse<'catalog.procedure.list.v1'>,
): ProcedureConnectionModel {
  return {
    edges: page.items.map((p) => ({
      cursor: encodeCursor('procedure', p.code),
      node: toProcedureModel(p),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

/** Export pages are keyed by (code, version): the catalog's `procedure-version` cursors. */
export function toProcedureVersionConnection(
  page: RpcResponse<'catalog.procedure.export.v1'>,
): ProcedureVersionConnectionModel {
  return {
    edges: page.items.map((p) => ({
      cursor: encodeCursor('procedure-version', `${p.code}@${p.version}`),
      node: toProcedureModel(p),
    })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

const toDuration = (d: DurationInput) => ({ value: d.value, unit: d.unit });

/** GraphQL lets optional fields be null; the contract wants them absent so its defaults apply. */
function toComponent(c: ProcedureComponentInput) {
  return {
    name: c.name,
    copies: c.copies ?? undefined,
    required: c.required ?? undefined,
    digitizable: c.digitizable ?? undefined,
    reusable: c.reusable ?? undefined,
  };
}

export function toProcedureDefinition(input: ProcedureDefinitionInput): ProcedureDefinitionRequest {
  return {
    code: input.code,
    name: input.name,
    fieldCode: input.fieldCode,
    fieldName: input.fieldName,
    levels: input.levels.map((l) => ({
      level: l.level,
      competentAgencyKind: l.competentAgencyKind,
    })),
    duration: toDuration(input.duration),
    onlineDuration: input.onlineDuration ? toDuration(input.onlineDuration) : null,
    fees: input.fees?.map((f) => ({ description: f.description, amountVnd: f.amountVnd })),
    components: input.components?.map(toComponent),
    resultType: input.resultType,
    onlineLevel: input.onlineLevel,
    boundaryFreeScope: input.boundaryFreeScope,
    jurisdictionBasis: input.jurisdictionBasis ?? undefined,
    legalBasis: input.legalBasis ? [...input.legalBasis] : undefined,
    interAgencySteps: input.interAgencySteps?.map((step) => ({
      title: step.title,
      agencyCode: step.agencyCode ?? null,
      duration: toDuration(step.duration),
    })),
    requiredAssuranceLevel: input.requiredAssuranceLevel ?? undefined,
  };
}

/** Rows numbered by position from 1, so results point back at the caller's list. */
export function toImportRows(rows: ProcedureImportRowInput[]): { line: number; row: unknown }[] {
  return rows.map((r, i) => {
    const row: ProcedureImportRow = {
      ...toProcedureDefinition(r),
      version: r.version,
      status: r.status ?? undefined,
      validFrom: r.validFrom ?? undefined,
    };
    return { line: i + 1, row };
  });
}

export function toImportResultModel(r: ImportResult): ProcedureImportResultModel {
  return {
    line: r.line,
    code: r.code,
    version: r.version,
    outcome: r.outcome,
    errors: r.errors.map((e) => ({ path: e.path, message: e.message })),
  };
}
