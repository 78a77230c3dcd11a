import { ConfigError } from '@motcua/platform';
import { loadGatewayConfig } from './gateway.config';

describe(loadGatewayConfig.name, () => {
  it('serves on port 3000 with GraphiQL and a depth limit of 10 by default', () => {
    expect(loadGatewayConfig({})).toMatchObject({
      HTTP_PORT: 3000,
      graphiql: true,
      GRAPHQL_QUERY_DEPTH: 10,
    });
  });

  it('turns GraphiQL off in production unless asked for', () => {
    const production = { NODE_ENV: 'production', ATTACHMENT_SIGNING_KEY: 'k'.repeat(32) };
    expect(loadGatewayConfig(production).graphiql).toBe(false);
    expect(loadGatewayConfig({ ...production, GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('requires an attachment signing key of 32 characters or more when in production', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() =>
      loadGatewayConfig({ NODE_ENV: 'production', ATTACHMENT_SIGNING_KEY: 'short' }),
    ).toThrow(ConfigError);
    expect(loadGatewayConfig({}).attachmentSigningKey.length).toBeGreaterThanOrEqual(32);
  });

  it('lists every bad variable when the environment is invalid', () => {
    expect(() => loadGatewayConfig({ HTTP_PORT: 'x', GRAPHQL_QUERY_DEPTH: '0' })).toThrow(
      ConfigError,
    );
    try {
      loadGatewayConfig({ HTTP_PORT: 'x', GRAPHQL_QUERY_DEPTH: '0' });
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });
});
