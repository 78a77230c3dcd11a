import type { DossierFacts, RoutingRule } from '../rules/rule-matcher';
import { routedReason } from './decision-reason';

function rule(overrides: Partial<RoutingRule> = {}): RoutingRule {
  return {
    id: 'hanoi-100',
    version: 1,
    priority: 100,
    procedureCodes: null,
    fieldCodes: null,
    level: null,
    channels: null,
    jurisdictionUnitCodes: null,
    target: { kind: 'JURISDICTION_COMMITTEE' },
    validFrom: '2025-07-01',
    validTo: null,
    ...overrides,
  };
}

const facts: DossierFacts = {
  procedureCode: '1.001193',
  fieldCode: 'G09-TP01',
  level: 'COMMUNE',
  channel: 'POSTAL',
  jurisdictionUnits: ['00070', '01'],
  receiptDate: '2026-01-05',
};
const committee = { code: '000.A0.02.H26', name: 'Ủy ban nhân dân phường Hoàn Kiếm' };

describe(routedReason.name, () => {
  it('names the rule, the criteria it set with the dossier values, and the committee of the unit', () => {
    const r = rule({ fieldCodes: ['G09-TP01', 'G09-TP02'], level: 'COMMUNE' });
    expect(
      routedReason({
        match: { rule: r, unit: null },
        facts,
        recordedUnitCode: '00070',
        agency: committee,
      }),
    ).toBe(
      'rule hanoi-100 v1 matched field G09-TP01, commune level → committee of 00070: Ủy ban nhân dân phường Hoàn Kiếm (000.A0.02.H26)',
    );
  });

  it('says when the unit the rule names is an ancestor of the dossier unit', () => {
    const r = rule({
      id: 'postal',
      version: 3,
      procedureCodes: ['1.001193'],
      channels: ['POSTAL'],
      jurisdictionUnitCodes: ['01'],
      target: { kind: 'AGENCY', agencyCode: '000.00.01.H26' },
    });
    const unit = { named: '01', inForce: '01', dossierUnit: '00070', depth: 1 };
    expect(
      routedReason({
        match: { rule: r, unit },
        facts,
        recordedUnitCode: '00070',
        agency: { code: '000.00.01.H26', name: 'Sở Tư pháp' },
      }),
    ).toBe(
      'rule postal v3 matched procedure 1.001193, channel POSTAL, unit 01 (ancestor of 00070) → Sở Tư pháp (000.00.01.H26)',
    );
  });

  it('says when the rule names a merged unit and when the dossier unit merged', () => {
    const r = rule({ jurisdictionUnitCodes: ['00013'] });
    const unit = { named: '00013', inForce: '00004', dossierUnit: '00004', depth: 0 };
    expect(
      routedReason({
        match: { rule: r, unit },
        facts: { ...facts, jurisdictionUnits: ['00004', '01'] },
        recordedUnitCode: '00019',
        agency: { code: '000.A0.01.H26', name: 'UBND Ba Đình' },
      }),
    ).toBe(
      'rule hanoi-100 v1 matched unit 00013 (now 00004); jurisdiction unit 00019 is now 00004 → committee of 00004: UBND Ba Đình (000.A0.01.H26)',
    );
  });

  it('says "every dossier" for a rule without criteria', () => {
    expect(
      routedReason({
        match: { rule: rule(), unit: null },
        facts,
        recordedUnitCode: '00070',
        agency: committee,
      }),
    ).toMatch(/^rule hanoi-100 v1 matched every dossier → /);
  });
});
