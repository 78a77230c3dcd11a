import { DomainError, ErrorCode } from '@motcua/contracts';
import { issuerSchema, type IssuerConfig } from '../config/issuers.schema';
import { signInIssuerFor } from './sign-in-issuer';

// Parsed as the config loader does, defaults (audience, claim names) included.
const ISSUERS: IssuerConfig[] = issuerSchema.array().parse([
  { issuer: 'https://vneid.example.vn/tokens-only', kind: 'citizen' },
  { issuer: 'https://vneid.example.vn', kind: 'citizen', clientId: 'motcua' },
  {
    issuer: 'https://sso.example.vn/realms/hanoi',
    kind: 'staff',
    tenant: 'hanoi',
    clientId: 'motcua',
  },
  { issuer: 'https://sso.example.vn/realms/hcmc', kind: 'staff', tenant: 'hcmc' },
]);

describe(signInIssuerFor.name, () => {
  it('sends citizens to the first citizen issuer with a client id', () => {
    expect(signInIssuerFor(ISSUERS, 'citizen').issuer).toBe('https://vneid.example.vn');
  });

  it("sends staff to their tenant's realm", () => {
    expect(signInIssuerFor(ISSUERS, { staffTenant: 'hanoi' }).issuer).toBe(
      'https://sso.example.vn/realms/hanoi',
    );
  });

  it.each([
    ['a tenant whose realm has no client id', { staffTenant: 'hcmc' }],
    ['an unknown tenant', { staffTenant: 'hue' }],
  ])('answers NOT_FOUND for %s', (_case, provider) => {
    expect(() => signInIssuerFor(ISSUERS, provider)).toThrow(
      new DomainError(ErrorCode.NotFound, `Tenant ${provider.staffTenant} has no staff sign-in`),
    );
  });

  it('answers NOT_FOUND for citizens when no citizen issuer has a client id', () => {
    expect(() => signInIssuerFor(ISSUERS.slice(0, 1), 'citizen')).toThrow(
      'Citizen sign-in is not configured',
    );
  });
});
