import { randomInt, randomUUID } from 'node:crypto';
import {
  CLOUDEVENT_TYPE_PREFIX,
  type CloudEvent,
  type DossierReceived,
  type DossierRouted,
  type EventType,
} from '@motcua/contracts';
import type { JetStreamClient, PubAck } from '@nats-io/jetstream';
import type { Naming } from '@motcua/platform';

let sequence = 0;

/** A `dossier.received.v1` CloudEvent with a fresh dossier, code and applicant contact. */
export function receivedEvent(
  overrides: Partial<DossierReceived> = {},
  tenant = 'hanoi',
): CloudEvent<'dossier.received.v1'> {
  sequence += 1;
  const data: DossierReceived = {
    dossierId: randomUUID(),
    code: `000.00.00.H26-260105-${String(sequence).padStart(4, '0')}`,
    procedureCode: '1.001193',
    procedureVersion: 1,
    procedureName: 'Đăng ký khai sinh',
    fieldCode: 'G03',
    level: 'COMMUNE',
    channel: 'COUNTER',
    receivingBranchId: 'hn-ba-dinh',
    receivingUnitCode: '00004',
    jurisdictionUnitCode: '00004',
    receivedAt: '2026-01-05T03:00:00.000Z',
    dueAt: '2026-01-06T03:00:00.000Z',
    applicant: {
      fullName: 'Nguyễn Văn A',
      phone: `09${String(randomInt(0, 1e8)).padStart(8, '0')}`,
      email: `applicant${sequence}.${randomInt(0, 1e6)}@example.vn`,
      personalIdMasked: '*********123',
    },
    ...overrides,
  };
  return cloudEvent('dossier.received.v1', data, tenant);
}

/** The `dossier.routed.v1` CloudEvent of a received dossier. */
export function routedEvent(
  received: CloudEvent<'dossier.received.v1'>,
  overrides: Partial<DossierRouted> = {},
): CloudEvent<'dossier.routed.v1'> {
  return cloudEvent(
    'dossier.routed.v1',
    {
      dossierId: received.data.dossierId,
      code: received.data.code,
      agencyCode: '000.00.04.H26',
      agencyName: 'UBND phường Ba Đình',
      ruleId: 'civil-status-commune',
      routedAt: '2026-01-05T03:05:00.000Z',
      ...overrides,
    },
    received.tenant,
  );
}

/** A CloudEvent envelope around `data`, as a producer's outbox would write it. */
export function cloudEvent<T extends EventType>(
  type: T,
  data: CloudEvent<T>['data'],
  tenant: string,
  overrides: Partial<Omit<CloudEvent<T>, 'data'>> = {},
): CloudEvent<T> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/motcua/test',
    type: `${CLOUDEVENT_TYPE_PREFIX}${type}`,
    ...('code' in data ? { subject: data.code } : {}),
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    tenant,
    data,
    ...overrides,
  };
}

/** Publishes an event to JetStream as the outbox relay does (`Nats-Msg-Id` = event id unless given). */
export function publishEvent(
  js: JetStreamClient,
  naming: Naming,
  event: CloudEvent,
  msgID: string = event.id,
): Promise<PubAck> {
  const type = event.type.slice(CLOUDEVENT_TYPE_PREFIX.length) as EventType;
  return js.publish(naming.event(event.tenant, type), JSON.stringify(event), { msgID });
}
