import { AGENCY_CODE_PATTERN } from './agency-code';

/**
 * Dossier code (Circular 01/2018 Art. 19): `<receiving unit agency code>-YYMMDD-XXXX`, e.g.
 * `000.00.53.H48-220921-0099`. The date is the receipt date in Vietnam time.
 */
export const DOSSIER_CODE_PATTERN = new RegExp(
  `^(${AGENCY_CODE_PATTERN.source.slice(1, -1)})-(\\d{2})(\\d{2})(\\d{2})-(\\d{4})$`,
);
export const MAX_DAILY_SEQUENCE = 9999;

export interface DossierCodeParts {
  unitAgencyCode: string;
  /** Receipt date in Vietnam time, `YYYY-MM-DD`. */
  date: string;
  sequence: number;
}

export function formatDossierCode(parts: DossierCodeParts): string {
  if (!AGENCY_CODE_PATTERN.test(parts.unitAgencyCode)) {
    throw new RangeError(`not an agency code: ${parts.unitAgencyCode}`);
  }
  if (
    !Number.isInteger(parts.sequence) ||
    parts.sequence < 1 ||
    parts.sequence > MAX_DAILY_SEQUENCE
  ) {
    throw new RangeError(`sequence out of range 1..${MAX_DAILY_SEQUENCE}: ${parts.sequence}`);
  }
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(parts.date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${parts.date}`);
  return `${parts.unitAgencyCode}-${m[1]}${m[2]}${m[3]}-${String(parts.sequence).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = DOSSIER_CODE_PATTERN.exec(code);
  if (!m) return null;
  return { unitAgencyCode: m[1], date: `20${m[2]}-${m[3]}-${m[4]}`, sequence: Number(m[5]) };
}
