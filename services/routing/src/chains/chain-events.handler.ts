import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { ChainsService } from './chains.service';

/**
 * ~4 h of redeliveries at the one-minute backoff cap: a catalog outage delays the chain instead of
 * losing it (as for routing itself).
 */
const MAX_DELIVER = 240;

/** Starts a dossier's chain when it is routed, and follows its lifecycle. */
@Injectable()
export class ChainEventsHandler {
  constructor(private readonly chains: ChainsService) {}

  @EventHandler({
    name: 'dossier-routed-chain',
    types: ['dossier.routed.v1'],
    maxDeliver: MAX_DELIVER,
  })
  async onRouted(event: CloudEvent<'dossier.routed.v1'>, manager: EntityManager): Promise<void> {
    await this.chains.start(manager, event.tenant, event.data);
  }

  @EventHandler({ name: 'dossier-transitioned-chain', types: ['dossier.transitioned.v1'] })
  async onTransitioned(
    event: CloudEvent<'dossier.transitioned.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    await this.chains.follow(manager, event.tenant, event.data);
  }
}
