import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { NotifiedLoop } from '@motcua/platform';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { StepDeadlinesService } from './step-deadlines.service';

/** Sweeps step deadlines every STEP_DEADLINE_SWEEP_SECONDS (0 turns it off). */
@Injectable()
export class StepDeadlineSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private loop?: NotifiedLoop;

  constructor(
    private readonly deadlines: StepDeadlinesService,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seconds = this.config.STEP_DEADLINE_SWEEP_SECONDS;
    if (seconds === 0) return;
    this.loop = new NotifiedLoop({
      name: 'StepDeadlineSweeper',
      channel: 'motcua_routing_step_deadlines',
      round: async () => {
        await this.deadlines.sweep();
        return { more: false };
      },
      idleWaitMs: () => seconds * 1000,
    });
    await this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }
}
