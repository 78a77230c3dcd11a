import { Controller, Get, Header } from '@nestjs/common';
import { Registry } from 'prom-client';

/**
 * Prometheus scrape endpoint of the service's own registry. Not for the public: keep `/metrics`
 * off the ingress (it shows per-tenant business figures).
 */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: Registry) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  scrape(): Promise<string> {
    return this.registry.metrics();
  }
}
