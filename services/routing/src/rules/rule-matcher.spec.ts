import {
  firstMatchingRule,
  ruleMatches,
  type DossierFacts,
  type RoutingRule,
} from './rule-matcher';

function rule(overrides: Partial<RoutingRule> = {}): RoutingRule {
  return {
    id: 'r',
    priority: 10,
    procedureCodes: null,
    fieldCodes: null,
    level: null,
    jurisdictionUnitCodes: null,
    target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
    validFrom: '2025-07-01',
    validTo: null,
    ...overrides,
  };
}

function facts(overrides: Partial<DossierFacts> = {}): DossierFacts {
  return {
    procedureCode: '1.001193',
    fieldCode: 'G09-TP01',
    level: 'COMMUNE',
    jurisdictionUnitCode: '00070',
    receiptDate: '2026-01-05',
    ...overrides,
  };
}

describe(ruleMatches.name, () => {
  it('matches anything when the rule sets no criterion', () => {
    expect(ruleMatches(rule(), facts())).toBe(true);
  });

  it('matches when every given criterion holds', () => {
    const r = rule({
      procedureCodes: ['1.001193', '1.000894'],
      fieldCodes: ['G09-TP01'],
      level: 'COMMUNE',
      jurisdictionUnitCodes: ['00070'],
    });
    expect(ruleMatches(r, facts())).toBe(true);
  });

  it.each([
    ['procedure code', { procedureCodes: ['2.000488'] }],
    ['field code', { fieldCodes: ['G09-TC01'] }],
    ['level', { level: 'PROVINCE' as const }],
    ['jurisdiction unit', { jurisdictionUnitCodes: ['00004'] }],
    ['empty list', { procedureCodes: [] }],
  ])('does not match when the %s differs', (_what, overrides) => {
    expect(ruleMatches(rule(overrides), facts())).toBe(false);
  });

  it('does not match when one of several criteria fails', () => {
    expect(ruleMatches(rule({ fieldCodes: ['G09-TP01'], level: 'PROVINCE' }), facts())).toBe(false);
  });

  it('applies from valid_from through valid_to inclusive', () => {
    const r = rule({ validFrom: '2025-07-01', validTo: '2025-12-31' });
    expect(ruleMatches(r, facts({ receiptDate: '2025-06-30' }))).toBe(false);
    expect(ruleMatches(r, facts({ receiptDate: '2025-07-01' }))).toBe(true);
    expect(ruleMatches(r, facts({ receiptDate: '2025-12-31' }))).toBe(true);
    expect(ruleMatches(r, facts({ receiptDate: '2026-01-01' }))).toBe(false);
  });
});

describe(firstMatchingRule.name, () => {
  it('returns the matching rule with the lowest priority number when rules are out of order', () => {
    const general = rule({ id: 'general', priority: 30, fieldCodes: ['G09-XD01'] });
    const specific = rule({
      id: 'van-don',
      priority: 25,
      procedureCodes: ['1.009974'],
      jurisdictionUnitCodes: ['07192'],
    });
    const f = facts({
      procedureCode: '1.009974',
      fieldCode: 'G09-XD01',
      level: 'PROVINCE',
      jurisdictionUnitCode: '07192',
    });
    expect(firstMatchingRule([general, specific], f)?.id).toBe('van-don');
    expect(
      firstMatchingRule([general, specific], { ...f, jurisdictionUnitCode: '06700' })?.id,
    ).toBe('general');
  });

  it('skips a rule that is not in force on the receipt date when a newer version replaces it', () => {
    const old = rule({ id: 'old', priority: 10, validFrom: '2018-01-01', validTo: '2025-06-30' });
    const current = rule({ id: 'current', priority: 10, validFrom: '2025-07-01' });
    expect(firstMatchingRule([old, current], facts({ receiptDate: '2025-06-30' }))?.id).toBe('old');
    expect(firstMatchingRule([old, current], facts({ receiptDate: '2025-07-01' }))?.id).toBe(
      'current',
    );
  });

  it('breaks priority ties by id when two rules share a priority', () => {
    expect(firstMatchingRule([rule({ id: 'b' }), rule({ id: 'a' })], facts())?.id).toBe('a');
  });

  it('returns undefined when no rule matches', () => {
    expect(firstMatchingRule([rule({ level: 'PROVINCE' })], facts())).toBeUndefined();
    expect(firstMatchingRule([], facts())).toBeUndefined();
  });

  it('does not reorder the given array', () => {
    const rules = [rule({ id: 'x', priority: 20 }), rule({ id: 'y', priority: 10 })];
    firstMatchingRule(rules, facts());
    expect(rules.map((r) => r.id)).toEqual(['x', 'y']);
  });
});
