import { Inject, Injectable } from '@nestjs/common';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { PeriodicSweep } from '../periodic-sweep';
import { StepDeadlinesService } from './step-deadlines.service';

/** Sweeps step deadlines every STEP_DEADLINE_SWEEP_SECONDS (0 turns it off). */
@Injectable()
export class StepDeadlineSweeper extends PeriodicSweep {
  constructor(
    private readonly deadlines: StepDeadlinesService,
    @Inject(ROUTING_CONFIG) config: RoutingConfig,
  ) {
    super(
      'StepDeadlineSweeper',
      'motcua_routing_step_deadlines',
      config.STEP_DEADLINE_SWEEP_SECONDS,
    );
  }

  protected sweep(): Promise<number> {
    return this.deadlines.sweep();
  }
}
