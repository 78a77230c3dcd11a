import { DomainError, ErrorCode } from '@motcua/contracts';

/** Validity of a stored version or of a draft. */
export interface Validity {
  validFrom: string;
  validTo: string | null;
}

export interface VersionPlan {
  version: number;
  /** The latest version's new last day, or null when it already ends before the new one. */
  closeLatestOn: string | null;
}

/** The day before an ISO date (`2026-03-01` → `2026-02-28`). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Where a new version of a rule goes (DOMAIN §6: rules are versioned, a version in force never
 * changes). It starts today or later and after the latest version started; the latest version
 * then ends the day before, unless it already ends earlier.
 */
export function planVersion(
  latest: ({ version: number } & Validity) | null,
  draft: Validity,
  today: string,
): VersionPlan {
  if (draft.validFrom < today)
    throw new DomainError(
      ErrorCode.ValidationFailed,
      `a rule version starts today (${today}) or later: decisions already taken stay as they were`,
      [{ path: 'validFrom', message: `must be ${today} or later` }],
    );
  if (draft.validTo !== null && draft.validTo < draft.validFrom)
    throw new DomainError(ErrorCode.ValidationFailed, 'validTo is before validFrom', [
      { path: 'validTo', message: 'must be validFrom or later' },
    ]);
  if (latest === null) return { version: 1, closeLatestOn: null };
  if (draft.validFrom <= latest.validFrom)
    throw new DomainError(
      ErrorCode.Conflict,
      `version ${latest.version} starts on ${latest.validFrom}: a new version must start after it`,
    );
  const lastDay = dayBefore(draft.validFrom);
  const overlaps = latest.validTo === null || latest.validTo > lastDay;
  return { version: latest.version + 1, closeLatestOn: overlaps ? lastDay : null };
}
