import fc from 'fast-check';
import { timeliness, Timeliness, TimelinessInput } from './timeliness';

const vn = (local: string): Date => new Date(`${local}:00+07:00`);
const DUE = vn('2026-01-08T10:00');
const NOW = vn('2026-01-07T09:00');
const bucket = (overrides: Partial<TimelinessInput>): Timeliness =>
  timeliness({ dueAt: DUE, now: NOW, ...overrides });

describe(timeliness.name, () => {
  describe('finished', () => {
    it.each<[string, string, Timeliness]>([
      ['on a day before the due day', '2026-01-07T16:59', 'EARLY'],
      ['late in the evening before the due day', '2026-01-07T23:59', 'EARLY'],
      ['on the due day before the due time', '2026-01-08T00:00', 'ON_TIME'],
      ['exactly at the due time', '2026-01-08T10:00', 'ON_TIME'],
      ['a minute after the due time', '2026-01-08T10:01', 'LATE'],
      ['days after the due date', '2026-01-12T08:00', 'LATE'],
    ])('returns the bucket when finished %s', (_, finished, expected) => {
      expect(bucket({ finishedAt: vn(finished) })).toBe(expected);
    });

    it('judges against the original due date when an apology extended it', () => {
      const finishedAt = vn('2026-01-09T10:00');
      expect(bucket({ dueAt: vn('2026-01-12T10:00'), finishedAt })).toBe('EARLY');
      expect(bucket({ dueAt: vn('2026-01-12T10:00'), originalDueAt: DUE, finishedAt })).toBe(
        'LATE',
      );
    });

    it('ignores the paused flag and now when the dossier is finished', () => {
      expect(
        bucket({ finishedAt: vn('2026-01-08T09:00'), paused: true, now: vn('2027-01-01T00:00') }),
      ).toBe('ON_TIME');
    });

    it('returns ON_TIME when finished while the clock was stopped', () => {
      expect(bucket({ dueAt: null, finishedAt: vn('2026-02-01T09:00') })).toBe('ON_TIME');
    });
  });

  describe('in progress', () => {
    it.each<[string, string, Timeliness]>([
      ['well before the due date', '2026-01-07T09:00', 'WITHIN_TIME'],
      ['exactly at the due time', '2026-01-08T10:00', 'WITHIN_TIME'],
      ['a minute after the due time', '2026-01-08T10:01', 'OVERDUE'],
    ])('returns the bucket when it is %s', (_, now, expected) => {
      expect(bucket({ now: vn(now) })).toBe(expected);
    });

    it('returns PAUSED when the clock is paused, even past the due date', () => {
      expect(bucket({ paused: true })).toBe('PAUSED');
      expect(bucket({ paused: true, now: vn('2026-02-01T09:00') })).toBe('PAUSED');
    });

    it('returns PAUSED when there is no due date, even with an original one', () => {
      expect(bucket({ dueAt: null })).toBe('PAUSED');
      expect(bucket({ dueAt: null, originalDueAt: DUE })).toBe('PAUSED');
    });

    it('returns OVERDUE when only the extended due date is still ahead', () => {
      const now = vn('2026-01-09T09:00');
      expect(bucket({ dueAt: vn('2026-01-12T10:00'), originalDueAt: DUE, now })).toBe('OVERDUE');
    });
  });

  it('throws RangeError when an instant is invalid', () => {
    expect(() => bucket({ finishedAt: new Date('nope') })).toThrow(RangeError);
    expect(() => bucket({ now: new Date('nope') })).toThrow(RangeError);
  });

  describe('properties', () => {
    const RUNS = { seed: 766, numRuns: 500 };
    const RANK: Record<Timeliness, number> = {
      EARLY: 0,
      ON_TIME: 1,
      LATE: 2,
      WITHIN_TIME: 0,
      OVERDUE: 1,
      PAUSED: 0,
    };
    const instantArb = fc
      .integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2026, 1, 1) / 60_000 })
      .map((minute) => new Date(minute * 60_000));

    it('only gets worse as the finishing time moves later', () => {
      fc.assert(
        fc.property(instantArb, instantArb, instantArb, (dueAt, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const first = timeliness({ dueAt, finishedAt: early, now: NOW });
          const second = timeliness({ dueAt, finishedAt: late, now: NOW });
          return RANK[first] <= RANK[second] && (second === 'LATE') === late > dueAt;
        }),
        RUNS,
      );
    });

    it('judges an extended dossier as if its due date had never moved', () => {
      fc.assert(
        fc.property(instantArb, instantArb, instantArb, fc.boolean(), (due, extra, at, done) => {
          const original = due;
          const extended = extra > due ? extra : due;
          const input = done ? { finishedAt: at, now: at } : { now: at };
          const judged = timeliness({ dueAt: extended, originalDueAt: original, ...input });
          return judged === timeliness({ dueAt: original, ...input });
        }),
        RUNS,
      );
    });
  });
});
