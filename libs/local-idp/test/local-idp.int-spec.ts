import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';

import {
  CITIZEN_ACR,
  fetchDemoToken,
  GATEWAY_AUDIENCE,
  startLocalIdp,
  type LocalIdp,
} from '@motcua/local-idp';

async function jwksUriOf(issuer: string): Promise<URL> {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  const metadata = (await response.json()) as { issuer: string; jwks_uri: string };
  expect(metadata.issuer).toBe(issuer);
  return new URL(metadata.jwks_uri);
}

describe(startLocalIdp.name, () => {
  let idp: LocalIdp;

  beforeAll(async () => {
    idp = await startLocalIdp({
      port: 0,
      realms: ['hanoi', 'hcmc'],
      accounts: { 'demo.hanoi.receiver': { name: 'Nguyễn Văn Tiếp Nhận' } },
    });
  });

  afterAll(async () => {
    await idp?.close();
  });

  it('publishes one issuer per realm and one for VNeID on the real port', () => {
    const port = new URL(idp.url).port;
    expect(port).not.toBe('0');
    expect(idp.issuers.staff).toEqual({
      hanoi: `http://127.0.0.1:${port}/realms/hanoi`,
      hcmc: `http://127.0.0.1:${port}/realms/hcmc`,
    });
    expect(idp.issuers.citizen).toBe(`http://127.0.0.1:${port}/vneid`);
  });

  it('issues a staff access token that verifies against the realm JWKS', async () => {
    const issuer = idp.issuers.staff.hanoi;
    const token = await fetchDemoToken({ issuer, username: 'demo.hanoi.receiver' });

    const jwks = createRemoteJWKSet(await jwksUriOf(issuer));
    const { payload, protectedHeader } = await jwtVerify(token.accessToken, jwks, {
      issuer,
      audience: GATEWAY_AUDIENCE,
    });

    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      iss: issuer,
      sub: 'demo.hanoi.receiver',
      aud: GATEWAY_AUDIENCE,
      name: 'Nguyễn Văn Tiếp Nhận',
      preferred_username: 'demo.hanoi.receiver',
    });
    expect(token.expiresIn).toBeGreaterThan(0);
    expect(decodeJwt(token.idToken ?? '')).toMatchObject({ sub: 'demo.hanoi.receiver' });
  });

  it('issues tokens of one realm that do not verify as another realm', async () => {
    const hanoi = idp.issuers.staff.hanoi;
    const token = await fetchDemoToken({
      issuer: idp.issuers.staff.hcmc,
      username: 'demo.hcmc.receiver',
    });

    const hanoiJwks = createRemoteJWKSet(await jwksUriOf(hanoi));
    await expect(jwtVerify(token.accessToken, hanoiJwks)).rejects.toThrow();
    await expect(
      jwtVerify(token.accessToken, hanoiJwks, { issuer: hanoi, audience: GATEWAY_AUDIENCE }),
    ).rejects.toThrow();
  });

  it('issues a citizen token from the VNeID stand-in with a personal id and acr', async () => {
    const issuer = idp.issuers.citizen;
    const token = await fetchDemoToken({ issuer, username: 'citizen.nguyen-van-a' });

    const { payload } = await jwtVerify(
      token.accessToken,
      createRemoteJWKSet(await jwksUriOf(issuer)),
      {
        issuer,
        audience: GATEWAY_AUDIENCE,
      },
    );

    expect(payload.sub).toBe('citizen.nguyen-van-a');
    expect(payload.personal_id).toMatch(/^\d{12}$/);
    expect(payload.acr).toBe(CITIZEN_ACR);
    expect(decodeJwt(token.idToken ?? '')).toMatchObject({
      sub: 'citizen.nguyen-van-a',
      acr: CITIZEN_ACR,
      personal_id: payload.personal_id,
    });
  });
});
