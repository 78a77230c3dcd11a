import { DomainError, ErrorCode } from '@motcua/contracts';
import { SignInError, signInErrorOf, signInErrorPage } from './sign-in-error';

describe(signInErrorOf.name, () => {
  it.each([
    [ErrorCode.InvalidGrant, 'invalid_grant', 400],
    [ErrorCode.BadRequest, 'invalid_request', 400],
    [ErrorCode.NotFound, 'invalid_request', 400],
    [ErrorCode.RateLimited, 'slow_down', 429],
    [ErrorCode.Unavailable, 'temporarily_unavailable', 503],
    [ErrorCode.Timeout, 'temporarily_unavailable', 503],
    [ErrorCode.Internal, 'server_error', 500],
  ])('answers %s from identity as %s (HTTP %i)', (code, error, status) => {
    expect(signInErrorOf(new DomainError(code, 'why'))).toMatchObject({ error, status });
  });

  it('says nothing of an unexpected error', () => {
    const answer = signInErrorOf(new Error('secret detail at line 3'));
    expect(answer).toMatchObject({ error: 'server_error', status: 500 });
    expect(answer.description).not.toContain('secret');
  });
});

describe(signInErrorPage.name, () => {
  it('escapes the description', () => {
    const page = signInErrorPage(new SignInError('invalid_request', '<script>x</script>'));
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('<script>');
  });
});
