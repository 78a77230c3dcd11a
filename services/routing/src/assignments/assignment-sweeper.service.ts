import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { NotifiedLoop } from '@motcua/platform';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { AssignmentsService } from './assignments.service';

/** Runs the assignment sweep every ASSIGNMENT_SWEEP_SECONDS (a poll: nothing signals it). */
@Injectable()
export class AssignmentSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private loop?: NotifiedLoop;

  constructor(
    private readonly assignments: AssignmentsService,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const seconds = this.config.ASSIGNMENT_SWEEP_SECONDS;
    if (seconds === 0) return;
    this.loop = new NotifiedLoop({
      name: 'AssignmentSweeper',
      channel: 'motcua_routing_sweep',
      round: async () => {
        await this.assignments.sweep();
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
