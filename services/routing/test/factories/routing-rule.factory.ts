import { RoutingRuleEntity } from '../../src/rules/routing-rule.entity';

/** A stored rule version, as an administrator would have written it; override what matters. */
export function routingRuleRow(overrides: Partial<RoutingRuleEntity> = {}): RoutingRuleEntity {
  return Object.assign(new RoutingRuleEntity(), {
    tenantId: 'hanoi',
    id: 'test-rule',
    version: 1,
    priority: 1,
    procedureCodes: null,
    fieldCodes: null,
    level: null,
    channels: null,
    jurisdictionUnitCodes: null,
    targetKind: 'AGENCY',
    targetAgencyCode: '000.00.01.H26',
    validFrom: '2025-01-01',
    validTo: null,
    createdBy: 'demo.hanoi.admin',
    createdAt: new Date('2025-01-01T00:00:00.000Z'),
    ...overrides,
  });
}
