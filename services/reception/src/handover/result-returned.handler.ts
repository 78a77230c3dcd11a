import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DossierStatus, type CloudEvent } from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { DossierLifecycleService } from '../lifecycle/dossier-lifecycle.service';
import { HANDOVER_ACTOR } from './handover-actor';

/**
 * The deciding side of a result returned at the receiving tenant's branch: this tenant's row
 * becomes RETURNED too (actor `system:handover`), so both tenants agree.
 */
@Injectable()
export class ResultReturnedHandler {
  private readonly logger = new Logger(ResultReturnedHandler.name);

  constructor(
    private readonly dossiers: DossiersRepository,
    private readonly lifecycle: DossierLifecycleService,
  ) {}

  @EventHandler({ name: 'dossier-result-returned', types: ['dossier.result-returned.v1'] })
  async returned(
    event: CloudEvent<'dossier.result-returned.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const { data } = event;
    const dossier = await this.dossiers.lockByCode(manager, event.tenant, data.code);
    if (!dossier) throw new Error(`dossier ${data.code} is not stored in ${event.tenant}`);
    if (dossier.receivedInTenant !== data.receivingTenant) {
      this.logger.warn(
        `ignored a return of ${data.code} by ${data.receivingTenant}: it was not handed over by it`,
      );
      return;
    }
    if (dossier.status === DossierStatus.Returned) return;
    const at = new Date(data.returnedAt);
    const where = `by ${data.returnedBy} in ${data.receivingTenant}${data.branchId ? ` at branch ${data.branchId}` : ''}`;
    if (dossier.status !== DossierStatus.ResultReady) {
      // The two tenants crossed (e.g. a payment asked here while the result was handed back
      // there): recorded for people to settle, never applied against the state machine.
      this.logger.warn(`${data.code} was returned ${where} while ${dossier.status} here`);
      await this.dossiers.changeStatus(
        manager,
        dossier,
        { status: dossier.status, nationalStatusCode: dossier.nationalStatusCode },
        {
          at,
          actor: HANDOVER_ACTOR,
          reason: `the result was returned ${where} while the dossier was ${dossier.status} here`,
        },
      );
      return;
    }
    await this.lifecycle.applyIn(
      manager,
      event.tenant,
      data.code,
      { type: 'RETURN_RESULT', method: data.method, note: data.note ?? `returned ${where}` },
      { kind: 'HANDOVER', receivingTenant: data.receivingTenant },
      at,
    );
  }
}
