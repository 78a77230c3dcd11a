import { Inject, Injectable } from '@nestjs/common';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { PeriodicSweep } from '../periodic-sweep';
import { AssignmentsService } from './assignments.service';

/** Runs the assignment sweep every ASSIGNMENT_SWEEP_SECONDS (a poll: nothing signals it). */
@Injectable()
export class AssignmentSweeper extends PeriodicSweep {
  constructor(
    private readonly assignments: AssignmentsService,
    @Inject(ROUTING_CONFIG) config: RoutingConfig,
  ) {
    super('AssignmentSweeper', 'motcua_routing_sweep', config.ASSIGNMENT_SWEEP_SECONDS);
  }

  protected sweep(): Promise<void> {
    return this.assignments.sweep();
  }
}
