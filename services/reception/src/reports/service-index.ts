import type { DossierReportRow, ServiceIndex, ServiceIndexGroup } from '@motcua/contracts';

/** What the national portal sync counted for the period (notification's report). */
export interface PortalSyncCount {
  total: number;
  synced: number;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
const round2 = (n: number) => Math.round(n * 100) / 100;

function measure(
  key: string,
  label: string,
  value: number | null,
  maxPoints: number,
  score: number | null = value,
): ServiceIndexGroup['measures'][number] {
  return {
    key,
    label,
    value,
    points: round2(maxPoints * (score ?? 0)),
    maxPoints,
    approximation: true,
  };
}

function group(
  key: ServiceIndexGroup['key'],
  label: string,
  measures: ServiceIndexGroup['measures'],
): ServiceIndexGroup {
  return {
    key,
    label,
    measures,
    points: round2(measures.reduce((s, m) => s + m.points, 0)),
    maxPoints: measures.reduce((s, m) => s + m.maxPoints, 0),
  };
}

/**
 * The five groups of Decision 766/QĐ-TTg (DOMAIN §9) scored from the platform's own measures:
 * each measure earns its share of the group's points (docs/reports.md has the formulas and says
 * where the national index measures more than the platform can see).
 */
export function serviceIndex(
  from: string,
  to: string,
  totals: DossierReportRow,
  portalSync: PortalSyncCount | null,
): ServiceIndex {
  const resolved = totals.finishedEarly + totals.finishedOnTime + totals.finishedLate;
  const groups = [
    group('TRANSPARENCY', 'Công khai, minh bạch', [
      measure(
        'PORTAL_SYNCED_SHARE',
        'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia',
        portalSync ? (portalSync.total > 0 ? portalSync.synced / portalSync.total : 1) : null,
        18,
      ),
    ]),
    group('PROGRESS', 'Tiến độ, kết quả giải quyết', [
      measure('ON_TIME_SHARE', 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn', totals.onTimeRate, 15),
      // The value is the mean minutes; the points follow the share finished before the due day.
      measure(
        'AVERAGE_TIME',
        'Thời gian giải quyết trung bình (phút)',
        totals.averageProcessingMinutes,
        5,
        share(totals.finishedEarly, resolved),
      ),
    ]),
    group('DIGITIZATION', 'Số hóa hồ sơ, kết quả', [
      measure('DIGITIZED_SHARE', 'Tỷ lệ hồ sơ được số hóa', totals.digitizationRate, 22),
    ]),
    group('ONLINE', 'Cung cấp dịch vụ công trực tuyến', [
      measure('ONLINE_SHARE', 'Tỷ lệ hồ sơ trực tuyến', totals.onlineRate, 22),
    ]),
    group('SATISFACTION', 'Mức độ hài lòng', [
      measure('SATISFIED_SHARE', 'Tỷ lệ đánh giá hài lòng', totals.satisfactionRate, 18),
    ]),
  ];
  return {
    from,
    to,
    groups,
    points: round2(groups.reduce((s, g) => s + g.points, 0)),
    maxPoints: groups.reduce((s, g) => s + g.maxPoints, 0),
  };
}
