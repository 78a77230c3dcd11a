import { DomainError, ErrorCode } from '@motcua/contracts';

export type SignInErrorCode =
  'invalid_request' | 'invalid_grant' | 'slow_down' | 'temporarily_unavailable' | 'server_error';

/**
 * A sign-in the gateway cannot send anywhere: the browser gets this answer itself, never a
 * redirect to an unchecked address. Errors after the app was checked reach the app instead.
 */
export class SignInError extends Error {
  constructor(
    readonly error: SignInErrorCode,
    readonly description: string,
    readonly status = 400,
  ) {
    super(`${error}: ${description}`);
    this.name = 'SignInError';
  }
}

const UNAVAILABLE = 'Sign-in is unavailable now; try again later';

/** How identity's refusals reach the browser: code, status, and whether its message is kept. */
const ANSWERS: Partial<Record<ErrorCode, [SignInErrorCode, number, string?]>> = {
  [ErrorCode.InvalidGrant]: ['invalid_grant', 400],
  [ErrorCode.BadRequest]: ['invalid_request', 400],
  [ErrorCode.ValidationFailed]: ['invalid_request', 400],
  [ErrorCode.NotFound]: ['invalid_request', 400],
  [ErrorCode.RateLimited]: ['slow_down', 429],
  [ErrorCode.Unavailable]: ['temporarily_unavailable', 503, UNAVAILABLE],
  [ErrorCode.Timeout]: ['temporarily_unavailable', 503, UNAVAILABLE],
};

/** The answer for an error of identity or of the gateway; unexpected ones say nothing more. */
export function signInErrorOf(err: unknown): SignInError {
  if (err instanceof SignInError) return err;
  const answer = DomainError.is(err) ? ANSWERS[err.code] : undefined;
  if (!DomainError.is(err) || answer === undefined)
    return new SignInError('server_error', 'The sign-in could not be handled', 500);
  const [error, status, description = err.message] = answer;
  return new SignInError(error, description, status);
}

/** A small page for a person in a browser (Vietnamese first), with the code for support. */
export function signInErrorPage(error: SignInError): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Không thể đăng nhập</title></head>
<body>
<h1>Không thể đăng nhập</h1>
<p>Vui lòng quay lại ứng dụng và thử lại. (Sign-in failed: return to the app and try again.)</p>
<p><code>${escapeHtml(error.error)}</code>: ${escapeHtml(error.description)}</p>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
