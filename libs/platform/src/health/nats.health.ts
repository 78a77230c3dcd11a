import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION } from '../platform.tokens';

/** NATS is healthy when the connection is open and a round trip (flush) completes in time. */
@Injectable()
export class NatsHealthIndicator {
  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs = 1500) {
    const indicator = this.indicators.check(key);
    if (this.nc.isClosed()) return indicator.down({ message: 'connection closed' });
    try {
      await Promise.race([
        this.nc.flush(),
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error(`no answer within ${timeoutMs} ms`)),
            timeoutMs,
          ).unref(),
        ),
      ]);
      return indicator.up({ server: this.nc.getServer() });
    } catch (err) {
      return indicator.down({ message: (err as Error).message });
    }
  }
}
