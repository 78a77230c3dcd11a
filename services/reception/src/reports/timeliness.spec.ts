import { DossierStatus } from '@motcua/contracts';
import {
  finishedBucket,
  openBucketAt,
  processingMinutes,
  type TimelinessFacts,
} from './timeliness';

const at = (iso: string) => new Date(iso);
// Due Wednesday 14 Jan 2026, 17:00 Vietnam time.
const DUE = at('2026-01-14T10:00:00Z');

const dossier = (overrides: Partial<TimelinessFacts> = {}): TimelinessFacts => ({
  status: DossierStatus.ResultReady,
  receivedAt: at('2026-01-09T03:00:00Z'),
  acceptedAt: at('2026-01-09T03:00:00Z'),
  dueAt: DUE,
  originalDueAt: null,
  finishedAt: null,
  pauses: [],
  ...overrides,
});

describe('timeliness', () => {
  describe(finishedBucket.name, () => {
    it('is on time when finished exactly at the deadline', () => {
      expect(finishedBucket(dossier({ finishedAt: DUE }))).toBe('ON_TIME');
    });

    it('is on time earlier on the deadline day (Vietnam day, not UTC day)', () => {
      // 07:30 Vietnam on 14 Jan is still 13 Jan in UTC.
      expect(finishedBucket(dossier({ finishedAt: at('2026-01-14T00:30:00Z') }))).toBe('ON_TIME');
    });

    it('is early on an earlier Vietnam day', () => {
      // 23:30 Vietnam on 13 Jan.
      expect(finishedBucket(dossier({ finishedAt: at('2026-01-13T16:30:00Z') }))).toBe('EARLY');
    });

    it('is late a millisecond after the deadline', () => {
      expect(finishedBucket(dossier({ finishedAt: new Date(DUE.getTime() + 1) }))).toBe('LATE');
    });

    it('stays late after an apology moved the due date', () => {
      const late = at('2026-01-16T03:00:00Z');
      expect(
        finishedBucket(
          dossier({ finishedAt: late, originalDueAt: DUE, dueAt: at('2026-01-20T10:00:00Z') }),
        ),
      ).toBe('LATE');
    });

    it('counts refused, withdrawn and stopped ones without a result', () => {
      for (const status of [DossierStatus.Refused, DossierStatus.Withdrawn, DossierStatus.Stopped])
        expect(finishedBucket(dossier({ status, finishedAt: DUE }))).toBe('WITHOUT_RESULT');
    });

    it('is null while not finished', () => {
      expect(finishedBucket(dossier({ status: DossierStatus.Processing }))).toBeNull();
    });
  });

  describe(openBucketAt.name, () => {
    const end = at('2026-01-31T17:00:00Z'); // 1 Feb 00:00 Vietnam

    it('is paused when a pause runs across the period end', () => {
      const d = dossier({
        status: DossierStatus.SupplementRequested,
        pauses: [{ from: '2026-01-30T03:00:00Z', to: '2026-02-03T03:00:00Z', kind: 'SUPPLEMENT' }],
      });
      expect(openBucketAt(d, end)).toBe('PAUSED');
    });

    it('is overdue when a pause ended exactly at the period end and the deadline passed', () => {
      const d = dossier({
        status: DossierStatus.Processing,
        pauses: [{ from: '2026-01-30T03:00:00Z', to: end.toISOString(), kind: 'SUPPLEMENT' }],
      });
      expect(openBucketAt(d, end)).toBe('OVERDUE');
    });

    it('is within time while the deadline is still ahead', () => {
      expect(openBucketAt(dossier({ status: DossierStatus.Processing }), DUE)).toBe('WITHIN_TIME');
    });

    it('counts a dossier finished after the instant as still open then (carried over)', () => {
      const d = dossier({ finishedAt: at('2026-02-02T03:00:00Z') });
      expect(openBucketAt(d, end)).toBe('OVERDUE');
    });

    it('is null before receipt and once finished', () => {
      expect(openBucketAt(dossier(), at('2026-01-09T03:00:00Z'))).toBeNull();
      expect(openBucketAt(dossier({ finishedAt: DUE }), DUE)).toBe('WITHIN_TIME');
      expect(openBucketAt(dossier({ finishedAt: DUE }), new Date(DUE.getTime() + 1))).toBeNull();
    });
  });

  describe(processingMinutes.name, () => {
    it('counts whole minutes from acceptance to the result', () => {
      expect(processingMinutes(dossier({ finishedAt: at('2026-01-09T04:01:59Z') }))).toBe(61);
    });
  });
});
