import type { JurisdictionBasis, ProcedureImportRow } from '@motcua/contracts';
import dataset from './data/procedures.json';
import { DEMO_CHAINS } from './demo-chains';
import { DEMO_PROCEDURES } from './demo-procedures';

/**
 * The demo procedures of one tenant as import rows, loaded through the same path as a
 * province's own import (validated, versioned, idempotent): the national dataset, with the
 * tenant's own fees where the first version's seed set them per province, and the tenant's
 * inter-agency chains (their agencies are the tenant's).
 */
export function demoProcedureRows(tenant: string): ProcedureImportRow[] {
  const tenantFees = new Map(
    DEMO_PROCEDURES.filter((p) => p.tenant === tenant).map((p) => [p.code, p.fees]),
  );
  const chains = DEMO_CHAINS[tenant] ?? {};
  return (dataset as ProcedureImportRow[]).map((row) => ({
    ...row,
    fees: tenantFees.get(row.code) ?? row.fees,
    interAgencySteps: chains[row.code] ?? row.interAgencySteps,
    jurisdictionBasis: row.jurisdictionBasis ?? jurisdictionBasisOf(row.fieldCode),
  }));
}

/**
 * The dataset names no jurisdiction basis: land procedures (field G09-NM01, Đất đai) are decided
 * where the parcel lies, enterprise and household-business registration (G09-TC01, G09-TC02)
 * where the business is registered, the rest where the applicant lives.
 */
export function jurisdictionBasisOf(fieldCode: string): JurisdictionBasis {
  if (fieldCode === 'G09-NM01') return 'PARCEL';
  if (fieldCode === 'G09-TC01' || fieldCode === 'G09-TC02') return 'BUSINESS_ADDRESS';
  return 'RESIDENCE';
}
