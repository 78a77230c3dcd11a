import { BoundaryFreeScope, type Branch, type Procedure } from '@motcua/contracts';

export type ScopeCheck =
  { allowed: true; boundaryFree: boolean } | { allowed: false; reason: string };

/**
 * May this branch receive this procedure for this jurisdiction unit? Decree 118 lets a tenant's
 * branches receive regardless of administrative boundary within the province when the procedure
 * allows it (scope PROVINCE or NATION); scope NONE keeps reception at the competent unit itself.
 * The branch is always of the request's tenant (looked up there), so PROVINCE needs no more.
 */
export function checkReceptionScope(
  procedure: Procedure,
  branch: Branch,
  jurisdictionUnitCode: string,
): ScopeCheck {
  const boundaryFree = branch.unitCode !== jurisdictionUnitCode;
  switch (procedure.boundaryFreeScope) {
    case BoundaryFreeScope.Nation:
    case BoundaryFreeScope.Province:
      return { allowed: true, boundaryFree };
    case BoundaryFreeScope.None:
      return boundaryFree
        ? {
            allowed: false,
            reason: `procedure ${procedure.code} must be received at a branch of unit ${jurisdictionUnitCode}; branch ${branch.id} is in unit ${branch.unitCode}`,
          }
        : { allowed: true, boundaryFree: false };
  }
}
