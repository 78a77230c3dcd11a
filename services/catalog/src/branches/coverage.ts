import type { CoveragePoint, UncoveredPoint } from '@motcua/contracts';
import { distanceKm } from './geo';

export interface Located {
  id: string;
  lat: number;
  lng: number;
}

/**
 * The points farther than `radiusKm` from every branch, in input order, each with its nearest
 * branch (none when there are no branches). Brute force: 1,000 points × a few hundred branches
 * is well under a million distance computations.
 */
export function uncoveredPoints(
  points: readonly CoveragePoint[],
  branches: readonly Located[],
  radiusKm: number,
): UncoveredPoint[] {
  const uncovered: UncoveredPoint[] = [];
  points.forEach((point, index) => {
    let nearest: { id: string; d: number } | null = null;
    for (const b of branches) {
      const d = distanceKm(point, b);
      if (nearest === null || d < nearest.d) nearest = { id: b.id, d };
    }
    if (nearest !== null && nearest.d <= radiusKm) return;
    uncovered.push({
      index,
      point: { ...point },
      nearestBranchId: nearest?.id ?? null,
      distanceKm: nearest ? Math.round(nearest.d * 1000) / 1000 : null,
    });
  });
  return uncovered;
}
