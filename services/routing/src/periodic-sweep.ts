import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { NotifiedLoop } from '@motcua/platform';

/**
 * Runs `sweep` every `seconds` (0 turns it off) while the service runs: a poll, nothing signals
 * it. Routing's background sweeps (waiting assignments, step deadlines) extend it.
 */
export abstract class PeriodicSweep implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private loop?: NotifiedLoop;

  protected constructor(
    private readonly name: string,
    /** LISTEN channel of the loop; nothing notifies it, the sweep runs on its interval. */
    private readonly channel: string,
    private readonly seconds: number,
  ) {}

  protected abstract sweep(): Promise<unknown>;

  async onApplicationBootstrap(): Promise<void> {
    if (this.seconds === 0) return;
    this.loop = new NotifiedLoop({
      name: this.name,
      channel: this.channel,
      round: async () => {
        await this.sweep();
        return { more: false };
      },
      idleWaitMs: () => this.seconds * 1000,
    });
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }
}
