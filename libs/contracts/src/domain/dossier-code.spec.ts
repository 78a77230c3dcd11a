import { formatDossierCode, parseDossierCode } from './dossier-code';

describe(formatDossierCode.name, () => {
  it('formats the unit code, the receipt date as YYMMDD and a 4-digit sequence', () => {
    expect(
      formatDossierCode({ unitAgencyCode: '000.00.53.H48', date: '2022-09-21', sequence: 99 }),
    ).toBe('000.00.53.H48-220921-0099');
  });

  it('accepts letters in lower levels of the agency code', () => {
    expect(
      formatDossierCode({ unitAgencyCode: '000.A0.01.H26', date: '2026-01-09', sequence: 1 }),
    ).toBe('000.A0.01.H26-260109-0001');
  });

  it.each([0, 10000, 1.5])('refuses sequence %s', (sequence) => {
    expect(() =>
      formatDossierCode({ unitAgencyCode: '000.00.00.H26', date: '2026-01-09', sequence }),
    ).toThrow(RangeError);
  });

  it('refuses a malformed agency code or date', () => {
    expect(() =>
      formatDossierCode({ unitAgencyCode: 'H26', date: '2026-01-09', sequence: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      formatDossierCode({ unitAgencyCode: '000.00.00.H26', date: '09/01/2026', sequence: 1 }),
    ).toThrow(RangeError);
  });
});

describe(parseDossierCode.name, () => {
  it('reads back what formatDossierCode wrote', () => {
    expect(parseDossierCode('000.00.53.H48-220921-0099')).toEqual({
      unitAgencyCode: '000.00.53.H48',
      date: '2022-09-21',
      sequence: 99,
    });
  });

  it('returns null for anything else', () => {
    expect(parseDossierCode('000.00.53.H48-220921-99')).toBeNull();
    expect(parseDossierCode('hello')).toBeNull();
  });
});
