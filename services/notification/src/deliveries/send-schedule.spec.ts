import { leaseUntil, waitForNextDueMs } from './send-schedule';

const NOW = new Date('2026-11-22T03:00:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe(waitForNextDueMs.name, () => {
  it('waits the poll interval when nothing is due', () => {
    expect(waitForNextDueMs(null, NOW, 60_000)).toBe(60_000);
  });

  it('waits until the next row falls due, at most the poll interval', () => {
    expect(waitForNextDueMs(at(1_500), NOW, 60_000)).toBe(1_500);
    expect(waitForNextDueMs(at(90_000), NOW, 60_000)).toBe(60_000);
  });

  it('never waits less than 20 ms, also for a row already due', () => {
    expect(waitForNextDueMs(at(-5_000), NOW, 60_000)).toBe(20);
    expect(waitForNextDueMs(at(3), NOW, 60_000)).toBe(20);
  });
});

describe(leaseUntil.name, () => {
  it('outlasts two send timeouts and a margin', () => {
    expect(leaseUntil(NOW, 10_000)).toEqual(at(25_000));
  });
});
