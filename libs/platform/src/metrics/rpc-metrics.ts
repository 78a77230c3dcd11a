import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { DURATION_BUCKETS_SECONDS, secondsSince } from './service-registry';

type RpcLabel = 'subject' | 'outcome';

/** RED metrics of the request/reply handlers: outcome is `ok` or the error code answered. */
@Injectable()
export class RpcMetrics {
  private readonly requests: Counter<RpcLabel>;
  private readonly duration: Histogram<RpcLabel>;

  constructor(registry: Registry) {
    this.requests = new Counter({
      name: 'motcua_rpc_requests_total',
      help: 'RPC requests handled, by subject and outcome (ok or the error code)',
      labelNames: ['subject', 'outcome'] as const,
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'motcua_rpc_request_duration_seconds',
      help: 'Time to handle an RPC request (validation, handler, reply), by subject and outcome',
      labelNames: ['subject', 'outcome'] as const,
      buckets: DURATION_BUCKETS_SECONDS,
      registers: [registry],
    });
  }

  /** Starts timing one request of `subject`; call the result once with its outcome. */
  start(subject: string): (outcome: string) => void {
    const started = process.hrtime.bigint();
    return (outcome) => {
      const labels = { subject, outcome };
      this.requests.inc(labels);
      this.duration.observe(labels, secondsSince(started));
    };
  }
}
