import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { DossiersRepository } from '../dossiers/dossiers.repository';

/**
 * An inter-agency hand-over decided in routing (DOMAIN §4): the next agency of the chain becomes
 * the dossier's competent agency (its handlers may now record steps and mark the result ready),
 * the agency it leaves is remembered (its staff still read it), and the history logs the
 * hand-over for the process control sheet (form 06).
 */
@Injectable()
export class StepHandedOverHandler {
  private readonly logger = new Logger(StepHandedOverHandler.name);

  constructor(private readonly dossiers: DossiersRepository) {}

  @EventHandler({ name: 'dossier-step-handed-over', types: ['dossier.step-handed-over.v1'] })
  async handedOver(
    event: CloudEvent<'dossier.step-handed-over.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const step = event.data;
    const dossier = await this.dossiers.lockById(manager, step.dossierId);
    if (!dossier) throw new Error(`dossier ${step.code} is not (yet) stored here`);
    if (dossier.finishedAt) {
      this.logger.warn(`ignored hand-over of ${dossier.code}: it is already ${dossier.status}`);
      return;
    }
    await this.dossiers.changeStatus(
      manager,
      dossier,
      {
        status: dossier.status,
        nationalStatusCode: dossier.nationalStatusCode,
        competentAgencyCode: step.toAgencyCode,
        competentAgencyName: step.toAgencyName,
        // The agency that held the step keeps reading the dossier (basis HANDED_OVER).
        formerAgencyCodes: formerAgencies(dossier.formerAgencyCodes, step.fromAgencyCode),
      },
      {
        at: new Date(step.at),
        actor: step.actor,
        reason: step.note ?? `handed over to ${step.toAgencyName}`,
        details: {
          step: {
            title: step.title,
            from: step.fromAgencyName,
            to: step.toAgencyName,
            interAgency: true,
          },
          stepIndex: step.stepIndex,
          stepCount: step.stepCount,
          stepDueAt: step.stepDueAt,
        },
      },
    );
  }
}

/** The agencies that held earlier steps, with `agency` added once. */
function formerAgencies(held: readonly string[], agency: string): string[] {
  return held.includes(agency) ? [...held] : [...held, agency];
}
