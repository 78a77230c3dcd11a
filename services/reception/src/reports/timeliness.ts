import { DossierStatus } from '@motcua/contracts';
import type { StoredPause } from '../dossiers/dossier.entity';

/**
 * The timeliness buckets of DOMAIN §5, for one dossier. The SQL of the report aggregate
 * (migration ReportAggregate) and of the open-dossier counts implements the same rules; the
 * integration test checks them against this file over a varied dataset.
 */
export interface TimelinessFacts {
  status: DossierStatus;
  receivedAt: Date;
  acceptedAt: Date | null;
  dueAt: Date;
  /** The due date before an apology: an extended dossier still counts as late. */
  originalDueAt: Date | null;
  finishedAt: Date | null;
  pauses: readonly StoredPause[];
}

export type FinishedBucket = 'EARLY' | 'ON_TIME' | 'LATE' | 'WITHOUT_RESULT';
export type OpenBucket = 'WITHIN_TIME' | 'OVERDUE' | 'PAUSED';

const WITH_RESULT: readonly DossierStatus[] = [DossierStatus.ResultReady, DossierStatus.Returned];
const WITHOUT_RESULT: readonly DossierStatus[] = [
  DossierStatus.Refused,
  DossierStatus.Withdrawn,
  DossierStatus.Stopped,
];

/** The deadline timeliness is judged against: the first one, whatever apologies said later. */
export function deadlineOf(d: TimelinessFacts): Date {
  return d.originalDueAt ?? d.dueAt;
}

/** `yyyy-MM-dd` of an instant in Vietnam time (UTC+7). */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * How a finished dossier counts: with a result, early when on an earlier Vietnam day than the
 * deadline, on time on the deadline's day up to the deadline itself, late after it; refused,
 * withdrawn and stopped ones close without a result. Null while it is not finished.
 */
export function finishedBucket(d: TimelinessFacts): FinishedBucket | null {
  if (!d.finishedAt) return null;
  if (WITHOUT_RESULT.includes(d.status)) return 'WITHOUT_RESULT';
  if (!WITH_RESULT.includes(d.status)) return null;
  const deadline = deadlineOf(d);
  if (d.finishedAt > deadline) return 'LATE';
  return vietnamDay(d.finishedAt) < vietnamDay(deadline) ? 'EARLY' : 'ON_TIME';
}

/** Open at `at`: received before it and not finished by then. */
export function isOpenAt(d: TimelinessFacts, at: Date): boolean {
  return d.receivedAt < at && (d.finishedAt === null || d.finishedAt >= at);
}

/**
 * How a dossier open at `at` counts then: paused while a pause covers `at` (from included,
 * to excluded), else overdue once the deadline has passed, else within time. Null if not open.
 */
export function openBucketAt(d: TimelinessFacts, at: Date): OpenBucket | null {
  if (!isOpenAt(d, at)) return null;
  const t = at.getTime();
  const paused = d.pauses.some(
    (p) => Date.parse(p.from) <= t && (p.to === null || Date.parse(p.to) > t),
  );
  if (paused) return 'PAUSED';
  return deadlineOf(d) < at ? 'OVERDUE' : 'WITHIN_TIME';
}

/** Whole minutes from acceptance (receipt when never accepted) to the result. */
export function processingMinutes(d: TimelinessFacts): number | null {
  if (!d.finishedAt || !WITH_RESULT.includes(d.status)) return null;
  return Math.floor((d.finishedAt.getTime() - (d.acceptedAt ?? d.receivedAt).getTime()) / 60_000);
}
