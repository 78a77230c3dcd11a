import { DomainError, type Actor, type Procedure } from '@motcua/contracts';
import { authorizeSubmission, checkAssurance } from './submit-access';

const APPLICANT_ID = '001190012345';
const REPRESENTATIVE_ID = '001085054321';

const request = (
  channel: 'COUNTER' | 'ONLINE' | 'POSTAL' = 'ONLINE',
  representativePersonalId?: string,
) => ({
  channel,
  applicant: { fullName: 'Nguyễn Thị Lan', personalId: APPLICANT_ID, phone: '0912345678' },
  representativePersonalId,
  branchId: 'hn-ba-dinh',
});
const actor = (kind: Actor['kind'], overrides: Partial<Actor> = {}): Actor => ({
  kind,
  subject: `${kind.toLowerCase()}-1`,
  tenant: 'hanoi',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  ...overrides,
});

function codeOf(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    return err instanceof DomainError ? err.code : 'not a DomainError';
  }
}

describe(authorizeSubmission.name, () => {
  it('lets receivers of the branch and supervisors of the tenant receive on any channel', () => {
    const receiver = actor('STAFF', { roles: ['RECEIVER'], branchIds: ['hn-ba-dinh'] });
    const supervisor = actor('STAFF', { roles: ['SUPERVISOR'] });
    for (const staff of [receiver, supervisor]) {
      for (const channel of ['COUNTER', 'ONLINE', 'POSTAL'] as const) {
        expect(authorizeSubmission('hanoi', request(channel), staff)).toEqual({
          subject: 'staff-1',
          kind: 'STAFF',
          applicantVerifiedLevel: null,
        });
      }
    }
  });

  it('records the assurance of a citizen who submits online for themselves', () => {
    const citizen = actor('CITIZEN', { personalId: APPLICANT_ID, assurance: 2 });
    expect(authorizeSubmission('hanoi', request(), citizen)).toEqual({
      subject: 'citizen-1',
      kind: 'CITIZEN',
      applicantVerifiedLevel: 2,
    });
    const basic = actor('CITIZEN', { personalId: APPLICANT_ID });
    expect(authorizeSubmission('hanoi', request(), basic).applicantVerifiedLevel).toBe(1);
  });

  it("lets the applicant's representative submit online, the applicant not verified", () => {
    const representative = actor('CITIZEN', { personalId: REPRESENTATIVE_ID, assurance: 2 });
    expect(
      authorizeSubmission('hanoi', request('ONLINE', REPRESENTATIVE_ID), representative),
    ).toEqual({ subject: 'citizen-1', kind: 'CITIZEN', applicantVerifiedLevel: null });
  });

  it('lets an API client of the tenant with dossier:submit submit online', () => {
    const portal = actor('INTEGRATOR', { scopes: ['dossier:submit'] });
    expect(authorizeSubmission('hanoi', request(), portal)).toEqual({
      subject: 'integrator-1',
      kind: 'INTEGRATOR',
      applicantVerifiedLevel: null,
    });
  });

  it.each<[string, Actor | undefined, ReturnType<typeof request>, string]>([
    ['nobody signed in', undefined, request(), 'UNAUTHENTICATED'],
    [
      'staff of another tenant',
      actor('STAFF', { tenant: 'hcmc', roles: ['RECEIVER'] }),
      request('COUNTER'),
      'FORBIDDEN',
    ],
    ['a handler', actor('STAFF', { roles: ['HANDLER'] }), request('COUNTER'), 'FORBIDDEN'],
    ['an auditor', actor('STAFF', { roles: ['AUDITOR'] }), request('COUNTER'), 'FORBIDDEN'],
    [
      'a tenant administrator',
      actor('STAFF', { roles: ['TENANT_ADMIN'] }),
      request('COUNTER'),
      'FORBIDDEN',
    ],
    [
      'a citizen at the counter channel',
      actor('CITIZEN', { personalId: APPLICANT_ID }),
      request('COUNTER'),
      'FORBIDDEN',
    ],
    [
      'a citizen for someone else',
      actor('CITIZEN', { personalId: '001199099999' }),
      request(),
      'FORBIDDEN',
    ],
    [
      'a citizen naming someone else as representative',
      actor('CITIZEN', { personalId: '001199099999' }),
      request('ONLINE', REPRESENTATIVE_ID),
      'FORBIDDEN',
    ],
    ['a citizen without a personal ID', actor('CITIZEN'), request(), 'FORBIDDEN'],
    [
      'an API client without dossier:submit',
      actor('INTEGRATOR', { scopes: ['dossier:read'] }),
      request(),
      'FORBIDDEN',
    ],
    [
      'an API client of another tenant',
      actor('INTEGRATOR', { tenant: 'hcmc', scopes: ['dossier:submit'] }),
      request(),
      'FORBIDDEN',
    ],
    [
      'an API client at the counter channel',
      actor('INTEGRATOR', { scopes: ['dossier:submit'] }),
      request('COUNTER'),
      'FORBIDDEN',
    ],
    ['a system caller', actor('SYSTEM'), request(), 'FORBIDDEN'],
    [
      'a receiver at a branch that is not theirs',
      actor('STAFF', { roles: ['RECEIVER'], branchIds: ['hn-cau-giay'] }),
      request('COUNTER'),
      'FORBIDDEN',
    ],
  ])('refuses %s', (_who, caller, submitted, code) => {
    expect(codeOf(() => authorizeSubmission('hanoi', submitted, caller))).toBe(code);
  });
});

describe(checkAssurance.name, () => {
  const procedure = (requiredAssuranceLevel: number) =>
    ({ code: '1.000001', requiredAssuranceLevel }) as Procedure;

  it('refuses a level-1 citizen for a level-2 procedure with ASSURANCE_TOO_LOW naming the level', () => {
    const error = (() => {
      try {
        checkAssurance(procedure(2), actor('CITIZEN', { assurance: 1 }));
      } catch (err) {
        return err;
      }
    })();
    expect(error).toMatchObject({
      code: 'ASSURANCE_TOO_LOW',
      message: expect.stringContaining('level-2') as string,
    });
  });

  it('counts a sign-in that does not say as level 1', () => {
    expect(codeOf(() => checkAssurance(procedure(2), actor('CITIZEN')))).toBe('ASSURANCE_TOO_LOW');
    expect(codeOf(() => checkAssurance(procedure(1), actor('CITIZEN')))).toBeUndefined();
  });

  it('accepts a citizen at or above the level', () => {
    expect(
      codeOf(() => checkAssurance(procedure(2), actor('CITIZEN', { assurance: 2 }))),
    ).toBeUndefined();
    expect(
      codeOf(() => checkAssurance(procedure(1), actor('CITIZEN', { assurance: 2 }))),
    ).toBeUndefined();
  });

  it('leaves staff and API clients to their own identity checks', () => {
    expect(codeOf(() => checkAssurance(procedure(2), actor('STAFF')))).toBeUndefined();
    expect(codeOf(() => checkAssurance(procedure(2), actor('INTEGRATOR')))).toBeUndefined();
  });
});
