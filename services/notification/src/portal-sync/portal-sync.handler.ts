import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CLOUDEVENT_TYPE_PREFIX, type CloudEvent } from '@motcua/contracts';
import { Clock, EventHandler } from '@motcua/platform';
import { PORTAL_SYNC_EVENT_TYPES, type PortalSyncEventType } from './portal-draft';
import { PortalEndpoints } from './portal-endpoints';
import { PortalSyncRepository } from './portal-sync.repository';

/**
 * Every dossier event that changes the national status or adds a processing step, through ONE
 * durable consumer so they are applied in stream order; the draft tolerates any order anyway.
 */
@Injectable()
export class PortalSyncHandler {
  constructor(
    private readonly records: PortalSyncRepository,
    private readonly endpoints: PortalEndpoints,
    private readonly clock: Clock,
  ) {}

  @EventHandler({ name: 'portal-sync', types: PORTAL_SYNC_EVENT_TYPES, maxDeliver: 12 })
  apply(event: CloudEvent<PortalSyncEventType>, manager: EntityManager): Promise<void> {
    const type = event.type.slice(CLOUDEVENT_TYPE_PREFIX.length) as PortalSyncEventType;
    return this.records.apply(
      manager,
      type,
      event,
      event.data.code,
      this.endpoints.of(event.tenant) !== null,
      this.clock.now(),
    );
  }
}
