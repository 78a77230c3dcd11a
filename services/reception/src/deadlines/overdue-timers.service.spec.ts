import type { DataSource } from 'typeorm';
import { DossierStatus } from '@motcua/contracts';
import { FixedClock, type OutboxWriter } from '@motcua/platform';
import { OverdueTimersService, type ArmedTimer } from './overdue-timers.service';

const NOW = new Date('2026-01-14T00:00:00.000Z');
const MINUTE = 60_000;

/** Timers only: the database write is replaced by a recorder. */
class RecordingTimers extends OverdueTimersService {
  readonly fired: Array<Pick<ArmedTimer, 'kind' | 'dossierId'>> = [];
  constructor(clock: FixedClock) {
    super({} as DataSource, {} as OutboxWriter, clock, {
      DUE_SOON_MARGIN_MINUTES: 240,
      OVERDUE_HORIZON_MINUTES: 360,
    });
  }
  protected override notify(timer: ArmedTimer): Promise<void> {
    this.fired.push({ kind: timer.kind, dossierId: timer.dossierId });
    return Promise.resolve();
  }
}

const dossier = (dueInMinutes: number, status: DossierStatus = DossierStatus.Processing) => ({
  id: 'd1',
  status,
  dueAt: new Date(NOW.getTime() + dueInMinutes * MINUTE),
  overdueNotifiedAt: null,
  dueSoonNotifiedAt: null,
});

describe(OverdueTimersService.name, () => {
  let clock: FixedClock;
  let timers: RecordingTimers;

  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
    clock = new FixedClock(NOW);
    timers = new RecordingTimers(clock);
  });

  afterEach(async () => {
    await timers.beforeApplicationShutdown();
    jest.useRealTimers();
  });

  it('fires the warning at due − margin and the overdue notice at the due instant', async () => {
    timers.schedule(dossier(300));
    await jest.advanceTimersByTimeAsync(60 * MINUTE - 1);
    expect(timers.fired).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(timers.fired).toEqual([{ kind: 'due-soon', dossierId: 'd1' }]);
    await jest.advanceTimersByTimeAsync(240 * MINUTE);
    expect(timers.fired).toEqual([
      { kind: 'due-soon', dossierId: 'd1' },
      { kind: 'overdue', dossierId: 'd1' },
    ]);
    expect(timers.armed()).toEqual([]);
  });

  it('arms nothing when the dossier is paused or its due date lies beyond the horizon', () => {
    timers.schedule(dossier(60, DossierStatus.SupplementRequested));
    expect(timers.armed()).toEqual([]);
    timers.schedule(dossier(240 + 361));
    expect(timers.armed()).toEqual([]);
  });

  it('leaves no timer behind when the application shuts down', async () => {
    timers.schedule(dossier(300));
    expect(jest.getTimerCount()).toBe(2);
    await timers.beforeApplicationShutdown();
    expect(jest.getTimerCount()).toBe(0);
    expect(timers.armed()).toEqual([]);
  });
});
