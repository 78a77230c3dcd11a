import { DomainError, ErrorCode, type TokenGrant } from '@motcua/contracts';
import { OAuthError, oauthErrorOf } from './oauth-error';

const answer = (error: OAuthError) => ({ status: error.status, ...error.toBody() });
const grant = (grantType: TokenGrant['grantType'], basic = false) => ({ grantType, basic });
const refused = (code: ErrorCode) => new DomainError(code, 'The refresh token was already used');

describe(oauthErrorOf.name, () => {
  it.each([[ErrorCode.InvalidGrant], [ErrorCode.Unauthenticated], [ErrorCode.Forbidden]])(
    'answers %s for a code or refresh token as invalid_grant with its message',
    (code) => {
      for (const type of ['authorization_code', 'refresh_token'] as const)
        expect(answer(oauthErrorOf(refused(code), grant(type)))).toEqual({
          status: 400,
          error: 'invalid_grant',
          error_description: 'The refresh token was already used',
        });
    },
  );

  it('answers a refused subject token as invalid_request (RFC 8693 §2.2.2)', () => {
    const err = new DomainError(ErrorCode.Unauthenticated, 'The access token has expired');
    expect(answer(oauthErrorOf(err, grant('token_exchange')))).toEqual({
      status: 400,
      error: 'invalid_request',
      error_description: 'The access token has expired',
    });
  });

  it('answers refused client credentials as invalid_client, with a challenge after Basic', () => {
    const err = new DomainError(ErrorCode.InvalidGrant, 'Unknown client or wrong secret');
    const viaBasic = oauthErrorOf(err, grant('client_credentials', true));
    expect(answer(viaBasic)).toMatchObject({ status: 401, error: 'invalid_client' });
    expect(viaBasic.headers['www-authenticate']).toMatch(/^Basic realm=/);
    expect(oauthErrorOf(err, grant('client_credentials', false)).headers).toEqual({});
  });

  it('answers a scope the client was not granted as invalid_scope', () => {
    const err = new DomainError(ErrorCode.Forbidden, 'scope dossier:submit is not granted');
    expect(answer(oauthErrorOf(err, grant('client_credentials')))).toMatchObject({
      status: 400,
      error: 'invalid_scope',
    });
  });

  it('answers validation errors as invalid_request', () => {
    const err = new DomainError(ErrorCode.ValidationFailed, 'Invalid input: grant.code: too short');
    expect(answer(oauthErrorOf(err, grant('authorization_code')))).toMatchObject({
      status: 400,
      error: 'invalid_request',
    });
  });

  it('answers 429 slow_down when rate limited and 503 when identity is unavailable', () => {
    expect(answer(oauthErrorOf(new DomainError(ErrorCode.RateLimited, 'too many')))).toMatchObject({
      status: 429,
      error: 'slow_down',
    });
    for (const code of [ErrorCode.Unavailable, ErrorCode.Timeout])
      expect(answer(oauthErrorOf(new DomainError(code, 'No service answers')))).toEqual({
        status: 503,
        error: 'temporarily_unavailable',
        error_description: 'The token service is unavailable; try again later',
      });
  });

  it('answers anything else as server_error without detail', () => {
    for (const err of [
      new Error('pg: connection refused at 10.0.0.3'),
      new DomainError(ErrorCode.Internal, 'x'),
    ])
      expect(answer(oauthErrorOf(err))).toEqual({
        status: 500,
        error: 'server_error',
        error_description: 'The request could not be handled',
      });
  });

  it('passes an OAuth error on as it is', () => {
    const err = new OAuthError('unsupported_grant_type', 'no');
    expect(oauthErrorOf(err)).toBe(err);
  });
});
