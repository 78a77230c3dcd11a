import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { RoutingRuleEntity } from '../rules/routing-rule.entity';
import { DEMO_ROUTING_RULES, type RoutingRuleSeed } from './demo-routing-rules';

/**
 * Loads the demo routing rules when MOTCUA_DEMO_SEED is on. Upserts by rule id, so running it
 * again changes nothing but what the seed file changed.
 */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.MOTCUA_DEMO_SEED) return;
    await this.seed();
  }

  async seed(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // Serialise concurrent seeders (several replicas starting at once).
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['motcua:routing:seed']);
      await m.upsert(RoutingRuleEntity, DEMO_ROUTING_RULES.map(toEntity), ['id']);
    });
    this.logger.log(`demo data loaded: ${DEMO_ROUTING_RULES.length} routing rules`);
  }
}

function toEntity(seed: RoutingRuleSeed): RoutingRuleEntity {
  return {
    id: seed.id,
    tenantId: seed.tenant,
    priority: seed.priority,
    procedureCodes: seed.match.procedureCodes ?? null,
    fieldCodes: seed.match.fieldCodes ?? null,
    level: seed.match.level ?? null,
    jurisdictionUnitCodes: seed.match.jurisdictionUnitCodes ?? null,
    targetKind: seed.target.kind,
    targetAgencyCode: seed.target.kind === 'AGENCY' ? seed.target.agencyCode : null,
    validFrom: seed.validFrom,
    validTo: null,
  };
}
