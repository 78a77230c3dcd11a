import type { ProcedureImportRow } from '@motcua/contracts';
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
  }));
}
