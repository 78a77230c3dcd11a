import { OAuthError } from './oauth-error';
import {
  ACCESS_TOKEN_TYPE,
  GrantType,
  revocationRequestOf,
  tokenRequestOf,
  tokenResponseBody,
} from './token-request';

/** The OAuth error `fn` throws, as the endpoint would answer it. */
function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    if (err instanceof OAuthError)
      return { status: err.status, ...err.toBody(), headers: err.headers };
    throw err;
  }
  throw new Error('the request was accepted');
}

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const VERIFIER = 'v'.repeat(43);
const UPSTREAM = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe(tokenRequestOf.name, () => {
  it('maps an authorization code with its PKCE verifier', () => {
    const body = {
      grant_type: 'authorization_code',
      code: 'c'.repeat(32),
      code_verifier: VERIFIER,
      redirect_uri: 'http://127.0.0.1:5173/signed-in',
      client_id: 'branch-app', // public clients may name themselves: ignored
    };
    expect(tokenRequestOf(body, undefined)).toEqual({
      grant: {
        grantType: 'authorization_code',
        code: 'c'.repeat(32),
        codeVerifier: VERIFIER,
        redirectUri: 'http://127.0.0.1:5173/signed-in',
      },
      basic: false,
    });
  });

  it('maps a refresh token', () => {
    expect(
      tokenRequestOf({ grant_type: 'refresh_token', refresh_token: 'r'.repeat(43) }, undefined)
        .grant,
    ).toEqual({ grantType: 'refresh_token', refreshToken: 'r'.repeat(43) });
  });

  it('maps a token exchange of an upstream access token', () => {
    const body = {
      grant_type: GrantType.TokenExchange,
      subject_token: UPSTREAM,
      subject_token_type: ACCESS_TOKEN_TYPE,
      requested_token_type: ACCESS_TOKEN_TYPE,
    };
    expect(tokenRequestOf(body, undefined).grant).toEqual({
      grantType: 'token_exchange',
      subjectToken: UPSTREAM,
    });
  });

  it.each([
    ['no subject_token_type', { subject_token: UPSTREAM }, 'subject_token_type is required'],
    [
      'an ID token as subject',
      { subject_token: UPSTREAM, subject_token_type: 'urn:ietf:params:oauth:token-type:id_token' },
      'subject_token_type must be',
    ],
    [
      'an actor token',
      { subject_token: UPSTREAM, subject_token_type: ACCESS_TOKEN_TYPE, actor_token: UPSTREAM },
      'Delegation',
    ],
  ])('refuses a token exchange with %s as invalid_request', (_, params, message) => {
    const answer = refusal(() =>
      tokenRequestOf({ grant_type: GrantType.TokenExchange, ...params }, undefined),
    );
    expect(answer).toMatchObject({ status: 400, error: 'invalid_request' });
    expect(answer.error_description).toContain(message);
  });

  describe('client credentials', () => {
    it('reads them from HTTP Basic, form-urlencoded inside (RFC 6749 §2.3.1)', () => {
      const request = tokenRequestOf(
        { grant_type: 'client_credentials', scope: 'dossier:read' },
        basic('national-portal', 'p%40ss+w%3Ard'),
      );
      expect(request).toEqual({
        grant: {
          grantType: 'client_credentials',
          clientId: 'national-portal',
          clientSecret: 'p@ss w:rd',
          scope: 'dossier:read',
        },
        basic: true,
      });
    });

    it('reads them from the body', () => {
      const request = tokenRequestOf(
        { grant_type: 'client_credentials', client_id: 'kiosk', client_secret: 's3cret' },
        undefined,
      );
      expect(request).toEqual({
        grant: { grantType: 'client_credentials', clientId: 'kiosk', clientSecret: 's3cret' },
        basic: false,
      });
    });

    it('refuses a scope the platform does not know as invalid_scope', () => {
      expect(
        refusal(() =>
          tokenRequestOf(
            { grant_type: 'client_credentials', scope: 'dossier:read admin:all' },
            basic('kiosk', 'y'),
          ),
        ),
      ).toMatchObject({
        status: 400,
        error: 'invalid_scope',
        error_description: 'Unknown scope admin:all',
      });
    });

    it('refuses a request without credentials as invalid_client with a Basic challenge', () => {
      expect(
        refusal(() => tokenRequestOf({ grant_type: 'client_credentials' }, undefined)),
      ).toEqual({
        status: 401,
        error: 'invalid_client',
        error_description: expect.any(String),
        headers: { 'www-authenticate': expect.stringMatching(/^Basic /) },
      });
    });

    it('refuses two authentication methods at once, and a bearer header', () => {
      expect(
        refusal(() =>
          tokenRequestOf(
            { grant_type: 'client_credentials', client_secret: 'x' },
            basic('kiosk', 'y'),
          ),
        ),
      ).toMatchObject({ status: 400, error: 'invalid_request' });
      expect(
        refusal(() => tokenRequestOf({ grant_type: 'client_credentials' }, `Bearer ${UPSTREAM}`)),
      ).toMatchObject({ status: 401, error: 'invalid_client' });
      expect(
        refusal(() => tokenRequestOf({ grant_type: 'client_credentials' }, 'Basic bm9jb2xvbg==')),
      ).toMatchObject({ status: 401, error: 'invalid_client' });
    });
  });

  it('refuses a request without grant_type as invalid_request', () => {
    expect(refusal(() => tokenRequestOf({}, undefined))).toMatchObject({
      status: 400,
      error: 'invalid_request',
      error_description: 'The parameter grant_type is required',
    });
  });

  it.each([['password'], ['implicit'], ['urn:ietf:params:oauth:grant-type:jwt-bearer']])(
    'refuses grant_type %s as unsupported_grant_type',
    (grantType) => {
      expect(refusal(() => tokenRequestOf({ grant_type: grantType }, undefined))).toMatchObject({
        status: 400,
        error: 'unsupported_grant_type',
      });
    },
  );

  it('treats empty parameters as omitted and refuses repeated ones (RFC 6749 §3.2)', () => {
    expect(
      refusal(() => tokenRequestOf({ grant_type: 'refresh_token', refresh_token: '' }, undefined)),
    ).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringContaining('required'),
    });
    expect(
      refusal(() =>
        tokenRequestOf({ grant_type: ['refresh_token', 'client_credentials'] }, undefined),
      ),
    ).toMatchObject({
      error: 'invalid_request',
      error_description: expect.stringContaining('repeated'),
    });
  });

  it('refuses non-string JSON values and bodies that are not parameters', () => {
    expect(
      refusal(() => tokenRequestOf({ grant_type: 'refresh_token', refresh_token: 42 }, undefined)),
    ).toMatchObject({ error: 'invalid_request' });
    for (const body of [undefined, null, 'grant_type=refresh_token', [{}]])
      expect(refusal(() => tokenRequestOf(body, undefined))).toMatchObject({
        error: 'invalid_request',
      });
  });

  it('names the parameters the grant contract refuses', () => {
    expect(
      refusal(() =>
        tokenRequestOf(
          {
            grant_type: 'authorization_code',
            code: 'short',
            code_verifier: VERIFIER,
            redirect_uri: 'not a url',
          },
          undefined,
        ),
      ),
    ).toMatchObject({
      status: 400,
      error: 'invalid_request',
      error_description: 'Invalid code, redirect_uri',
    });
  });
});

describe(revocationRequestOf.name, () => {
  it('reads the token and its hint', () => {
    expect(revocationRequestOf({ token: 'abc', token_type_hint: 'refresh_token' })).toEqual({
      token: 'abc',
      hint: 'refresh_token',
    });
  });

  it('refuses a request without a token', () => {
    expect(refusal(() => revocationRequestOf({}))).toMatchObject({ error: 'invalid_request' });
  });
});

describe(tokenResponseBody.name, () => {
  const response = {
    accessToken: 'a.b.c',
    tokenType: 'Bearer' as const,
    expiresIn: 300,
    refreshToken: 'r'.repeat(43),
  };

  it('answers the RFC 6749 field names', () => {
    expect(
      tokenResponseBody({ grantType: 'refresh_token', refreshToken: 'x'.repeat(20) }, response),
    ).toEqual({
      access_token: 'a.b.c',
      token_type: 'Bearer',
      expires_in: 300,
      refresh_token: 'r'.repeat(43),
    });
  });

  it('names the issued token type of an exchange (RFC 8693 §2.2.1)', () => {
    expect(
      tokenResponseBody(
        { grantType: 'token_exchange', subjectToken: UPSTREAM },
        { ...response, refreshToken: undefined, scope: 'openid' },
      ),
    ).toEqual({
      access_token: 'a.b.c',
      token_type: 'Bearer',
      expires_in: 300,
      issued_token_type: ACCESS_TOKEN_TYPE,
      scope: 'openid',
    });
  });
});
