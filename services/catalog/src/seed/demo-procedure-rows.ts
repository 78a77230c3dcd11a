import type { ProcedureImportRow } from '@motcua/contracts';
import { DEMO_PROCEDURES } from './demo-procedures';

/**
 * The demo procedures of one tenant as import rows, loaded through the same path as a
 * province's own import (validated, versioned, idempotent).
 */
export function demoProcedureRows(tenant: string): ProcedureImportRow[] {
  return DEMO_PROCEDURES.filter((p) => p.tenant === tenant).map((p) => ({
    code: p.code,
    version: p.version,
    status: 'PUBLISHED',
    validFrom: p.validFrom,
    name: p.name,
    fieldCode: p.fieldCode,
    fieldName: p.fieldName,
    levels: [
      {
        level: p.level,
        competentAgencyKind: p.level === 'COMMUNE' ? 'COMMUNE_COMMITTEE' : 'DEPARTMENT',
      },
    ],
    duration: { value: p.durationDays, unit: 'WORKING_DAYS' },
    onlineDuration: null,
    fees: p.fees,
    components: [],
    resultType: 'Kết quả giải quyết thủ tục hành chính',
    onlineLevel: 'PARTIAL',
    boundaryFreeScope: p.boundaryFreeScope,
    legalBasis: [],
  }));
}
