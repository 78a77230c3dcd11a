import { successorCodesOf, type RpcResponse } from '@motcua/contracts';
import type { AdministrativeUnitModel, UnitResolutionModel } from './administrative-unit.model';
import type { AgencyModel } from './agency.model';
import type { BranchModel } from './branch.model';
import type { TenantModel } from './tenant.model';
import type { UncoveredPointModel } from './uncovered-point.model';

type Tenant = RpcResponse<'catalog.tenant.get.v1'>;
type Branch = RpcResponse<'catalog.branch.get.v1'>;
type Unit = RpcResponse<'catalog.unit.get.v1'>;
type Agency = RpcResponse<'catalog.agency.list.v1'>['agencies'][number];
type UncoveredPoint = RpcResponse<'catalog.branch.coverage.v1'>['uncovered'][number];

export function toTenantModel(t: Tenant): TenantModel {
  return {
    id: t.id,
    name: t.name,
    statisticsCode: t.statisticsCode,
    agencyCode: t.agencyCode,
    regions: t.regions.map((r) => ({ ...r })),
    timeZone: t.timeZone,
    settings: { defaultLocale: t.settings.defaultLocale },
    validFrom: t.validFrom,
    validTo: t.validTo,
    successorId: t.successorId,
  };
}

export function toBranchModel(b: Branch): BranchModel {
  return {
    id: b.id,
    tenant: b.tenant,
    name: b.name,
    kind: b.kind,
    unitCode: b.unitCode,
    agencyCode: b.agencyCode,
    region: b.region,
    address: b.address,
    lat: b.lat,
    lng: b.lng,
    openingHours: b.openingHours.map((p) => ({ start: p.start, end: p.end })),
    counters: b.counters,
  };
}

export function toUnitModel(u: Unit): AdministrativeUnitModel {
  return {
    code: u.code,
    tenant: u.tenant,
    name: u.name,
    level: u.level,
    parentCode: u.parentCode,
    region: u.region,
    validFrom: u.validFrom,
    validTo: u.validTo,
    successorCode: u.successorCode,
    successorCodes: successorCodesOf(u),
  };
}

export function toUnitResolutionModel(
  r: RpcResponse<'catalog.unit.resolve.v1'>,
): UnitResolutionModel {
  return { unit: toUnitModel(r.unit), current: r.current.map(toUnitModel) };
}

export function toAgencyModel(a: Agency): AgencyModel {
  return {
    code: a.code,
    tenant: a.tenant,
    name: a.name,
    kind: a.kind,
    level: a.level,
    unitCode: a.unitCode,
    jurisdiction: [...a.jurisdiction],
    fieldCodes: [...a.fieldCodes],
  };
}

export function toUncoveredPointModel(p: UncoveredPoint): UncoveredPointModel {
  return {
    index: p.index,
    lat: p.point.lat,
    lng: p.point.lng,
    label: p.point.label ?? null,
    nearestBranchId: p.nearestBranchId,
    distanceKm: p.distanceKm,
  };
}
