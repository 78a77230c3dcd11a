import { publicUrlEnvSchema, publicUrlOf } from './public-url.config';

describe(publicUrlOf.name, () => {
  it('answers the configured URL without its trailing slash', () => {
    expect(publicUrlOf({ GATEWAY_PUBLIC_URL: 'https://motcua.gov.vn/api/', HTTP_PORT: 3000 })).toBe(
      'https://motcua.gov.vn/api',
    );
  });

  it('answers the loopback address of the port when none is configured', () => {
    expect(publicUrlOf({ HTTP_PORT: 3100 })).toBe('http://127.0.0.1:3100');
  });
});

describe('GATEWAY_PUBLIC_URL', () => {
  it.each([
    ['a relative path', '/gateway'],
    ['a query', 'https://motcua.gov.vn/?x=1'],
    ['a fragment', 'https://motcua.gov.vn/#a'],
    ['credentials', 'https://user:pw@motcua.gov.vn'],
    ['another protocol', 'ftp://motcua.gov.vn'],
  ])('refuses %s', (_case, value) => {
    expect(publicUrlEnvSchema.safeParse(value).success).toBe(false);
  });

  it('accepts an https URL with a path prefix, or nothing', () => {
    expect(publicUrlEnvSchema.safeParse('https://motcua.gov.vn/api').success).toBe(true);
    expect(publicUrlEnvSchema.safeParse(undefined).success).toBe(true);
  });
});
