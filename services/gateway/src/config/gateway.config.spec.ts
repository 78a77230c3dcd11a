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
    expect(loadGatewayConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadGatewayConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
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
