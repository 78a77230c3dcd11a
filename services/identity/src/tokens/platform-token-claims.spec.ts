import { platformTokenClaimsSchema } from '@motcua/contracts';
import { platformTokenClaims, type TokenSubject } from './platform-token-claims';

function subject(overrides: Partial<TokenSubject>): TokenSubject {
  return {
    kind: 'STAFF',
    subject: 'demo.hanoi.supervisor',
    tenant: 'hanoi',
    displayName: 'Phạm Minh Đức',
    roles: ['SUPERVISOR', 'RECEIVER'],
    branchIds: ['hn-ba-dinh', 'hn-hoan-kiem'],
    agencyCodes: [],
    personalId: null,
    assurance: null,
    scopes: [],
    ...overrides,
  };
}

describe(platformTokenClaims.name, () => {
  it('carries a staff member’s tenant, roles and units, and no citizen or integrator claims', () => {
    const claims = platformTokenClaims(subject({ agencyCodes: ['hn-stp'] }));

    expect(claims).toEqual({
      kind: 'STAFF',
      tenant: 'hanoi',
      name: 'Phạm Minh Đức',
      roles: ['SUPERVISOR', 'RECEIVER'],
      branches: ['hn-ba-dinh', 'hn-hoan-kiem'],
      agencies: ['hn-stp'],
    });
    expect(platformTokenClaimsSchema.parse(claims)).toEqual(claims);
  });

  it('carries a citizen’s personal ID and assurance level, with no tenant', () => {
    const claims = platformTokenClaims(
      subject({
        kind: 'CITIZEN',
        subject: '0b4f7c1e-0000-4000-8000-000000000001',
        tenant: '',
        displayName: 'Trần Thị B',
        roles: [],
        branchIds: [],
        personalId: '001190012345',
        assurance: 2,
      }),
    );

    expect(claims).toEqual({
      kind: 'CITIZEN',
      tenant: '',
      name: 'Trần Thị B',
      roles: [],
      branches: [],
      agencies: [],
      pid: '001190012345',
      acr: 2,
    });
    expect(platformTokenClaimsSchema.parse(claims)).toEqual(claims);
  });

  it('carries an integrator’s scopes space-separated', () => {
    const claims = platformTokenClaims(
      subject({
        kind: 'INTEGRATOR',
        subject: 'mc_portal',
        displayName: 'Cổng DVC quốc gia',
        roles: [],
        branchIds: [],
        scopes: ['dossier:read', 'dossier:submit'],
      }),
    );

    expect(claims).toMatchObject({ kind: 'INTEGRATOR', scope: 'dossier:read dossier:submit' });
    expect(claims).not.toHaveProperty('pid');
    expect(claims).not.toHaveProperty('acr');
  });
});
