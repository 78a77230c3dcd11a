import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, UnitLevel } from '@motcua/contracts';
import { toVietnamDate } from '@motcua/calendar';
import { Clock } from '@motcua/platform';
import { TenantsService } from '../tenants/tenants.service';
import { inForceOn } from '../validity/in-force';
import type { AdministrativeUnitEntity } from './administrative-unit.entity';
import { unitsInForceOn } from './successor-resolution';
import { UnitsRepository, type UnitQuery } from './units.repository';

const LEVEL_ORDER: Record<UnitLevel, number> = {
  [UnitLevel.Province]: 0,
  [UnitLevel.District]: 1,
  [UnitLevel.Commune]: 2,
};
/** Provinces, districts, communes: deeper is broken data. */
const MAX_ANCESTORS = 5;

export interface UnitResolution {
  unit: AdministrativeUnitEntity;
  /** The units in force on the day that hold the unit's territory. */
  current: AdministrativeUnitEntity[];
}

/** Administrative units as the map stood on a day: lists, successors, ancestors. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly units: UnitsRepository,
    private readonly clock: Clock,
    private readonly tenants: TenantsService,
  ) {}

  /** Today in Vietnam, the day every `asOf` defaults to. */
  today(): string {
    return toVietnamDate(this.clock.now());
  }

  async get(tenant: string, code: string): Promise<AdministrativeUnitEntity> {
    const unit = await this.units.findOne(tenant, code);
    if (!unit)
      throw new DomainError(
        ErrorCode.NotFound,
        `administrative unit ${code} does not exist in tenant ${tenant}`,
      );
    return unit;
  }

  /**
   * The served tenant that holds a unit in force on `day`: the unit and the tenant both in force
   * (a province merged into another hands its units over on the merger day). Two tenants holding
   * the same unit on one day is broken reference data: refused rather than guessed.
   */
  async locate(code: string, day: string): Promise<AdministrativeUnitEntity> {
    const [rows, served] = await Promise.all([
      this.units.findInForceInAnyTenant(code, day),
      this.tenants.list(day),
    ]);
    const servedIds = new Set(served.map((t) => t.id));
    const holders = rows.filter((u) => servedIds.has(u.tenantId));
    if (!holders.length) {
      throw new DomainError(
        ErrorCode.NotFound,
        `no served tenant has administrative unit ${code} in force on ${day}`,
      );
    }
    if (holders.length > 1) {
      throw new DomainError(
        ErrorCode.Conflict,
        `administrative unit ${code} is in force in several tenants on ${day}: ${holders.map((u) => u.tenantId).join(', ')}`,
      );
    }
    return holders[0];
  }

  /** Units in force on `day`, provinces first, then by code. */
  async list(tenant: string, day: string, query: UnitQuery): Promise<AdministrativeUnitEntity[]> {
    const rows = await this.units.listInForce(tenant, day, query);
    return rows.sort(
      (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code),
    );
  }

  async resolve(tenant: string, code: string, day: string): Promise<UnitResolution> {
    const unit = await this.get(tenant, code);
    const current = await unitsInForceOn(unit, day, (codes) =>
      this.units.findByCodes(tenant, codes),
    );
    return { unit, current };
  }

  /**
   * The codes a jurisdiction may name to cover `code` on `day`: the units in force that hold its
   * territory and every unit above them. Empty for an unknown unit.
   */
  async coveringCodes(tenant: string, code: string, day: string): Promise<string[]> {
    const unit = await this.units.findOne(tenant, code);
    if (!unit) return [];
    const current = await unitsInForceOn(unit, day, (codes) =>
      this.units.findByCodes(tenant, codes),
    );
    const covering = new Set<string>();
    let level = current;
    for (let depth = 0; level.length && depth <= MAX_ANCESTORS; depth++) {
      level.forEach((u) => covering.add(u.code));
      const parents = [
        ...new Set(level.flatMap((u) => (u.parentCode ? [u.parentCode] : []))),
      ].filter((c) => !covering.has(c));
      level = (await this.units.findByCodes(tenant, parents)).filter((u) => inForceOn(u, day));
    }
    return [...covering];
  }
}
