import { appRedirect, upstreamErrorForApp } from './app-redirect';

describe(appRedirect.name, () => {
  it('adds the code and the app state to the redirect URI', () => {
    expect(appRedirect('https://app.example.vn/cb', { code: 'abc' }, 'xyz')).toBe(
      'https://app.example.vn/cb?code=abc&state=xyz',
    );
  });

  it('keeps the query the redirect URI already has and encodes the state', () => {
    expect(appRedirect('https://app.example.vn/cb?lang=vi', { code: 'abc' }, 'a b&c')).toBe(
      'https://app.example.vn/cb?lang=vi&code=abc&state=a+b%26c',
    );
  });

  it('answers an error without a state when the app sent none', () => {
    expect(appRedirect('http://127.0.0.1/callback', { error: 'access_denied' }, null)).toBe(
      'http://127.0.0.1/callback?error=access_denied',
    );
  });
});

describe(upstreamErrorForApp.name, () => {
  it.each([
    ['access_denied', 'access_denied'],
    ['login_required', 'access_denied'],
    ['temporarily_unavailable', 'temporarily_unavailable'],
    ['invalid_request', 'server_error'],
    ['<script>', 'server_error'],
  ])('passes %s on as %s', (upstream, app) => {
    expect(upstreamErrorForApp(upstream)).toBe(app);
  });
});
