import { SignInError } from './sign-in-error';
import { signInStartOf } from './sign-in-request';

const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const QUERY = {
  provider: 'citizen',
  redirect_uri: 'https://app.example.vn/callback',
  code_challenge: CHALLENGE,
  code_challenge_method: 'S256',
  state: 'app-state-1',
};

describe(signInStartOf.name, () => {
  it('reads a citizen sign-in with the app state', () => {
    expect(signInStartOf(QUERY)).toEqual({
      provider: 'citizen',
      redirectUri: 'https://app.example.vn/callback',
      codeChallenge: CHALLENGE,
      appState: 'app-state-1',
    });
  });

  it("reads a tenant as its staff's sign-in and a missing state as none", () => {
    expect(signInStartOf({ ...QUERY, provider: 'hanoi', state: undefined })).toEqual({
      provider: { staffTenant: 'hanoi' },
      redirectUri: 'https://app.example.vn/callback',
      codeChallenge: CHALLENGE,
    });
  });

  it.each([
    ['no provider', { provider: undefined }, /provider is required/],
    ['a provider that is no tenant id', { provider: 'Ha Noi' }, /provider must be citizen/],
    ['no redirect_uri', { redirect_uri: undefined }, /redirect_uri is required/],
    ['a relative redirect_uri', { redirect_uri: '/callback' }, /redirect_uri is required/],
    ['a short code_challenge', { code_challenge: 'abc' }, /code_challenge is required/],
    ['the plain method', { code_challenge_method: 'plain' }, /must be S256/],
    ['no method', { code_challenge_method: undefined }, /must be S256/],
    ['a state given twice', { state: ['a', 'b'] }, /state is given more than once/],
    ['a long state', { state: 'x'.repeat(501) }, /longer than 500/],
  ])('refuses %s with invalid_request', (_case, change, message) => {
    const attempt = () => signInStartOf({ ...QUERY, ...change });
    expect(attempt).toThrow(SignInError);
    expect(attempt).toThrow(message);
  });
});
