/**
 * The platform's form numbers (DOMAIN.md §4): 01 receipt and appointment slip, 02 supplement
 * request, 03 refusal, 04 apology and extension, 05 stop notice (only since 2025-07-01),
 * 06 process control sheet. The number printed on the paper ("Mẫu số") depends on the regime:
 * see legal-regime.ts.
 */
export type FormKind = '01' | '02' | '03' | '04' | '05' | '06';

export const FORM_KINDS: readonly FormKind[] = ['01', '02', '03', '04', '05', '06'];
