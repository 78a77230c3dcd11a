import { timeliness } from '@motcua/calendar';

export type FinishedTimeliness = 'early' | 'on_time' | 'late';

/** How a finished dossier did against its due date (the one before any apology), as a label. */
export function finishedTimeliness(dossier: {
  dueAt: Date;
  originalDueAt: Date | null;
  finishedAt: Date;
}): FinishedTimeliness {
  const judged = timeliness({ ...dossier, now: dossier.finishedAt, paused: false });
  return judged === 'EARLY' ? 'early' : judged === 'LATE' ? 'late' : 'on_time';
}
