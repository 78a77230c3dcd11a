import type { DossierReportRow } from '@motcua/contracts';
import { NO_STOCKS, toReportRow } from './dossier-report.service';
import { serviceIndex } from './service-index';

const KEY = {
  tenant: null,
  branchId: null,
  agencyCode: null,
  procedureCode: null,
  fieldCode: null,
  period: null,
};

const totals = (over: Partial<Parameters<typeof toReportRow>[1]> = {}): DossierReportRow =>
  toReportRow(
    KEY,
    {
      receivedOnline: 30,
      receivedCounter: 60,
      receivedPostal: 10,
      digitized: 50,
      finishedEarly: 40,
      finishedOnTime: 50,
      finishedLate: 10,
      processingMinutes: 100 * 600,
      closedWithoutResult: 5,
      rated: 20,
      satisfied: 19,
      ...over,
    },
    NO_STOCKS,
  );

describe(serviceIndex.name, () => {
  it("gives each measure its share of the group's points", () => {
    const index = serviceIndex('2026-01-01', '2026-03-31', totals(), { total: 200, synced: 190 });
    const points = Object.fromEntries(index.groups.map((g) => [g.key, g.points]));
    expect(points).toEqual({
      TRANSPARENCY: 17.1, // 18 × 0.95
      PROGRESS: 15.5, // 15 × 0.9 + 5 × 0.4
      DIGITIZATION: 11, // 22 × 0.5
      ONLINE: 6.6, // 22 × 0.3
      SATISFACTION: 17.1, // 18 × 0.95
    });
    expect(index.points).toBe(67.3);
    expect(index.maxPoints).toBe(100);
    expect(index.groups[1].measures[1]).toMatchObject({ key: 'AVERAGE_TIME', value: 600 });
  });

  it('scores no data as 0 points with a null value', () => {
    const index = serviceIndex(
      '2026-01-01',
      '2026-01-31',
      totals({ rated: 0, satisfied: 0 }),
      null,
    );
    expect(index.groups[0].measures[0]).toMatchObject({ value: null, points: 0 });
    expect(index.groups[4].measures[0]).toMatchObject({ value: null, points: 0 });
  });

  it('counts a fully synced share when nothing had to be synced', () => {
    const index = serviceIndex('2026-01-01', '2026-01-31', totals(), { total: 0, synced: 0 });
    expect(index.groups[0].points).toBe(18);
  });
});
