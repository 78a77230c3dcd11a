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

  it('verifies platform tokens of urn:motcua:platform with a few seconds of leeway by default', () => {
    expect(loadGatewayConfig({})).toMatchObject({
      PLATFORM_TOKEN_ISSUER: 'urn:motcua:platform',
      PLATFORM_TOKEN_CLOCK_TOLERANCE_S: 5,
      GATEWAY_JWKS_REFRESH_S: 300,
      GATEWAY_JWKS_UNKNOWN_KID_COOLDOWN_S: 30,
    });
    expect(loadGatewayConfig({ PLATFORM_TOKEN_ISSUER: 'https://id.motcua.vn' })).toMatchObject({
      PLATFORM_TOKEN_ISSUER: 'https://id.motcua.vn',
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

  describe('attachment store', () => {
    const s3 = {
      ATTACHMENT_STORE: 's3',
      ATTACHMENT_S3_ENDPOINT: 'https://s3.hanoi.gov.vn',
      ATTACHMENT_S3_REGION: 'vn-north-1',
      ATTACHMENT_S3_BUCKET: 'motcua-attachments',
      ATTACHMENT_S3_ACCESS_KEY_ID: 'gateway',
      ATTACHMENT_S3_SECRET_ACCESS_KEY: 'secret-value',
      ATTACHMENT_S3_FORCE_PATH_STYLE: 'true',
    };
    const problemsOf = (source: Record<string, string | undefined>): string[] => {
      try {
        loadGatewayConfig(source);
      } catch (err) {
        if (err instanceof ConfigError) return err.problems;
        throw err;
      }
      throw new Error('the configuration was accepted');
    };

    it('keeps attachments in the NATS object store by default', () => {
      expect(loadGatewayConfig({}).attachmentStore).toEqual({ kind: 'nats' });
      expect(loadGatewayConfig({ ATTACHMENT_STORE: 'nats' }).attachmentStore).toEqual({
        kind: 'nats',
      });
    });

    it('reads every S3 setting when ATTACHMENT_STORE is s3', () => {
      expect(loadGatewayConfig(s3).attachmentStore).toEqual({
        kind: 's3',
        endpoint: 'https://s3.hanoi.gov.vn',
        region: 'vn-north-1',
        bucket: 'motcua-attachments',
        accessKeyId: 'gateway',
        secretAccessKey: 'secret-value',
        forcePathStyle: true,
      });
      expect(
        loadGatewayConfig({ ...s3, ATTACHMENT_S3_FORCE_PATH_STYLE: 'false' }).attachmentStore,
      ).toMatchObject({ forcePathStyle: false });
    });

    it('lists each missing S3 setting when ATTACHMENT_STORE is s3', () => {
      expect(problemsOf({ ATTACHMENT_STORE: 's3' })).toEqual([
        'ATTACHMENT_S3_ENDPOINT: is required when ATTACHMENT_STORE=s3 (not set)',
        'ATTACHMENT_S3_REGION: is required when ATTACHMENT_STORE=s3 (not set)',
        'ATTACHMENT_S3_BUCKET: is required when ATTACHMENT_STORE=s3 (not set)',
        'ATTACHMENT_S3_ACCESS_KEY_ID: is required when ATTACHMENT_STORE=s3 (not set)',
        'ATTACHMENT_S3_SECRET_ACCESS_KEY: is required when ATTACHMENT_STORE=s3 (not set)',
        'ATTACHMENT_S3_FORCE_PATH_STYLE: is required when ATTACHMENT_STORE=s3 (not set)',
      ]);
      const { ATTACHMENT_S3_BUCKET: _bucket, ...withoutBucket } = s3;
      expect(problemsOf(withoutBucket)).toEqual([
        'ATTACHMENT_S3_BUCKET: is required when ATTACHMENT_STORE=s3 (not set)',
      ]);
    });

    it('lists the missing S3 settings together with the other bad variables', () => {
      const { ATTACHMENT_S3_REGION: _region, ...withoutRegion } = s3;
      const problems = problemsOf({ ...withoutRegion, HTTP_PORT: 'x' });
      expect(problems).toHaveLength(2);
      expect(problems.join('\n')).toMatch(/HTTP_PORT/);
      expect(problems.join('\n')).toMatch(/ATTACHMENT_S3_REGION: is required/);
    });

    it('refuses an unknown store, a non-http endpoint, a bad bucket name or flag', () => {
      expect(problemsOf({ ATTACHMENT_STORE: 'disk' })).toHaveLength(1);
      const problems = problemsOf({
        ...s3,
        ATTACHMENT_S3_ENDPOINT: 's3.hanoi.gov.vn',
        ATTACHMENT_S3_BUCKET: 'Motcua_Attachments',
        ATTACHMENT_S3_FORCE_PATH_STYLE: 'maybe',
      });
      expect(problems.map((p) => p.split(':')[0])).toEqual([
        'ATTACHMENT_S3_ENDPOINT',
        'ATTACHMENT_S3_BUCKET',
        'ATTACHMENT_S3_FORCE_PATH_STYLE',
      ]);
    });

    it('ignores the S3 settings while the NATS store is chosen', () => {
      expect(loadGatewayConfig({ ATTACHMENT_S3_BUCKET: 'unused' }).attachmentStore).toEqual({
        kind: 'nats',
      });
    });
  });
});
