import {
  encodeCursor,
  type Branch,
  type Procedure,
  type RpcResponse,
  type Tenant,
} from '@motcua/contracts';
import type { BranchModel } from './branch.model';
import type { ProcedureConnectionModel } from './procedure-connection.model';

import type { ProcedureModel } from './procedure.model';
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

export function toProcedureModel(p: Procedure): ProcedureModel {
  return {
    code: p.code,
    name: p.name,
    level: p.level,
    durationDays: p.durationDays,
    boundaryFreeScope: p.boundaryFreeScope,
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
