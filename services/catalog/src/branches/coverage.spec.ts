import { uncoveredPoints } from './coverage';
import { distanceKm } from './geo';

describe(uncoveredPoints.name, () => {
  // Two reception points in Hanoi's old quarter, ~1.2 km apart.
  const baDinh = { id: 'hn-ba-dinh', lat: 21.0413, lng: 105.8408 };
  const hoanKiem = { id: 'hn-hoan-kiem', lat: 21.0273, lng: 105.8508 };
  // ~20 km west of Hoan Kiem (0.18° of longitude at 21° N).
  const farWest = { lat: 21.0273, lng: 105.6578, label: 'far west' };

  it('leaves out points within the radius of some branch', () => {
    const near = { lat: 21.03, lng: 105.845 };
    expect(uncoveredPoints([near], [baDinh, hoanKiem], 5)).toEqual([]);
  });

  it('answers a far point with its nearest branch and the distance, in km to the metre', () => {
    const [far] = uncoveredPoints([farWest], [hoanKiem, baDinh], 5);
    expect(far).toEqual({
      index: 0,
      point: farWest,
      nearestBranchId: 'hn-ba-dinh',
      distanceKm: Math.round(distanceKm(farWest, baDinh) * 1000) / 1000,
    });
    expect(far.distanceKm!).toBeGreaterThan(19);
    expect(far.distanceKm!).toBeLessThan(21);
  });

  it('keeps the input order and positions of the uncovered points', () => {
    const near = { lat: 21.03, lng: 105.845 };
    const result = uncoveredPoints([farWest, near, { ...farWest, label: 'again' }], [baDinh], 5);
    expect(result.map((r) => [r.index, r.point.label])).toEqual([
      [0, 'far west'],
      [2, 'again'],
    ]);
  });

  it('counts a point exactly at the radius as covered', () => {
    const d = distanceKm(farWest, baDinh);
    expect(uncoveredPoints([farWest], [baDinh], d)).toEqual([]);
  });

  it('answers every point without a nearest branch when there are no branches', () => {
    expect(uncoveredPoints([farWest], [], 5)).toEqual([
      { index: 0, point: farWest, nearestBranchId: null, distanceKm: null },
    ]);
  });
});
