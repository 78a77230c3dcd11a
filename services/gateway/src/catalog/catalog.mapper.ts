import type { Branch, Tenant } from '@motcua/contracts';
import type { BranchModel } from './branch.model';
import type { TenantModel } from './tenant.model';

export function toTenantModel(t: Tenant): TenantModel {
  return {
    id: t.id,
    name: t.name,
    statisticsCode: t.statisticsCode,
    regions: t.regions.map((r) => ({ ...r })),
  };
}

export function toBranchModel(b: Branch): BranchModel {
  return {
    id: b.id,
    tenant: b.tenant,
    name: b.name,
    unitCode: b.unitCode,
    address: b.address,
    lat: b.lat,
    lng: b.lng,
  };
}
