import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import type { LifecycleCommand } from '../lifecycle/dossier-state-machine';
import type { DossierEntity } from '../dossiers/dossier.entity';
import { finishedTimeliness } from './finished-timeliness';

/** The steps that finish a dossier; each moves an unfinished dossier to a finished status. */
const FINISHING_COMMANDS: readonly LifecycleCommand['type'][] = [
  'MARK_RESULT_READY',
  'REFUSE',
  'WITHDRAW',
  'STOP',
];

/**
 * Business counters of reception, incremented after the change committed, once per change (a
 * retried submission is not counted again). Per process: query with `sum(rate(...))`.
 */
@Injectable()
export class DossierMetrics {
  private readonly receivedTotal: Counter<'tenant' | 'channel'>;
  private readonly finishedTotal: Counter<'tenant' | 'status' | 'timeliness'>;

  constructor(registry: Registry) {
    this.receivedTotal = new Counter({
      name: 'motcua_dossiers_received_total',
      help: 'Dossiers received (stored at submission), by tenant and channel',
      labelNames: ['tenant', 'channel'] as const,
      registers: [registry],
    });
    this.finishedTotal = new Counter({
      name: 'motcua_dossiers_finished_total',
      help: 'Dossiers finished (result ready, refused, withdrawn, stopped), by tenant, status and timeliness',
      labelNames: ['tenant', 'status', 'timeliness'] as const,
      registers: [registry],
    });
  }

  /** A new dossier was stored (not a replayed submission). */
  received(dossier: Pick<DossierEntity, 'tenantId' | 'channel'>): void {
    this.receivedTotal.inc({ tenant: dossier.tenantId, channel: dossier.channel.toLowerCase() });
  }

  /** A lifecycle step committed; `dossier` is as stored after it. */
  stepApplied(
    command: LifecycleCommand['type'],
    dossier: Pick<DossierEntity, 'tenantId' | 'status' | 'dueAt' | 'originalDueAt' | 'finishedAt'>,
  ): void {
    if (!FINISHING_COMMANDS.includes(command) || !dossier.finishedAt) return;
    this.finishedTotal.inc({
      tenant: dossier.tenantId,
      status: dossier.status.toLowerCase(),
      timeliness: finishedTimeliness({ ...dossier, finishedAt: dossier.finishedAt }),
    });
  }
}
