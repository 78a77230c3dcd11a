import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Interaction, InteractionResults, Provider } from 'oidc-provider';

/**
 * The interaction endpoint of the stand-in: no forms. It signs in the account named by the
 * authorization request's `login_hint` and grants whatever was requested, so the
 * authorization-code flow runs unattended. Login and consent are two prompts, so a flow passes
 * here twice (login, then consent) before the provider redirects with the code.
 */
export async function completeInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  login: { acr?: string },
): Promise<void> {
  const interaction = await provider.interactionDetails(req, res);
  const result = await resultFor(provider, interaction, login);
  await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

async function resultFor(
  provider: Provider,
  interaction: Interaction,
  login: { acr?: string },
): Promise<InteractionResults> {
  const { prompt, params } = interaction;
  switch (prompt.name) {
    case 'login': {
      const accountId = params.login_hint;
      if (typeof accountId !== 'string' || accountId === '') {
        return {
          error: 'login_required',
          error_description: 'the local IdP signs in the account named by login_hint; none given',
        };
      }
      return { login: { accountId, ...(login.acr === undefined ? {} : { acr: login.acr }) } };
    }
    case 'consent':
      return { consent: { grantId: await grantRequested(provider, interaction) } };
    default:
      return {
        error: 'interaction_required',
        error_description: `unsupported prompt ${prompt.name}`,
      };
  }
}

/** Grants the scopes, claims and resource scopes the consent prompt reports as missing. */
async function grantRequested(provider: Provider, interaction: Interaction): Promise<string> {
  const { details } = interaction.prompt;
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (accountId === undefined || typeof clientId !== 'string') {
    throw new Error('consent prompt without a signed-in account or a client');
  }
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });

  const scopes = stringArray(details.missingOIDCScope);
  if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
  const claims = stringArray(details.missingOIDCClaims);
  if (claims.length > 0) grant.addOIDCClaims(claims);
  const resourceScopes = details.missingResourceScopes;
  if (typeof resourceScopes === 'object' && resourceScopes !== null) {
    for (const [resource, scope] of Object.entries(resourceScopes)) {
      grant.addResourceScope(resource, stringArray(scope).join(' '));
    }
  }
  return grant.save();
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
