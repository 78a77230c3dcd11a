import type { Actor } from '@motcua/contracts';
import { decideDossierRead, type DossierAccessFacts } from './dossier-access';

const APPLICANT_ID = '001190012345';
const REPRESENTATIVE_ID = '001085054321';
const AGENCY = '000.00.01.H26';
const FORMER_AGENCY = '000.00.07.H26';

const dossier = (overrides: Partial<DossierAccessFacts> = {}): DossierAccessFacts => ({
  tenantId: 'hanoi',
  receivingBranchId: 'hn-ba-dinh',
  returnBranchId: 'hn-hoan-kiem',
  competentAgencyCode: AGENCY,
  formerAgencyCodes: [FORMER_AGENCY],
  applicantPersonalId: APPLICANT_ID,
  representativePersonalId: REPRESENTATIVE_ID,
  submitterKind: 'STAFF',
  receivedBy: 'demo.hanoi.receiver',
  ...overrides,
});

const staff = (roles: string[], overrides: Partial<Actor> = {}): Actor => ({
  kind: 'STAFF',
  subject: 'staff-1',
  tenant: 'hanoi',
  roles,
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  ...overrides,
});
const citizen = (overrides: Partial<Actor> = {}): Actor => ({
  kind: 'CITIZEN',
  subject: 'person-1',
  tenant: 'hanoi',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  scopes: [],
  personalId: '001199099999',
  assurance: 2,
  ...overrides,
});
const integrator = (scopes: string[], overrides: Partial<Actor> = {}): Actor => ({
  kind: 'INTEGRATOR',
  subject: 'national-portal',
  tenant: 'hanoi',
  roles: [],
  branchIds: [],
  agencyCodes: [],
  scopes,
  ...overrides,
});

describe(decideDossierRead.name, () => {
  describe('grants', () => {
    it.each<[string, Actor, Partial<DossierAccessFacts>, string, boolean]>([
      ['a supervisor of the tenant', staff(['SUPERVISOR']), {}, 'SUPERVISOR', true],
      ['an auditor of the tenant', staff(['AUDITOR']), {}, 'AUDIT', true],
      [
        'a receiver of the receiving branch',
        staff(['RECEIVER'], { branchIds: ['hn-ba-dinh'] }),
        {},
        'RECEIVING_BRANCH',
        true,
      ],
      [
        'a receiver of the return branch',
        staff(['RECEIVER'], { branchIds: ['hn-cau-giay', 'hn-hoan-kiem'] }),
        {},
        'RECEIVING_BRANCH',
        true,
      ],
      [
        'a handler of the competent agency',
        staff(['HANDLER'], { agencyCodes: [AGENCY] }),
        {},
        'COMPETENT_AGENCY',
        true,
      ],
      [
        'an approver of the competent agency',
        staff(['APPROVER'], { agencyCodes: ['000.00.99.H26', AGENCY] }),
        {},
        'COMPETENT_AGENCY',
        true,
      ],
      [
        'a handler of an agency that held an earlier inter-agency step',
        staff(['HANDLER'], { agencyCodes: [FORMER_AGENCY] }),
        {},
        'HANDED_OVER',
        true,
      ],
      [
        'an approver of an agency that held an earlier step',
        staff(['APPROVER'], { agencyCodes: [FORMER_AGENCY] }),
        { competentAgencyCode: null },
        'HANDED_OVER',
        true,
      ],
      [
        'an API client of the tenant with dossier:read',
        integrator(['public:read', 'dossier:read']),
        {},
        'INTEGRATOR',
        true,
      ],
      ['the applicant, by personal ID', citizen({ personalId: APPLICANT_ID }), {}, 'OWNER', false],
      [
        'the citizen who submitted it online',
        citizen({ subject: 'person-7', personalId: undefined }),
        { submitterKind: 'CITIZEN', receivedBy: 'person-7' },
        'OWNER',
        false,
      ],
      [
        'the authorized representative, by personal ID',
        citizen({ personalId: REPRESENTATIVE_ID }),
        {},
        'REPRESENTATIVE',
        false,
      ],
    ])('lets %s read', (_who, actor, facts, basis, audited) => {
      expect(decideDossierRead(actor, dossier(facts))).toEqual({ allowed: true, basis, audited });
    });

    it('takes the first basis that holds: a supervisor who also receives there reads as SUPERVISOR', () => {
      const actor = staff(['RECEIVER', 'SUPERVISOR', 'AUDITOR'], { branchIds: ['hn-ba-dinh'] });
      expect(decideDossierRead(actor, dossier())).toMatchObject({ basis: 'SUPERVISOR' });
    });

    it('prefers the competent agency to an earlier step of the same agency', () => {
      const actor = staff(['HANDLER'], { agencyCodes: [AGENCY] });
      expect(decideDossierRead(actor, dossier({ formerAgencyCodes: [AGENCY] }))).toMatchObject({
        basis: 'COMPETENT_AGENCY',
      });
    });

    it('reads the applicant as OWNER when they are also named as representative', () => {
      const actor = citizen({ personalId: APPLICANT_ID });
      expect(
        decideDossierRead(actor, dossier({ representativePersonalId: APPLICANT_ID })),
      ).toMatchObject({ basis: 'OWNER' });
    });
  });

  describe('refusals', () => {
    it.each<[string, Actor | undefined, Partial<DossierAccessFacts>, string]>([
      ['nobody signed in', undefined, {}, 'UNAUTHENTICATED'],
      // Staff of the tenant without a basis: FORBIDDEN (they may know the dossier exists).
      [
        'a receiver of another branch',
        staff(['RECEIVER'], { branchIds: ['hn-me-linh'] }),
        {},
        'FORBIDDEN',
      ],
      [
        'a receiver with the competent agency but no handler role',
        staff(['RECEIVER'], { agencyCodes: [AGENCY] }),
        {},
        'FORBIDDEN',
      ],
      [
        'a handler of another agency',
        staff(['HANDLER'], { agencyCodes: ['000.00.02.H26'] }),
        {},
        'FORBIDDEN',
      ],
      [
        'a handler before the dossier is routed',
        staff(['HANDLER'], { agencyCodes: [AGENCY] }),
        { competentAgencyCode: null, formerAgencyCodes: [] },
        'FORBIDDEN',
      ],
      [
        'a handler who is a member of the receiving branch only',
        staff(['HANDLER'], { branchIds: ['hn-ba-dinh'] }),
        {},
        'FORBIDDEN',
      ],
      ['a tenant administrator alone', staff(['TENANT_ADMIN']), {}, 'FORBIDDEN'],
      [
        'a tenant administrator who is also in the competent agency, without a handler role',
        staff(['TENANT_ADMIN'], { agencyCodes: [AGENCY], branchIds: ['hn-ba-dinh'] }),
        {},
        'FORBIDDEN',
      ],
      ['staff without roles', staff([]), {}, 'FORBIDDEN'],
      [
        'an API client of the tenant without dossier:read',
        integrator(['dossier:submit']),
        {},
        'FORBIDDEN',
      ],
      [
        'a system caller',
        {
          kind: 'SYSTEM',
          subject: 'system:x',
          roles: [],
          branchIds: [],
          agencyCodes: [],
          scopes: [],
        },
        {},
        'FORBIDDEN',
      ],
      // Other tenants and citizens: as if the dossier did not exist.
      [
        'a supervisor of another tenant',
        staff(['SUPERVISOR'], { tenant: 'hcmc' }),
        {},
        'NOT_FOUND',
      ],
      ['an auditor of another tenant', staff(['AUDITOR'], { tenant: 'hcmc' }), {}, 'NOT_FOUND'],
      [
        'a receiver of another tenant with a branch id alike',
        staff(['RECEIVER'], { tenant: 'hcmc', branchIds: ['hn-ba-dinh'] }),
        {},
        'NOT_FOUND',
      ],
      ['staff without a tenant', staff(['SUPERVISOR'], { tenant: undefined }), {}, 'NOT_FOUND'],
      [
        'an API client of another tenant with dossier:read',
        integrator(['dossier:read'], { tenant: 'hcmc' }),
        {},
        'NOT_FOUND',
      ],
      ['another citizen', citizen(), {}, 'NOT_FOUND'],
      ['a citizen without a personal ID', citizen({ personalId: undefined }), {}, 'NOT_FOUND'],
      [
        'a citizen whose subject received it at a counter (a staff subject alike)',
        citizen({ subject: 'demo.hanoi.receiver' }),
        {},
        'NOT_FOUND',
      ],
      [
        'a citizen whose subject matches a row of unknown submitter kind',
        citizen({ subject: 'person-7' }),
        { submitterKind: null, receivedBy: 'person-7' },
        'NOT_FOUND',
      ],
      [
        'a citizen when the dossier names no representative',
        citizen({ personalId: REPRESENTATIVE_ID }),
        { representativePersonalId: null },
        'NOT_FOUND',
      ],
    ])('refuses %s', (_who, actor, facts, code) => {
      expect(decideDossierRead(actor, dossier(facts))).toMatchObject({ allowed: false, code });
    });
  });
});
