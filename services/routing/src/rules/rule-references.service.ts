import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type RpcErrorBody } from '@motcua/contracts';
import { CatalogClient } from '@motcua/platform';
import type { RuleContent } from './rule-view';

type Details = NonNullable<RpcErrorBody['details']>;

/**
 * Checks what a rule names against the catalog of its tenant: the target agency and every unit.
 * Every unknown code is reported at once; a catalog failure other than NOT_FOUND is thrown.
 */
@Injectable()
export class RuleReferencesService {
  constructor(private readonly catalog: CatalogClient) {}

  async check(tenant: string, content: RuleContent): Promise<void> {
    const details: Details = [];
    if (content.target.kind === 'AGENCY') {
      const code = content.target.agencyCode;
      const agencies = await this.catalog.listAgencies(tenant, { codes: [code] });
      if (!agencies.some((a) => a.code === code))
        details.push({
          path: 'target.agencyCode',
          message: `agency ${code} is not in the catalog`,
        });
    }
    const units = content.match.jurisdictionUnitCodes ?? [];
    for (const [i, code] of units.entries()) {
      if (!(await this.unitExists(tenant, code)))
        details.push({
          path: `match.jurisdictionUnitCodes.${i}`,
          message: `unit ${code} is not in the catalog`,
        });
    }
    if (details.length)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `Invalid rule: ${details.map((d) => d.message).join('; ')}`,
        details,
      );
  }

  private async unitExists(tenant: string, code: string): Promise<boolean> {
    try {
      await this.catalog.getUnit(tenant, code);
      return true;
    } catch (err) {
      if (DomainError.is(err) && err.code === ErrorCode.NotFound) return false;
      throw err;
    }
  }
}
