import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@motcua/platform';
import { ChainStepEntity } from '../chains/chain-step.entity';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { EscalationAlertEntity } from './escalation-alert.entity';
import { EscalationsService } from './escalations.service';

/** A step of a chain whose due time is near or past, not alerted yet for that level. */
interface DueStep {
  dossierId: string;
  tenantId: string;
  dossierCode: string;
  dueAt: Date;
  level: 'NEARING_DUE' | 'OVERDUE';
}

/**
 * Step deadlines of inter-agency chains drive the same alerts as the dossier's (issue 5
 * "Escalation"): the active step due within QUEUE_NEARING_DUE_MINUTES alerts its handler, a
 * step past due alerts the agency's head and the one-stop unit. Reception times the dossier's
 * own due date; steps live here, so each sweep asks the steps table which active, running steps
 * are due and have no alert of that level for that due time yet.
 */
@Injectable()
export class StepDeadlinesService {
  private readonly logger = new Logger(StepDeadlinesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly escalations: EscalationsService,
    private readonly clock: Clock,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  /** Raises the alerts of every due step; returns how many steps it alerted for. */
  async sweep(): Promise<number> {
    let alerted = 0;
    for (const step of await this.dueSteps()) {
      try {
        await this.dataSource.transaction((manager) =>
          this.escalations.escalate(
            manager,
            step.tenantId,
            { dossierId: step.dossierId, code: step.dossierCode, dueAt: step.dueAt },
            step.level,
            this.clock.now(),
          ),
        );
        alerted += 1;
      } catch (err) {
        // One step that cannot be alerted yet (its receipt not recorded) waits for the next sweep.
        this.logger.warn(`step deadline of ${step.dossierCode}: ${(err as Error).message}`);
      }
    }
    if (alerted) this.logger.log(`alerted for ${alerted} inter-agency step deadline(s)`);
    return alerted;
  }

  private async dueSteps(): Promise<DueStep[]> {
    const now = this.clock.now();
    const warnFrom = new Date(now.getTime() + this.config.QUEUE_NEARING_DUE_MINUTES * 60_000);
    const steps = this.dataSource.getMetadata(ChainStepEntity).tablePath;
    const alerts = this.dataSource.getMetadata(EscalationAlertEntity).tablePath;
    const rows = await this.dataSource.query<
      { dossier_id: string; tenant_id: string; dossier_code: string; due_at: Date; level: string }[]
    >(
      `SELECT s.dossier_id, s.tenant_id, s.dossier_code, s.due_at,
              CASE WHEN s.due_at <= $1 THEN 'OVERDUE' ELSE 'NEARING_DUE' END AS level
         FROM ${steps} s
        WHERE s.status = 'ACTIVE' AND s.paused_at IS NULL AND s.due_at <= $2
          AND NOT EXISTS (
            SELECT 1 FROM ${alerts} a
             WHERE a.dossier_id = s.dossier_id AND a.due_at = s.due_at
               AND a.level = CASE WHEN s.due_at <= $1 THEN 'OVERDUE' ELSE 'NEARING_DUE' END)
        ORDER BY s.due_at`,
      [now, warnFrom],
    );
    return rows.map((r) => ({
      dossierId: r.dossier_id,
      tenantId: r.tenant_id,
      dossierCode: r.dossier_code,
      dueAt: new Date(r.due_at),
      level: r.level === 'OVERDUE' ? 'OVERDUE' : 'NEARING_DUE',
    }));
  }
}
