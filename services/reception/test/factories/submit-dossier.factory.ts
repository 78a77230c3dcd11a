import { randomUUID } from 'node:crypto';
import type { Actor, SubmitDossierRequest } from '@motcua/contracts';
import { demoRequiredComponents } from '@motcua/testing';

/** The factory applicant's personal ID and phone. */
export const APPLICANT_PERSONAL_ID = '001190012345';
export const APPLICANT_PHONE = '0912345678';

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
      personalId: APPLICANT_PERSONAL_ID,
      phone: APPLICANT_PHONE,
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

/** A supervisor of the tenant: reads every dossier of it (audited). */
export function supervisorActor(tenant = 'hanoi', overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'STAFF',
    agencyCodes: [],
    branchIds: [],
    scopes: [],
    subject: `demo.${tenant}.supervisor`,
    tenant,
    roles: ['SUPERVISOR'],
    ...overrides,
  };
}

/** The factory applicant signed in with a level-2 national e-ID. */
export function citizenActor(overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'CITIZEN',
    subject: 'citizen-1',
    roles: [],
    branchIds: [],
    agencyCodes: [],
    scopes: [],
    personalId: APPLICANT_PERSONAL_ID,
    assurance: 2,
    ...overrides,
  };
}
