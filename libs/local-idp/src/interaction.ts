import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Interaction, InteractionResults, Provider } from 'oidc-provider';

import type { AccountDirectory, AccountKind } from './accounts';
import { citizenAcr } from './local-idp.constants';
import { LOGIN_FIELDS, renderLoginPage } from './login-page';

/** One provider's side of the interactions: who signs in there, and how. */
export interface InteractionSetup {
  provider: Provider;
  kind: AccountKind;
  /** Staff: the realm, shown on the page. */
  realm?: string;
  directory: AccountDirectory;
  /** Whether `login_hint` signs in without the page (see LocalIdpOptions.autoLogin). */
  autoLogin: boolean;
}

/** What the browser asked of the interaction: the page, a login form post, or cancelling. */
export type InteractionAction = 'show' | 'login' | 'abort';

const MAX_FORM_BYTES = 16 * 1024;

/**
 * The interaction endpoint of a stand-in provider. Login shows a form (personal ID or username,
 * password); a wrong password shows it again with an error, nothing is redirected. Consent is
 * granted without asking: the platform is a first-party client of these providers. Login and
 * consent are two prompts, so a flow passes here at least twice before the provider redirects
 * with the code.
 */
export async function handleInteraction(
  setup: InteractionSetup,
  action: InteractionAction,
  interactionPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const expectedMethod = action === 'show' ? 'GET' : 'POST';
  if (req.method !== expectedMethod) {
    res.writeHead(405, { allow: expectedMethod }).end();
    return;
  }
  const interaction = await setup.provider.interactionDetails(req, res);
  if (action === 'abort') {
    await finish(setup, req, res, {
      error: 'access_denied',
      error_description: 'the user cancelled the sign-in',
    });
    return;
  }
  const { prompt, params } = interaction;
  switch (prompt.name) {
    case 'login': {
      const hint = params.login_hint;
      if (action === 'show' && setup.autoLogin && typeof hint === 'string' && hint !== '') {
        await finish(setup, req, res, loginResult(setup, hint));
      } else if (action === 'show') {
        sendPage(res, 200, setup, interactionPath);
      } else {
        await submitLogin(setup, interactionPath, req, res);
      }
      return;
    }
    case 'consent':
      await finish(setup, req, res, {
        consent: { grantId: await grantRequested(setup, interaction) },
      });
      return;
    default:
      await finish(setup, req, res, {
        error: 'interaction_required',
        error_description: `unsupported prompt ${prompt.name}`,
      });
  }
}

async function submitLogin(
  setup: InteractionSetup,
  interactionPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const form = await readForm(req);
  const login = form.get(LOGIN_FIELDS[setup.kind]) ?? '';
  const password = form.get(LOGIN_FIELDS.password) ?? '';
  const accountId =
    setup.kind === 'citizen'
      ? setup.directory.signInCitizen(login, password)
      : setup.directory.signInStaff(login, password);
  if (accountId === undefined) {
    const error =
      setup.kind === 'citizen'
        ? 'Số định danh cá nhân hoặc mật khẩu không đúng.'
        : 'Tên đăng nhập hoặc mật khẩu không đúng.';
    sendPage(res, 401, setup, interactionPath, { login, error });
    return;
  }
  await finish(setup, req, res, loginResult(setup, accountId));
}

function loginResult(setup: InteractionSetup, accountId: string): InteractionResults {
  return setup.kind === 'citizen'
    ? { login: { accountId, acr: citizenAcr(setup.directory.assurance(accountId)) } }
    : { login: { accountId } };
}

function finish(
  setup: InteractionSetup,
  req: IncomingMessage,
  res: ServerResponse,
  result: InteractionResults,
): Promise<void> {
  return setup.provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
}

function sendPage(
  res: ServerResponse,
  status: number,
  setup: InteractionSetup,
  interactionPath: string,
  extra: { login?: string; error?: string } = {},
): void {
  const html = renderLoginPage({
    kind: setup.kind,
    interactionPath,
    ...(setup.realm === undefined ? {} : { realm: setup.realm }),
    ...extra,
  });
  res
    .writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
    })
    .end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new Error('the login form is too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Grants the scopes, claims and resource scopes the consent prompt reports as missing. */
async function grantRequested(setup: InteractionSetup, interaction: Interaction): Promise<string> {
  const { provider } = setup;
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
