import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierStatus, type CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { DossierProgressRepository } from '../assignments/dossier-progress.repository';
import { RoutingService } from './routing.service';

/**
 * ~4 h of redeliveries at the one-minute backoff cap: a catalog outage delays routing instead of
 * sending dossiers to the dead-letter table after two minutes.
 */
const MAX_DELIVER = 240;

@Injectable()
export class DossierReceivedHandler {
  constructor(
    private readonly routing: RoutingService,
    private readonly progress: DossierProgressRepository,
  ) {}

  @EventHandler({
    name: 'dossier-received',
    types: ['dossier.received.v1'],
    maxDeliver: MAX_DELIVER,
  })
  async onReceived(
    event: CloudEvent<'dossier.received.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const dossier = event.data;
    // The due date work queues sort by, until reception's steps move it.
    await this.progress.record(manager, {
      dossierId: dossier.dossierId,
      tenantId: event.tenant,
      status: DossierStatus.Received,
      dueAt: new Date(dossier.dueAt),
      eventAt: new Date(dossier.receivedAt),
    });
    await this.routing.route(event.tenant, dossier, manager);
  }
}
