import { errors, type ClientMetadata, type Configuration } from 'oidc-provider';

import type { AccountDirectory, AccountKind } from './accounts';
import {
  citizenAcr,
  DEMO_CLIENT,
  GATEWAY_AUDIENCE,
  GATEWAY_RESOURCE,
  TOKEN_TTL_SECONDS,
  VNEID_CLAIMS,
} from './local-idp.constants';
import type { LocalIdpClient } from './local-idp.types';
import { createMemoryAdapter } from './memory-adapter';
import type { SigningKeySet } from './signing-keys';

export interface ProviderSetup {
  kind: AccountKind;
  /** Path the provider is mounted under, the issuer's pathname (`/realms/hanoi`, `/vneid`). */
  mountPath: string;
  jwks: SigningKeySet;
  clients: LocalIdpClient[];
  directory: AccountDirectory;
}

/** oidc-provider configuration for one issuer of the local IdP. */
export function providerConfiguration(setup: ProviderSetup): Configuration {
  const { kind, mountPath, directory } = setup;
  const demoClient: LocalIdpClient = {
    clientId: DEMO_CLIENT.clientId,
    clientSecret: DEMO_CLIENT.clientSecret,
    redirectUris: [DEMO_CLIENT.redirectUri],
  };
  return {
    adapter: createMemoryAdapter(),
    jwks: setup.jwks,
    clients: [demoClient, ...setup.clients].map(clientMetadata),
    // VNeID asserts its assurance level in every ID token, not only when acr_values asks for it.
    claims:
      kind === 'staff'
        ? { profile: ['name', 'preferred_username'] }
        : {
            openid: ['sub', 'acr', VNEID_CLAIMS.assurance],
            profile: [VNEID_CLAIMS.name, VNEID_CLAIMS.personalId],
          },
    acrValues: kind === 'citizen' ? [citizenAcr(1), citizenAcr(2)] : [],
    // The access token is for the gateway and unusable at userinfo, so the ID token carries the
    // profile claims itself.
    conformIdTokenClaims: false,
    // Sessions of the realms share one host: keep each realm's session cookie on its own path.
    cookies: { long: { path: mountPath } },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      resourceIndicators: {
        enabled: true,
        // No `resource` in the request means the gateway; several stay for the client to pick.
        defaultResource: async (_ctx, _client, oneOf) => oneOf ?? GATEWAY_RESOURCE,
        // Issue the gateway JWT even when the token request repeats no `resource`.
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, resourceIndicator) => {
          if (resourceIndicator !== GATEWAY_RESOURCE) {
            throw new errors.InvalidTarget(`unknown resource, use ${GATEWAY_RESOURCE}`);
          }
          return {
            scope: 'openid profile',
            audience: GATEWAY_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: TOKEN_TTL_SECONDS,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => directory.claims(kind, sub),
    }),
    // Claims a resource server reads from the access token: what Keycloak / VNeID would put there.
    extraTokenClaims: async (_ctx, token) => {
      if (token.accountId === undefined) return undefined;
      const { sub: _sub, ...claims } = directory.claims(kind, token.accountId);
      return claims;
    },
    interactions: {
      url: async (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}`,
    },
    ttl: {
      AccessToken: TOKEN_TTL_SECONDS,
      IdToken: TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      Interaction: 600,
      Session: 8 * 3600,
      Grant: 8 * 3600,
    },
  };
}

function clientMetadata(client: LocalIdpClient): ClientMetadata {
  return {
    client_id: client.clientId,
    ...(client.clientSecret === undefined
      ? { token_endpoint_auth_method: 'none' }
      : { client_secret: client.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }),
    redirect_uris: client.redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
  };
}
