import { ConfigError } from '@motcua/platform';
import { DEMO_PERSON_ID_PEPPER, loadIdentityConfig } from './identity.config';

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
      {
        issuer: VNEID,
        kind: 'citizen',
        audience: 'motcua-portal',
        claims: { personalId: 'personal_id', name: 'name', assurance: 'acr' },
      },
    ]);
    expect(config.HTTP_PORT).toBe(3104);
  });

  it('reads the claim names of a citizen issuer, defaulting the ones not given', () => {
    const config = load([{ issuer: VNEID, kind: 'citizen', claims: { personalId: 'cccd' } }]);
    expect(config.IDENTITY_ISSUERS[0]).toMatchObject({
      claims: { personalId: 'cccd', name: 'name', assurance: 'acr' },
    });
  });

  it('defaults the platform token settings', () => {
    const config = load([{ issuer: VNEID, kind: 'citizen' }]);
    expect(config).toMatchObject({
      PLATFORM_TOKEN_ISSUER: 'urn:motcua:platform',
      IDENTITY_ACCESS_TOKEN_TTL_S: 600,
      IDENTITY_REFRESH_TOKEN_TTL_S: 8 * 3600,
      IDENTITY_CITIZEN_REFRESH_TOKEN_TTL_S: 8 * 3600,
      IDENTITY_KEY_ROTATION_DAYS: 30,
      IDENTITY_KEY_PUBLISH_LEAD_S: 3600,
      IDENTITY_KEY_CHECK_SECONDS: 3600,
      IDENTITY_PERSON_ID_PEPPER: DEMO_PERSON_ID_PEPPER,
    });
  });

  it('takes the pepper from the environment, and requires it in production', () => {
    const issuers = JSON.stringify([{ issuer: VNEID, kind: 'citizen' }]);
    const pepper = 'p'.repeat(32);
    const production = { NODE_ENV: 'production', IDENTITY_ISSUERS: issuers };

    expect(
      loadIdentityConfig({ ...production, IDENTITY_PERSON_ID_PEPPER: pepper })
        .IDENTITY_PERSON_ID_PEPPER,
    ).toBe(pepper);
    expect(() => loadIdentityConfig(production)).toThrow(
      /IDENTITY_PERSON_ID_PEPPER: is required in production/,
    );
  });

  it.each([
    [
      'the pepper is short',
      { IDENTITY_PERSON_ID_PEPPER: 'short' },
      /IDENTITY_PERSON_ID_PEPPER: must be at least 32/,
    ],
    [
      'the token issuer is neither URL nor URN',
      { PLATFORM_TOKEN_ISSUER: 'motcua' },
      /PLATFORM_TOKEN_ISSUER: must be an https URL or a URN/,
    ],
    [
      'the access token TTL is under a minute',
      { IDENTITY_ACCESS_TOKEN_TTL_S: '10' },
      /IDENTITY_ACCESS_TOKEN_TTL_S/,
    ],
    [
      'the refresh token TTL is no number',
      { IDENTITY_REFRESH_TOKEN_TTL_S: '8h' },
      /IDENTITY_REFRESH_TOKEN_TTL_S/,
    ],
    [
      'the rotation period is 0 days',
      { IDENTITY_KEY_ROTATION_DAYS: '0' },
      /IDENTITY_KEY_ROTATION_DAYS/,
    ],
    [
      'the publish lead is not shorter than the rotation period',
      { IDENTITY_KEY_ROTATION_DAYS: '1', IDENTITY_KEY_PUBLISH_LEAD_S: '86400' },
      /IDENTITY_KEY_PUBLISH_LEAD_S: must be shorter than the rotation period/,
    ],
    [
      'the key check interval is negative',
      { IDENTITY_KEY_CHECK_SECONDS: '-1' },
      /IDENTITY_KEY_CHECK_SECONDS/,
    ],
    [
      'a citizen claim name is empty',
      {
        IDENTITY_ISSUERS: JSON.stringify([
          { issuer: VNEID, kind: 'citizen', claims: { name: '' } },
        ]),
      },
      /IDENTITY_ISSUERS\.0\.claims\.name: must name a claim/,
    ],
  ])('throws a ConfigError naming the variable when %s', (_case, variables, message) => {
    const attempt = () =>
      loadIdentityConfig({
        IDENTITY_ISSUERS: JSON.stringify([{ issuer: VNEID, kind: 'citizen' }]),
        ...variables,
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
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
