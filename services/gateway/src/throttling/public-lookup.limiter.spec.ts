import { ErrorCode } from '@motcua/contracts';
import { PublicLookupLimiter } from './public-lookup.limiter';

describe(PublicLookupLimiter.name, () => {
  it('lets a client through up to the limit, then refuses it with RATE_LIMITED', async () => {
    const limiter = new PublicLookupLimiter(3);
    for (let i = 0; i < 3; i++) await limiter.consume('203.0.113.7');
    await expect(limiter.consume('203.0.113.7')).rejects.toMatchObject({
      code: ErrorCode.RateLimited,
    });
  });

  it('counts each client on its own', async () => {
    const limiter = new PublicLookupLimiter(1);
    await limiter.consume('203.0.113.7');
    await expect(limiter.consume('198.51.100.2')).resolves.toBeUndefined();
  });
});
