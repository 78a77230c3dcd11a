import { appRedirectUrisEnvSchema, DEMO_APP_REDIRECT_URI } from './app-redirect-uris.schema';

describe('IDENTITY_APP_REDIRECT_URIS', () => {
  it("is the demo app's URL when not set", () => {
    expect(appRedirectUrisEnvSchema.parse(undefined)).toEqual([DEMO_APP_REDIRECT_URI]);
  });

  it('reads a comma-separated list, trimmed and without repeats', () => {
    expect(
      appRedirectUrisEnvSchema.parse(
        ' https://app.motcua.vn/cb , https://app.motcua.vn/cb,http://127.0.0.1:5173/cb',
      ),
    ).toEqual(['https://app.motcua.vn/cb', 'http://127.0.0.1:5173/cb']);
  });

  it.each([
    ['a relative URL', '/callback', /\/callback is not valid/],
    ['a fragment', 'https://app.motcua.vn/cb#x', /is not valid/],
    ['a custom scheme', 'vn.motcua.app:/cb', /is not valid/],
    ['nothing but commas', ' , ', /at least one URL/],
  ])('refuses %s with a message', (_case, value, message) => {
    const result = appRedirectUrisEnvSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});
