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
    requiredAssuranceLevel: row.requiredAssuranceLevel ?? requiredAssuranceLevelOf(row.code),
  }));
}

/**
 * Demo procedures an online applicant must have signed in to with a level-2 e-ID (Decree
 * 69/2024): registrations with legal effect on property (land rights, security over land) and
 * the registration of a business. [?] a demo choice, see data/UNVERIFIED.md.
 */
export const LEVEL_2_PROCEDURE_CODES: ReadonlySet<string> = new Set([
  '1.013978', // đăng ký đất đai lần đầu
  '1.013831', // đăng ký biến động quyền sử dụng đất
  '1.011441', // đăng ký biện pháp bảo đảm bằng quyền sử dụng đất
  '2.001610', // đăng ký thành lập doanh nghiệp tư nhân
  '2.002043', // đăng ký thành lập công ty cổ phần
  '2.002042', // đăng ký thành lập công ty hợp danh
  '1.001612', // đăng ký thành lập hộ kinh doanh
]);

/** The dataset names no assurance level: level 2 for the procedures above, 1 for the rest. */
export function requiredAssuranceLevelOf(code: string): 1 | 2 {
  return LEVEL_2_PROCEDURE_CODES.has(code) ? 2 : 1;
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
