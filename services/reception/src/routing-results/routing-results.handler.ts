import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierStatus, NATIONAL_STATUS_CODE, type CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { DossiersRepository } from '../dossiers/dossiers.repository';

const ROUTING_ACTOR = 'system:routing';
const WAITING_ON_APPLICANT: readonly DossierStatus[] = [
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingPayment,
];

/** Records routing's decisions on the dossier: transferred to the competent agency, or held. */
@Injectable()
export class RoutingResultsHandler {
  private readonly logger = new Logger(RoutingResultsHandler.name);

  constructor(private readonly dossiers: DossiersRepository) {}

  @EventHandler({ name: 'dossier-routed', types: ['dossier.routed.v1'] })
  async routed(event: CloudEvent<'dossier.routed.v1'>, manager: EntityManager): Promise<void> {
    const dossier = await this.dossiers.lockById(manager, event.data.dossierId);
    if (!dossier) throw new Error(`dossier ${event.data.code} is not (yet) stored here`);
    if (WAITING_ON_APPLICANT.includes(dossier.status) && !dossier.competentAgencyCode) {
      // Routed while waiting for a supplement or a payment: the agency is recorded now and the
      // dossier goes to it when the applicant has done their part.
      await this.dossiers.changeStatus(
        manager,
        dossier,
        {
          status: dossier.status,
          nationalStatusCode: dossier.nationalStatusCode,
          competentAgencyCode: event.data.agencyCode,
          competentAgencyName: event.data.agencyName,
        },
        {
          at: new Date(event.data.routedAt),
          actor: ROUTING_ACTOR,
          reason: `to be transferred to ${event.data.agencyName}`,
        },
      );
      return;
    }
    if (dossier.status !== DossierStatus.Received && dossier.status !== DossierStatus.RoutingHeld) {
      this.logger.warn(`ignored routing of ${dossier.code}: it is already ${dossier.status}`);
      return;
    }
    const status = DossierStatus.Processing;
    await this.dossiers.changeStatus(
      manager,
      dossier,
      {
        status,
        nationalStatusCode: NATIONAL_STATUS_CODE[status],
        competentAgencyCode: event.data.agencyCode,
        competentAgencyName: event.data.agencyName,
      },
      {
        at: new Date(event.data.routedAt),
        actor: ROUTING_ACTOR,
        reason: `transferred to ${event.data.agencyName}`,
      },
    );
  }

  @EventHandler({ name: 'dossier-held', types: ['dossier.held.v1'] })
  async held(event: CloudEvent<'dossier.held.v1'>, manager: EntityManager): Promise<void> {
    const dossier = await this.dossiers.lockById(manager, event.data.dossierId);
    if (!dossier) throw new Error(`dossier ${event.data.code} is not (yet) stored here`);
    if (dossier.status !== DossierStatus.Received) {
      this.logger.warn(`ignored hold of ${dossier.code}: it is already ${dossier.status}`);
      return;
    }
    const status = DossierStatus.RoutingHeld;
    await this.dossiers.changeStatus(
      manager,
      dossier,
      { status, nationalStatusCode: NATIONAL_STATUS_CODE[status] },
      { at: new Date(event.data.heldAt), actor: ROUTING_ACTOR, reason: event.data.reason },
    );
  }
}
