import { jetstream } from '@nats-io/jetstream';
import type { Actor, CloudEvent, Dossier, DossierCommandInput, EventType } from '@motcua/contracts';
import { Naming } from '@motcua/platform';
import { cloudEvent, publishEvent, waitFor, type RpcTestClient } from '@motcua/testing';
import { receiverActor, supervisorActor } from '../factories/submit-dossier.factory';
import type { ReceptionStack } from './reception-stack';

/** Sở Tư pháp Hà Nội, the demo handler's agency. */
export const HANDLER_AGENCY = '000.00.01.H26';

export const handlerActor = (overrides: Partial<Actor> = {}): Actor => ({
  kind: 'STAFF',
  branchIds: [],
  scopes: [],
  subject: 'demo.hanoi.handler',
  tenant: 'hanoi',
  roles: ['HANDLER'],
  agencyCodes: [HANDLER_AGENCY],
  ...overrides,
});

/** The dossier as a Hanoi supervisor reads it (every dossier of the tenant). */
export const getDossier = (client: RpcTestClient, code: string) =>
  client.rpc.request(
    'reception.dossier.get.v1',
    { code },
    { tenant: 'hanoi', actor: supervisorActor() },
  );

export const transitionDossier = (
  client: RpcTestClient,
  code: string,
  command: DossierCommandInput,
  actor: Actor = receiverActor(),
) =>
  client.rpc.request(
    'reception.dossier.transition.v1',
    { code, command },
    { tenant: 'hanoi', actor },
  );

/** Publishes an event to the stack's JetStream as its producer would, stamped with `time`. */
export const publishTestEvent = <T extends EventType>(
  stack: ReceptionStack,
  type: T,
  tenant: string,
  data: CloudEvent<T>['data'],
  time: Date,
) =>
  publishEvent(
    jetstream(stack.client.nc),
    new Naming(stack.prefix),
    cloudEvent(type, data, tenant, { time: time.toISOString() }),
  );

/** Routes a Hanoi dossier to the handler's agency at `at` and waits until it is processing. */
export async function routeDossier(
  stack: ReceptionStack,
  dossier: Dossier,
  at: Date,
): Promise<Dossier> {
  await publishTestEvent(
    stack,
    'dossier.routed.v1',
    'hanoi',
    {
      dossierId: dossier.id,
      code: dossier.code,
      agencyCode: HANDLER_AGENCY,
      agencyName: 'Sở Tư pháp Hà Nội',
      ruleId: 'r1',
      routedAt: at.toISOString(),
    },
    at,
  );
  return waitFor(async () => {
    const d = await getDossier(stack.client, dossier.code);
    return d.status === 'PROCESSING' ? d : undefined;
  });
}

/** A consumer of the stack's dossier stream for one event type of a tenant. */
export function dossierEventConsumer(stack: ReceptionStack, type: EventType, tenant = 'hanoi') {
  const naming = new Naming(stack.prefix);
  return jetstream(stack.client.nc).consumers.get(naming.stream('dossier'), {
    filter_subjects: naming.event(tenant, type),
  });
}
