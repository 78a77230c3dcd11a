import { DossierStatus, HANDLER_NORM_PER_YEAR, type AreaKind } from '@motcua/contracts';

/** Working days a year the default daily capacity spreads the norm over. */
export const WORKING_DAYS_PER_YEAR = 250;

/** The norm spread over a working year, rounded up: 7 urban, 5 rural, 4 remote. */
export function defaultDailyCapacity(area: AreaKind): number {
  return Math.ceil(HANDLER_NORM_PER_YEAR[area] / WORKING_DAYS_PER_YEAR);
}

/**
 * Statuses that end the agency's work on a dossier: the result is ready (returning it is the
 * one-stop unit's job), or the dossier was refused, withdrawn or stopped.
 */
export const WORK_ENDING_STATUSES: readonly DossierStatus[] = [
  DossierStatus.ResultReady,
  DossierStatus.Returned,
  DossierStatus.Refused,
  DossierStatus.Withdrawn,
  DossierStatus.Stopped,
];

/** A handler of the agency as the choice sees them on one day. */
export interface Candidate {
  subject: string;
  active: boolean;
  /** Null = every field. */
  fieldCodes: string[] | null;
  dailyCapacity: number;
  /** Open dossiers they hold. */
  openLoad: number;
  /** Dossiers given to them today. */
  assignedToday: number;
  absentToday: boolean;
}

/** Active, skilled in the field, present, and under their daily capacity. */
export function canTake(c: Candidate, fieldCode: string): boolean {
  return (
    c.active &&
    !c.absentToday &&
    (c.fieldCodes === null || c.fieldCodes.includes(fieldCode)) &&
    c.assignedToday < c.dailyCapacity
  );
}

/**
 * The handler to give a dossier of `fieldCode` to (DOMAIN §6: by skill and load): among those who
 * can take it, the least open load, then the fewest given today, then the subject (so the choice
 * is the same on every replica). Undefined when nobody can: the dossier waits for the head.
 */
export function chooseHandler<C extends Candidate>(
  candidates: readonly C[],
  fieldCode: string,
  exclude?: string,
): C | undefined {
  return candidates
    .filter((c) => c.subject !== exclude && canTake(c, fieldCode))
    .sort(
      (a, b) =>
        a.openLoad - b.openLoad ||
        a.assignedToday - b.assignedToday ||
        (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0),
    )[0];
}

export interface QueueFlags {
  overdue: boolean;
  nearingDue: boolean;
}

/** Overdue once the due time is reached; nearing due within `marginMs` before it; paused: neither. */
export function queueFlags(dueAt: Date | null, now: Date, marginMs: number): QueueFlags {
  if (dueAt === null) return { overdue: false, nearingDue: false };
  const left = dueAt.getTime() - now.getTime();
  return { overdue: left <= 0, nearingDue: left > 0 && left <= marginMs };
}
