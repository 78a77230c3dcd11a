import fc from 'fast-check';
import { applicableFastTrack, FastTrack } from './fast-track';

const vn = (local: string): Date => new Date(`${local}:00+07:00`);

const GREEN_FRIDAY: FastTrack = {
  id: 'hoai-duc-green-friday',
  name: 'Green Friday',
  unitCodes: ['HOAI_DUC'],
  procedureCodes: ['1.001612', '2.000045'],
  weekdays: [5],
  duration: { value: 1, unit: 'HOURS' },
};
const GREEN_TUESDAY: FastTrack = {
  id: 'me-linh-green-tuesday',
  name: 'Green Tuesday',
  unitCodes: ['ME_LINH'],
  procedureCodes: ['1.001612', '1.004227', '2.000889', '1.003005'],
  weekdays: [2],
  duration: { value: 1, unit: 'HOURS' },
};
const NATIONAL_DAY_DRIVE: FastTrack = {
  id: 'province-drive',
  name: 'Province-wide drive',
  unitCodes: [],
  procedureCodes: ['1.004227'],
  dates: ['2026-08-29'],
  duration: { value: 1, unit: 'WORKING_DAYS' },
};
const TRACKS = [GREEN_FRIDAY, GREEN_TUESDAY, NATIONAL_DAY_DRIVE];

// 2026-01-09 is a Friday, 2026-01-06 a Tuesday, 2026-08-29 a Saturday.
describe(applicableFastTrack.name, () => {
  it.each<[string, string, string, string, FastTrack | null]>([
    [
      'a business procedure at Hoai Duc on a Friday',
      'HOAI_DUC',
      '1.001612',
      '2026-01-09T10:00',
      GREEN_FRIDAY,
    ],
    ['the same dossier on a Thursday', 'HOAI_DUC', '1.001612', '2026-01-08T10:00', null],
    ['the same dossier at another unit', 'DONG_ANH', '1.001612', '2026-01-09T10:00', null],
    ['another procedure at Hoai Duc on a Friday', 'HOAI_DUC', '9.999999', '2026-01-09T10:00', null],
    [
      'a listed procedure at Me Linh on a Tuesday',
      'ME_LINH',
      '1.004227',
      '2026-01-06T08:00',
      GREEN_TUESDAY,
    ],
    [
      'a dated track at any unit on its date',
      'DONG_ANH',
      '1.004227',
      '2026-08-29T09:00',
      NATIONAL_DAY_DRIVE,
    ],
  ])('returns the track when given %s', (_, unitCode, procedureCode, received, expected) => {
    expect(applicableFastTrack(TRACKS, { unitCode, procedureCode, receivedAt: vn(received) })).toBe(
      expected,
    );
  });

  it('uses the Vietnam date when the UTC date is still the day before', () => {
    // Friday 06:30 in Hanoi is Thursday 23:30 UTC.
    const receivedAt = new Date('2026-01-08T23:30:00Z');
    expect(
      applicableFastTrack(TRACKS, { unitCode: 'HOAI_DUC', procedureCode: '1.001612', receivedAt }),
    ).toBe(GREEN_FRIDAY);
  });

  it('returns the first matching track when several apply', () => {
    const everyDay: FastTrack = { ...GREEN_FRIDAY, id: 'every-day', weekdays: undefined };
    const query = {
      unitCode: 'HOAI_DUC',
      procedureCode: '1.001612',
      receivedAt: vn('2026-01-09T10:00'),
    };
    expect(applicableFastTrack([everyDay, GREEN_FRIDAY], query)).toBe(everyDay);
    expect(applicableFastTrack([GREEN_FRIDAY, everyDay], query)).toBe(GREEN_FRIDAY);
  });

  it('matches no procedure when a track lists none', () => {
    const empty: FastTrack = { ...GREEN_FRIDAY, procedureCodes: [] };
    const query = {
      unitCode: 'HOAI_DUC',
      procedureCode: '1.001612',
      receivedAt: vn('2026-01-09T10:00'),
    };
    expect(applicableFastTrack([empty], query)).toBeNull();
  });

  it('throws RangeError when receivedAt is an invalid Date', () => {
    expect(() =>
      applicableFastTrack(TRACKS, {
        unitCode: 'HOAI_DUC',
        procedureCode: '1.001612',
        receivedAt: new Date('x'),
      }),
    ).toThrow(RangeError);
  });

  describe('properties', () => {
    it('matches a weekday track exactly on its weekdays, seven days apart', () => {
      const instantArb = fc
        .integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2028, 0, 1) / 60_000 })
        .map((minute) => new Date(minute * 60_000));
      fc.assert(
        fc.property(instantArb, (receivedAt) => {
          const query = { unitCode: 'HOAI_DUC', procedureCode: '1.001612', receivedAt };
          const weekLater = {
            ...query,
            receivedAt: new Date(receivedAt.getTime() + 7 * 86_400_000),
          };
          const vietnamWeekday = new Date(receivedAt.getTime() + 7 * 3_600_000).getUTCDay();
          const matched = applicableFastTrack([GREEN_FRIDAY], query);
          return (
            matched === applicableFastTrack([GREEN_FRIDAY], weekLater) &&
            (matched !== null) === (vietnamWeekday === 5)
          );
        }),
        { seed: 5, numRuns: 300 },
      );
    });
  });
});
