import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { eventTypeOf, type CloudEvent, type EventData } from '@motcua/contracts';
import { EventHandler, actAsTenant } from '@motcua/platform';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { HandoverCopies } from './handover-copy-tenant';
import { mirrorStep, type DecidingSideEvent } from './mirror-step';

type Mirrored =
  | 'dossier.received.v1'
  | 'dossier.routed.v1'
  | 'dossier.held.v1'
  | 'dossier.transitioned.v1'
  | 'dossier.step-handed-over.v1';

/**
 * The receiving side of a cross-province hand-over: keeps this tenant's read-only row of a
 * dossier another tenant decides in step with that tenant's events (routing, every lifecycle
 * step, inter-agency hand-overs). One consumer for the five types, so they are applied in the order they were published.
 */
@Injectable()
export class HandoverMirrorHandler {
  constructor(
    private readonly dossiers: DossiersRepository,
    private readonly copies: HandoverCopies,
  ) {}

  @EventHandler({
    name: 'handover-mirror',
    types: [
      'dossier.received.v1',
      'dossier.routed.v1',
      'dossier.held.v1',
      'dossier.transitioned.v1',
      'dossier.step-handed-over.v1',
    ],
  })
  async mirror(event: CloudEvent<Mirrored>, manager: EntityManager): Promise<void> {
    // Every tenant's dossier events pass here; only those of a dossier handed over to the
    // event's tenant by another have a copy to mirror onto (one index lookup otherwise, and
    // none for a code whose answer is known, e.g. one this instance issued).
    const holder = await this.copies.holderOf(manager, event.tenant, event.data.code);
    if (!holder) return;
    // The copy is the receiving tenant's row: the rest of this transaction acts for that tenant.
    await actAsTenant(manager, holder);
    const row = await this.dossiers.lockHandedOver(manager, event.tenant, event.data.code);
    if (!row?.acceptedAt) return;
    const step = mirrorStep(row, event.tenant, decidingSideEvent(event));
    if (!step) return;
    await this.dossiers.appendHistory(manager, row, step.history);
    if (step.change) await this.dossiers.updateMirror(manager, row, step.change);
  }
}

function decidingSideEvent(event: CloudEvent<Mirrored>): DecidingSideEvent {
  const type = eventTypeOf(event) as Mirrored;
  switch (type) {
    case 'dossier.received.v1':
      return { type, time: new Date(event.time) };
    case 'dossier.routed.v1':
      return { type, data: event.data as EventData<typeof type> };
    case 'dossier.held.v1':
      return { type, data: event.data as EventData<typeof type> };
    case 'dossier.transitioned.v1':
      return { type, data: event.data as EventData<typeof type> };
    case 'dossier.step-handed-over.v1':
      return { type, data: event.data as EventData<typeof type> };
  }
}
