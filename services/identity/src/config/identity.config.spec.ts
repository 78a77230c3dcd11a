import { ConfigError } from '@motcua/platform';
import { loadIdentityConfig } from './identity.config';

const HANOI = 'https://sso.example.vn/realms/hanoi';
const VNEID = 'https://vneid.example.vn';

function load(issuers: unknown) {
  return loadIdentityConfig({
    IDENTITY_ISSUERS: typeof issuers === 'string' ? issuers : JSON.stringify(issuers),
  });
}

describe(loadIdentityConfig.name, () => {
  it('reads staff and citizen issuers with the gateway audience by default', () => {
    const config = load([
      { issuer: HANOI, kind: 'staff', tenant: 'hanoi' },
      { issuer: VNEID, kind: 'citizen', audience: 'motcua-portal' },
    ]);
    expect(config.IDENTITY_ISSUERS).toEqual([
      { issuer: HANOI, kind: 'staff', tenant: 'hanoi', audience: 'motcua-gateway' },
      { issuer: VNEID, kind: 'citizen', audience: 'motcua-portal' },
    ]);
    expect(config.HTTP_PORT).toBe(3104);
    expect(config.IDENTITY_PRINCIPAL_CACHE_TTL_S).toBe(60);
  });

  it.each([
    ['it is not set', undefined, /IDENTITY_ISSUERS: required/],
    ['it is not JSON', '[{', /IDENTITY_ISSUERS: not JSON/],
    ['it is not an array', { issuer: HANOI }, /IDENTITY_ISSUERS: must be a JSON array/],
    ['it is empty', [], /IDENTITY_ISSUERS: must list at least one issuer/],
    [
      'a staff issuer has no tenant',
      [{ issuer: HANOI, kind: 'staff' }],
      /IDENTITY_ISSUERS\.0\.tenant: required for staff issuers/,
    ],
    [
      'a tenant is no slug',
      [{ issuer: HANOI, kind: 'staff', tenant: 'Ha Noi' }],
      /IDENTITY_ISSUERS\.0\.tenant: tenant must be a lowercase slug/,
    ],
    [
      'a citizen issuer names a tenant',
      [{ issuer: VNEID, kind: 'citizen', tenant: 'hanoi' }],
      /IDENTITY_ISSUERS\.0\.tenant: citizen issuers serve every tenant/,
    ],
    ['the kind is unknown', [{ issuer: VNEID, kind: 'robot' }], /IDENTITY_ISSUERS\.0\.kind/],
    [
      'the issuer is no http(s) URL',
      [{ issuer: 'ftp://sso.example.vn', kind: 'citizen' }],
      /IDENTITY_ISSUERS\.0\.issuer: must be the issuer URL/,
    ],
    [
      'an issuer is listed twice',
      [
        { issuer: VNEID, kind: 'citizen' },
        { issuer: VNEID, kind: 'citizen' },
      ],
      /IDENTITY_ISSUERS\.1\.issuer: .* listed twice/,
    ],
  ])('throws a ConfigError naming the variable when %s', (_case, issuers, message) => {
    const attempt = () => (issuers === undefined ? loadIdentityConfig({}) : load(issuers));
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });
});
