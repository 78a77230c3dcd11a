import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthIndicatorFunction,
} from '@nestjs/terminus';
import { NatsHealthIndicator } from './nats.health';

export const HEALTH_CHECKS_DATABASE = Symbol('HEALTH_CHECKS_DATABASE');

/** Liveness says the process answers; readiness checks every dependency (Postgres, NATS). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly nats: NatsHealthIndicator,
    @Inject(HEALTH_CHECKS_DATABASE) private readonly checksDatabase: boolean,
    @Optional() private readonly db?: TypeOrmHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    const checks: HealthIndicatorFunction[] = [() => this.nats.check('nats')];
    if (this.checksDatabase && this.db) {
      const db = this.db;
      checks.push(() => db.pingCheck('database').withTimeout(1500));
    }
    return this.health.check(checks);
  }
}
