import { Injectable } from '@nestjs/common';
import {
  AgencyKind,
  DomainError,
  ErrorCode,
  type Agency,
  type AdministrativeUnit,
} from '@motcua/contracts';
import { CatalogClient } from '@motcua/platform';
import type { RoutingTarget, RuleUnitsInForce } from '../rules/rule-matcher';
import {
  ancestorsOf,
  territoryInForceOn,
  unitInForceOn,
  type UnitLookup,
  type UnitOnDate,
} from './follow-successors';

export type AgencyChoice = { found: true; agency: Agency } | { found: false; reason: string };

/**
 * Asks the catalog which unit and which agency a decision names. A NOT_FOUND answer becomes a
 * reason to hold the dossier; any other failure (timeout, catalog down) is thrown, so the event is
 * redelivered later instead of holding a dossier that could be routed.
 */
@Injectable()
export class CompetentAgencyService {
  constructor(private readonly catalog: CatalogClient) {}

  /** The dossier's jurisdiction unit as it stood on the receipt date (successors followed). */
  jurisdictionUnit(tenant: string, code: string, receiptDate: string): Promise<UnitOnDate> {
    return unitInForceOn(code, receiptDate, this.lookup(tenant));
  }

  /** The units above the dossier's unit, nearest first: a rule naming any of them applies. */
  ancestors(tenant: string, unit: AdministrativeUnit): Promise<string[]> {
    return ancestorsOf(unit, this.lookup(tenant));
  }

  /** What each unit code named by rules stands for on the receipt date (successors of a merge). */
  async ruleUnitsInForce(
    tenant: string,
    codes: Iterable<string>,
    receiptDate: string,
  ): Promise<RuleUnitsInForce> {
    const lookup = this.lookup(tenant);
    const map = new Map<string, string[]>();
    for (const code of new Set(codes))
      map.set(code, await territoryInForceOn(code, receiptDate, lookup));
    return map;
  }

  private lookup(tenant: string): UnitLookup {
    return (code) => notFoundAsNull(this.catalog.getUnit(tenant, code));
  }

  async agencyFor(
    tenant: string,
    target: RoutingTarget,
    unit: AdministrativeUnit,
  ): Promise<AgencyChoice> {
    switch (target.kind) {
      case 'AGENCY': {
        const agencies = await this.catalog.listAgencies(tenant, { codes: [target.agencyCode] });
        const agency = agencies.find((a) => a.code === target.agencyCode);
        return agency
          ? { found: true, agency }
          : { found: false, reason: `agency ${target.agencyCode} is not in the catalog` };
      }
      case 'JURISDICTION_COMMITTEE': {
        const committees = await this.catalog.listAgencies(tenant, {
          unitCode: unit.code,
          kind: AgencyKind.CommuneCommittee,
        });
        if (committees.length === 1) return { found: true, agency: committees[0] };
        // Never guess between two committees: a supervisor decides.
        return {
          found: false,
          reason: committees.length
            ? `several commune People's Committees serve jurisdiction unit ${unit.code}: ${committees.map((a) => a.code).join(', ')}`
            : `no commune People's Committee serves jurisdiction unit ${unit.code} (${unit.name})`,
        };
      }
    }
  }
}

async function notFoundAsNull<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (err) {
    if (DomainError.is(err) && err.code === ErrorCode.NotFound) return null;
    throw err;
  }
}
