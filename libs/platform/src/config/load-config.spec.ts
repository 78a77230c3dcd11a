import { z } from 'zod';
import { ConfigError, baseEnvSchema, env, loadConfig } from './load-config';

describe(loadConfig.name, () => {
  const schema = baseEnvSchema.extend({
    HTTP_PORT: env.port(3000),
    FLAG: env.bool(false),
    TOKEN: z.string().min(1),
  });

  it('applies defaults and converts strings', () => {
    const config = loadConfig('svc', schema, { TOKEN: 't', HTTP_PORT: '8080', FLAG: 'yes' });
    expect(config).toMatchObject({
      HTTP_PORT: 8080,
      FLAG: true,
      NATS_URL: 'nats://127.0.0.1:4222',
      MOTCUA_SUBJECT_PREFIX: '',
    });
  });

  it('lists every bad variable in one message when several are wrong', () => {
    let error: unknown;
    try {
      loadConfig('svc', schema, { HTTP_PORT: 'eighty', NATS_URL: 'http://x', FLAG: 'maybe' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['HTTP_PORT', 'NATS_URL', 'FLAG', 'TOKEN']) expect(message).toContain(name);
    expect(message).toContain('(got "eighty")');
    expect(message).toContain('TOKEN: ');
    expect(message).toContain('(not set)');
  });
});
