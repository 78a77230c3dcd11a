/** OAuth 2.0 error codes an app may receive instead of a code (RFC 6749 §4.1.2.1). */
export type AppRedirectError = 'access_denied' | 'server_error' | 'temporarily_unavailable';

/**
 * The app's redirect URI with the sign-in's answer added to its query: `code` or `error`, and
 * the app's `state` as it sent it (omitted when it sent none).
 */
export function appRedirect(
  redirectUri: string,
  answer: { code: string } | { error: AppRedirectError },
  appState: string | null,
): string {
  const url = new URL(redirectUri);
  if ('code' in answer) url.searchParams.set('code', answer.code);
  else url.searchParams.set('error', answer.error);
  if (appState !== null) url.searchParams.set('state', appState);
  return url.href;
}

/**
 * The error to pass on for an upstream authorization error response: a refusal stays a refusal,
 * an unavailable provider stays one, anything else is the platform's failure to sign in.
 */
export function upstreamErrorForApp(upstreamError: string): AppRedirectError {
  switch (upstreamError) {
    case 'access_denied':
    case 'login_required':
    case 'consent_required':
    case 'interaction_required':
      return 'access_denied';
    case 'temporarily_unavailable':
      return 'temporarily_unavailable';
    default:
      return 'server_error';
  }
}
