import { Duration } from './duration';
import { isoWeekday } from './local-date';
import { toVietnamDate } from './vietnam-time';

/**
 * A unit's promise to process some procedures faster on some days, as data (DOMAIN §5): Hoai
 * Duc's "Green Friday" gives business procedures received on a Friday 60 minutes.
 */
export interface FastTrack {
  id: string;
  name: string;
  /** Receiving units it applies to; empty = every unit. */
  unitCodes: readonly string[];
  /** Procedures it applies to; must be listed (empty = none, never "all procedures"). */
  procedureCodes: readonly string[];
  /** ISO weekdays (1 = Monday … 7 = Sunday) of receipt, Vietnam time. */
  weekdays?: readonly number[];
  /** Dates of receipt, `YYYY-MM-DD`, Vietnam time. */
  dates?: readonly string[];
  /** The processing time it grants. */
  duration: Duration;
}

export interface FastTrackQuery {
  procedureCode: string;
  unitCode: string;
  receivedAt: Date;
}

/**
 * The first track in `tracks` that applies to a dossier, or null. A track with weekdays or
 * dates applies when the Vietnam date of receipt is one of those weekdays or one of those dates;
 * a track with neither applies every day.
 */
export function applicableFastTrack<T extends FastTrack>(
  tracks: readonly T[],
  query: FastTrackQuery,
): T | null {
  const date = toVietnamDate(query.receivedAt);
  const weekday = isoWeekday(date);
  return (
    tracks.find((track) => {
      const weekdays = track.weekdays ?? [];
      const dates = track.dates ?? [];
      return (
        (track.unitCodes.length === 0 || track.unitCodes.includes(query.unitCode)) &&
        track.procedureCodes.includes(query.procedureCode) &&
        ((weekdays.length === 0 && dates.length === 0) ||
          weekdays.includes(weekday) ||
          dates.includes(date))
      );
    }) ?? null
  );
}
