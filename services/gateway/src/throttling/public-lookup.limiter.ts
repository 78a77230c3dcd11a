import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError, ErrorCode } from '@motcua/contracts';

/**
 * Limits public lookups that take a guessable secret (a dossier code with a phone number) per
 * client address, so that nobody can walk the code space. In memory per gateway replica: with N
 * replicas behind a balancer a client gets at most N times the limit, which still stops guessing.
 */
export class PublicLookupLimiter {
  private readonly limiter: RateLimiterMemory;

  /** `what` names the requests in the refusal ("lookups", "token requests"). */
  constructor(
    perMinute: number,
    private readonly what = 'lookups',
  ) {
    this.limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  }

  /** Counts one lookup for `client`; throws RATE_LIMITED with the wait when over the limit. */
  async consume(client: string): Promise<void> {
    try {
      await this.limiter.consume(client);
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const seconds = Math.ceil(err.msBeforeNext / 1000);
        throw new DomainError(
          ErrorCode.RateLimited,
          `too many ${this.what} from this address; try again in ${seconds} s`,
        );
      }
      throw err;
    }
  }
}
