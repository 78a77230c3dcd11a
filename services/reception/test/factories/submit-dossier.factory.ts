import { randomUUID } from 'node:crypto';
import type { Actor, SubmitDossierRequest } from '@motcua/contracts';
import { demoRequiredComponents } from '@motcua/testing';

/** A valid, complete counter submission at a Hanoi branch; override what a test is about. */
export function submitDossierRequest(
  overrides: Partial<SubmitDossierRequest> = {},
): SubmitDossierRequest {
  const procedureCode = overrides.procedureCode ?? '2.001610';
  return {
    components: demoRequiredComponents(procedureCode),
    idempotencyKey: `test-${randomUUID()}`,
    procedureCode: '2.001610',
    branchId: 'hn-ba-dinh',
    channel: 'COUNTER',
    applicant: {
      fullName: 'Nguyễn Thị Lan',
      personalId: '001190012345',
      phone: '0912345678',
      email: 'lan@example.vn',
    },
    ...overrides,
  };
}

export function receiverActor(overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'STAFF',
    agencyCodes: [],
    scopes: [],
    subject: 'demo.hanoi.receiver',
    tenant: 'hanoi',
    roles: ['RECEIVER'],
    branchIds: ['hn-ba-dinh'],
    ...overrides,
  };
}
