import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { NotificationsService } from '../notifications/notifications.service';

/** Dossier events that notify the applicant; one durable consumer each. */
@Injectable()
export class DossierEventsHandler {
  constructor(private readonly notifications: NotificationsService) {}

  /** Keeps the contact of an online dossier, which may get a supplement request before acceptance. */
  @EventHandler({ name: 'dossier-registered', types: ['dossier.registered.v1'] })
  registered(event: CloudEvent<'dossier.registered.v1'>, manager: EntityManager): Promise<void> {
    return this.notifications.dossierRegistered(event, manager);
  }

  @EventHandler({ name: 'dossier-received', types: ['dossier.received.v1'] })
  received(event: CloudEvent<'dossier.received.v1'>, manager: EntityManager): Promise<void> {
    return this.notifications.dossierReceived(event, manager);
  }

  /** More deliveries than the default: it may arrive well before `received` is applied. */
  @EventHandler({ name: 'dossier-routed', types: ['dossier.routed.v1'], maxDeliver: 12 })
  routed(event: CloudEvent<'dossier.routed.v1'>, manager: EntityManager): Promise<void> {
    return this.notifications.dossierRouted(event, manager);
  }

  /** Supplement requests and ready results; like routed, it may overtake `received`. */
  @EventHandler({
    name: 'dossier-transitioned',
    types: ['dossier.transitioned.v1'],
    maxDeliver: 12,
  })
  transitioned(
    event: CloudEvent<'dossier.transitioned.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    return this.notifications.dossierTransitioned(event, manager);
  }
}
