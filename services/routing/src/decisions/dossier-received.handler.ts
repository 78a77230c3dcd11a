import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { RoutingService } from './routing.service';

/**
 * ~4 h of redeliveries at the one-minute backoff cap: a catalog outage delays routing instead of
 * sending dossiers to the dead-letter table after two minutes.
 */
const MAX_DELIVER = 240;

@Injectable()
export class DossierReceivedHandler {
  constructor(private readonly routing: RoutingService) {}

  @EventHandler({
    name: 'dossier-received',
    types: ['dossier.received.v1'],
    maxDeliver: MAX_DELIVER,
  })
  async onReceived(
    event: CloudEvent<'dossier.received.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    await this.routing.route(event.tenant, event.data, manager);
  }
}
