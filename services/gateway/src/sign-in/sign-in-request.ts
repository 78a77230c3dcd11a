import { tenantIdSchema, type RpcRequest } from '@motcua/contracts';
import { SignInError } from './sign-in-error';

/** The query of `GET /auth/login`, as identity's login.start wants it (without the callback). */
export type SignInStart = Omit<RpcRequest<'identity.login.start.v1'>, 'callbackUrl'>;

const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const MAX_STATE_LENGTH = 500;

const invalid = (description: string) => new SignInError('invalid_request', description);

/**
 * Reads `provider` (`citizen` or a tenant id), `redirect_uri`, `code_challenge`,
 * `code_challenge_method` (S256 only: RFC 7636 plain would expose the verifier) and an optional
 * `state`. A parameter given twice is refused, as at any OAuth endpoint (RFC 6749 §3.1).
 */
export function signInStartOf(query: unknown): SignInStart {
  const params: Record<string, unknown> =
    typeof query === 'object' && query !== null ? { ...query } : {};
  const param = (name: string): string | undefined => {
    const value = params[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw invalid(`${name} is given more than once`);
    return value;
  };
  const provider = param('provider');
  if (provider === undefined) throw invalid('provider is required: citizen or a tenant id');
  const redirectUri = param('redirect_uri');
  if (redirectUri === undefined || !URL.canParse(redirectUri))
    throw invalid('redirect_uri is required: the absolute URL the app receives its code at');
  const codeChallenge = param('code_challenge');
  if (codeChallenge === undefined || !PKCE_CHALLENGE.test(codeChallenge))
    throw invalid('code_challenge is required: BASE64URL(SHA-256(code_verifier)), 43 characters');
  if (param('code_challenge_method') !== 'S256')
    throw invalid('code_challenge_method must be S256');
  const state = param('state');
  if (state !== undefined && state.length > MAX_STATE_LENGTH)
    throw invalid(`state is longer than ${MAX_STATE_LENGTH} characters`);

  return {
    provider: provider === 'citizen' ? 'citizen' : { staffTenant: tenantOf(provider) },
    redirectUri,
    codeChallenge,
    ...(state === undefined ? {} : { appState: state }),
  };
}

function tenantOf(provider: string): string {
  const tenant = tenantIdSchema.safeParse(provider);
  if (!tenant.success) throw invalid('provider must be citizen or a tenant id (e.g. hanoi)');
  return tenant.data;
}
