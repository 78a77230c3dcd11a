import { createServiceRegistry } from '@motcua/platform';
import { parsePrometheusText, sampleValue } from '@motcua/testing';
import { DossierMetrics } from './dossier-metrics';

const DUE = new Date('2026-01-14T03:00:00.000Z'); // Wednesday 10:00 in Vietnam

describe('DossierMetrics', () => {
  const setup = () => {
    const registry = createServiceRegistry('reception', { processMetrics: false });
    const metrics = new DossierMetrics(registry);
    const value = async (name: string, labels: Record<string, string>) =>
      sampleValue(parsePrometheusText(await registry.metrics()), name, labels);
    return { metrics, value };
  };
  const finished = (finishedAt: Date, originalDueAt: Date | null = null) => ({
    tenantId: 'hanoi',
    status: 'RESULT_READY' as const,
    dueAt: DUE,
    originalDueAt,
    finishedAt,
  });

  it('counts received dossiers by tenant and channel', async () => {
    const { metrics, value } = setup();
    metrics.received({ tenantId: 'hanoi', channel: 'COUNTER' });
    metrics.received({ tenantId: 'hanoi', channel: 'COUNTER' });
    metrics.received({ tenantId: 'hanoi', channel: 'ONLINE' });
    expect(
      await value('motcua_dossiers_received_total', { tenant: 'hanoi', channel: 'counter' }),
    ).toBe(2);
    expect(
      await value('motcua_dossiers_received_total', { tenant: 'hanoi', channel: 'online' }),
    ).toBe(1);
  });

  it('judges finished dossiers early, on time or late (against the due date before an apology)', async () => {
    const { metrics, value } = setup();
    metrics.stepApplied('MARK_RESULT_READY', finished(new Date('2026-01-13T03:00:00.000Z')));
    metrics.stepApplied('MARK_RESULT_READY', finished(new Date('2026-01-14T02:00:00.000Z')));
    metrics.stepApplied(
      'MARK_RESULT_READY',
      finished(new Date('2026-01-15T02:00:00.000Z'), new Date('2026-01-14T03:00:00.000Z')),
    );
    const labels = (timeliness: string) => ({
      tenant: 'hanoi',
      status: 'result_ready',
      timeliness,
    });
    expect(await value('motcua_dossiers_finished_total', labels('early'))).toBe(1);
    expect(await value('motcua_dossiers_finished_total', labels('on_time'))).toBe(1);
    expect(await value('motcua_dossiers_finished_total', labels('late'))).toBe(1);
  });

  it('counts a finish once: steps that keep a finished dossier finished are not finishes', async () => {
    const { metrics, value } = setup();
    const done = finished(new Date('2026-01-13T03:00:00.000Z'));
    metrics.stepApplied('MARK_RESULT_READY', done);
    metrics.stepApplied('CONFIRM_PAYMENT', done);
    metrics.stepApplied('RETURN_RESULT', { ...done, status: 'RETURNED' });
    metrics.stepApplied('RATE', done);
    expect(
      await value('motcua_dossiers_finished_total', {
        tenant: 'hanoi',
        status: 'result_ready',
        timeliness: 'early',
      }),
    ).toBe(1);
  });
});
