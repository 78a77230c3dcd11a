import {
  compareRules,
  firstMatchingRule,
  matchRule,
  unitCriterionMatch,
  type DossierFacts,
  type RoutingRule,
} from './rule-matcher';

function rule(overrides: Partial<RoutingRule> = {}): RoutingRule {
  return {
    id: 'r',
    version: 1,
    priority: 10,
    procedureCodes: null,
    fieldCodes: null,
    level: null,
    channels: null,
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
    channel: 'COUNTER',
    jurisdictionUnits: ['00070', '01'],
    receiptDate: '2026-01-05',
    ...overrides,
  };
}

describe(matchRule.name, () => {
  it('matches anything when the rule sets no criterion', () => {
    expect(matchRule(rule(), facts())).toEqual({ rule: rule(), unit: null });
  });

  it('matches when every given criterion holds', () => {
    const r = rule({
      procedureCodes: ['1.001193', '1.000894'],
      fieldCodes: ['G09-TP01'],
      level: 'COMMUNE',
      channels: ['COUNTER', 'POSTAL'],
      jurisdictionUnitCodes: ['00070'],
    });
    expect(matchRule(r, facts())).toEqual({
      rule: r,
      unit: { named: '00070', inForce: '00070', dossierUnit: '00070', depth: 0 },
    });
  });

  it.each([
    ['procedure code', { procedureCodes: ['2.000488'] }],
    ['field code', { fieldCodes: ['G09-TC01'] }],
    ['level', { level: 'PROVINCE' as const }],
    ['channel', { channels: ['ONLINE' as const] }],
    ['jurisdiction unit', { jurisdictionUnitCodes: ['00004'] }],
    ['empty list', { procedureCodes: [] }],
    ['empty channel list', { channels: [] }],
  ])('does not match when the %s differs', (_what, overrides) => {
    expect(matchRule(rule(overrides), facts())).toBeUndefined();
  });

  it('does not match when one of several criteria fails', () => {
    expect(matchRule(rule({ fieldCodes: ['G09-TP01'], level: 'PROVINCE' }), facts())).toBe(
      undefined,
    );
  });

  it('applies from valid_from through valid_to inclusive', () => {
    const r = rule({ validFrom: '2025-07-01', validTo: '2025-12-31' });
    expect(matchRule(r, facts({ receiptDate: '2025-06-30' }))).toBeUndefined();
    expect(matchRule(r, facts({ receiptDate: '2025-07-01' }))).toBeDefined();
    expect(matchRule(r, facts({ receiptDate: '2025-12-31' }))).toBeDefined();
    expect(matchRule(r, facts({ receiptDate: '2026-01-01' }))).toBeUndefined();
  });

  it('matches a channel the rule lists when the dossier came by post', () => {
    const r = rule({ channels: ['POSTAL'] });
    expect(matchRule(r, facts({ channel: 'POSTAL' }))).toBeDefined();
    expect(matchRule(r, facts({ channel: 'ONLINE' }))).toBeUndefined();
  });
});

describe(unitCriterionMatch.name, () => {
  it('matches a rule naming an ancestor of the dossier unit, with its depth', () => {
    const r = rule({ jurisdictionUnitCodes: ['01'] });
    expect(
      unitCriterionMatch(r, facts({ jurisdictionUnits: ['00073', '00070', '01'] }), new Map()),
    ).toEqual({ named: '01', inForce: '01', dossierUnit: '00073', depth: 2 });
  });

  it('prefers the nearest unit when a rule names several units above the dossier', () => {
    const r = rule({ jurisdictionUnitCodes: ['01', '00070'] });
    expect(
      unitCriterionMatch(r, facts({ jurisdictionUnits: ['00073', '00070', '01'] }), new Map()),
    ).toMatchObject({ named: '00070', depth: 1 });
  });

  it('matches a rule naming a merged unit through the successor in force on the receipt date', () => {
    const r = rule({ jurisdictionUnitCodes: ['00013'] });
    const merged = new Map([['00013', ['00004']]]);
    expect(unitCriterionMatch(r, facts({ jurisdictionUnits: ['00004', '01'] }), merged)).toEqual({
      named: '00013',
      inForce: '00004',
      dossierUnit: '00004',
      depth: 0,
    });
  });

  it('does not match a rule naming a unit that ended without a successor', () => {
    const r = rule({ jurisdictionUnitCodes: ['001'] });
    expect(
      unitCriterionMatch(r, facts({ jurisdictionUnits: ['00004', '01'] }), new Map([['001', []]])),
    ).toBeUndefined();
  });

  it('returns null when the rule sets no unit criterion', () => {
    expect(unitCriterionMatch(rule(), facts(), new Map())).toBeNull();
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
      jurisdictionUnits: ['07192', '22'],
    });
    expect(firstMatchingRule([general, specific], f)?.rule.id).toBe('van-don');
    expect(
      firstMatchingRule([general, specific], { ...f, jurisdictionUnits: ['06700', '22'] })?.rule.id,
    ).toBe('general');
  });

  it('skips a version that is not in force on the receipt date when a newer version replaces it', () => {
    const old = rule({ version: 1, validFrom: '2018-01-01', validTo: '2025-06-30' });
    const current = rule({ version: 2, validFrom: '2025-07-01' });
    const on = (receiptDate: string) =>
      firstMatchingRule([current, old], facts({ receiptDate }))?.rule.version;
    expect(on('2025-06-30')).toBe(1);
    expect(on('2025-07-01')).toBe(2);
  });

  it('breaks priority ties by id when two rules share a priority', () => {
    expect(firstMatchingRule([rule({ id: 'b' }), rule({ id: 'a' })], facts())?.rule.id).toBe('a');
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

describe(compareRules.name, () => {
  it('orders by priority, then id, then version', () => {
    const sorted = [
      rule({ id: 'b', priority: 1 }),
      rule({ id: 'a', priority: 2, version: 2 }),
      rule({ id: 'a', priority: 2, version: 1 }),
    ].sort(compareRules);
    expect(sorted.map((r) => `${r.id}${r.version}`)).toEqual(['b1', 'a1', 'a2']);
  });
});
