import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DossierStatus } from '@motcua/contracts';
import { DossierProgressEntity } from './dossier-progress.entity';

@Injectable()
export class DossierProgressRepository {
  get(manager: EntityManager, dossierId: string): Promise<DossierProgressEntity | null> {
    return manager.findOne(DossierProgressEntity, { where: { dossierId } });
  }

  /**
   * Records what an event says of the dossier unless a newer event was recorded already, so
   * events applied out of order leave the newest state. True when this one was recorded.
   */
  async record(
    manager: EntityManager,
    progress: {
      dossierId: string;
      tenantId: string;
      status: DossierStatus;
      dueAt: Date | null;
      eventAt: Date;
    },
  ): Promise<boolean> {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO routing.dossier_progress (dossier_id, tenant_id, status, due_at, event_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dossier_id) DO UPDATE
         SET status = EXCLUDED.status, due_at = EXCLUDED.due_at, event_at = EXCLUDED.event_at
         WHERE dossier_progress.event_at <= EXCLUDED.event_at
       RETURNING dossier_id`,
      [progress.dossierId, progress.tenantId, progress.status, progress.dueAt, progress.eventAt],
    );
    return rows.length > 0;
  }
}
