import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierStatus, type CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { DossiersRepository } from '../dossiers/dossiers.repository';

const ROUTING_ACTOR = 'system:routing';
const WAITING_ON_APPLICANT: readonly DossierStatus[] = [
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingPayment,
];
/** Where routing finds a dossier it moves on to the competent agency. */
const ROUTABLE: readonly DossierStatus[] = [DossierStatus.Received, DossierStatus.RoutingHeld];

/** Records routing's decisions on the dossier: transferred to the competent agency, or held. */
@Injectable()
export class RoutingResultsHandler {
  private readonly logger = new Logger(RoutingResultsHandler.name);

  constructor(private readonly dossiers: DossiersRepository) {}

  @EventHandler({ name: 'dossier-routed', types: ['dossier.routed.v1'] })
  async routed(event: CloudEvent<'dossier.routed.v1'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    // Routed while waiting for a supplement or a payment: the agency is recorded now and the
    // dossier goes to it when the applicant has done their part.
    const result = await this.dossiers.applyRouting(manager, data.dossierId, {
      at: new Date(data.routedAt),
      actor: ROUTING_ACTOR,
      movableFrom: ROUTABLE,
      to: DossierStatus.Processing,
      reason: `transferred to ${data.agencyName}`,
      agency: { code: data.agencyCode, name: data.agencyName },
      waitingOn: WAITING_ON_APPLICANT,
      waitingReason: `to be transferred to ${data.agencyName}`,
    });
    if (!result) throw new Error(`dossier ${data.code} is not (yet) stored here`);
    if (!result.applied) {
      this.logger.warn(`ignored routing of ${result.code}: it is already ${result.status}`);
    }
  }

  @EventHandler({ name: 'dossier-held', types: ['dossier.held.v1'] })
  async held(event: CloudEvent<'dossier.held.v1'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    const result = await this.dossiers.applyRouting(manager, data.dossierId, {
      at: new Date(data.heldAt),
      actor: ROUTING_ACTOR,
      movableFrom: [DossierStatus.Received],
      to: DossierStatus.RoutingHeld,
      reason: data.reason,
      agency: null,
      waitingOn: [],
      waitingReason: data.reason,
    });
    if (!result) throw new Error(`dossier ${data.code} is not (yet) stored here`);
    if (!result.applied) {
      this.logger.warn(`ignored hold of ${result.code}: it is already ${result.status}`);
    }
  }
}
