import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { ROUTING_CONFIG, type RoutingConfig } from '../config/routing.config';
import { RoutingRulesRepository } from '../rules/routing-rules.repository';
import { toRuleEntity, type RuleDraft } from '../rules/rule-draft';
import { sameContent } from '../rules/rule-view';
import { RulesAdminService } from '../rules/rules-admin.service';
import { defaultDailyCapacity } from '../assignments/assignment-policy';
import { HandlerEntity } from '../handler-roster/handler.entity';
import { DEMO_HANDLERS } from './demo-handlers';
import { DEMO_ROUTING_RULES, type RoutingRuleSeed } from './demo-routing-rules';

/** Author of the rule versions the seed writes. */
export const DEMO_SEED_ACTOR = 'system:demo-seed';

/**
 * Loads the demo routing rules when MOTCUA_DEMO_SEED is on. A rule not stored yet becomes version
 * 1 from the seed's date; a rule whose latest version the seed wrote and the seed file changed
 * gets a new version from today (versions in force never change); a rule an administrator
 * changed is left to them. Demo handlers join the roster once. Running it again changes nothing.
 */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ROUTING_CONFIG) private readonly config: RoutingConfig,
    private readonly rules: RoutingRulesRepository,
    private readonly admin: RulesAdminService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.MOTCUA_DEMO_SEED) return;
    await this.seed();
  }

  async seed(): Promise<void> {
    let written = 0;
    await this.dataSource.transaction(async (m) => {
      // Serialise concurrent seeders (several replicas starting at once).
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['motcua:routing:seed']);
      for (const seed of DEMO_ROUTING_RULES) if (await this.sync(m, seed)) written += 1;
      // Handlers already on the roster are the administrators' to change.
      await m
        .createQueryBuilder()
        .insert()
        .into(HandlerEntity)
        .values(DEMO_HANDLERS.map((h) => toHandler(h, this.clock.now())))
        .orIgnore()
        .execute();
    });
    this.logger.log(
      `demo data loaded: ${DEMO_ROUTING_RULES.length} routing rules (${written} versions written), ${DEMO_HANDLERS.length} handlers`,
    );
  }

  private async sync(m: EntityManager, seed: RoutingRuleSeed): Promise<boolean> {
    const draft = toDraft(seed);
    const latest = await this.rules.lockLatest(m, seed.tenant, seed.id);
    if (!latest) {
      await this.rules.insert(
        m,
        toRuleEntity(seed.tenant, draft, 1, DEMO_SEED_ACTOR, this.clock.now()),
      );
      return true;
    }
    if (latest.createdBy !== DEMO_SEED_ACTOR || sameContent(latest, draft)) return false;
    try {
      await this.admin.writeVersion(
        m,
        seed.tenant,
        { ...draft, validFrom: this.admin.today() },
        DEMO_SEED_ACTOR,
      );
      return true;
    } catch (err) {
      // The latest version starts today or later: the seed change waits for the next start.
      if (!(DomainError.is(err) && err.code === ErrorCode.Conflict)) throw err;
      this.logger.warn(`demo rule ${seed.id} not updated: ${err.message}`);
      return false;
    }
  }
}

function toDraft(seed: RoutingRuleSeed): RuleDraft {
  return {
    id: seed.id,
    priority: seed.priority,
    match: {
      procedureCodes: seed.match.procedureCodes ?? null,
      fieldCodes: seed.match.fieldCodes ?? null,
      level: seed.match.level ?? null,
      channels: seed.match.channels ?? null,
      jurisdictionUnitCodes: seed.match.jurisdictionUnitCodes ?? null,
    },
    target: seed.target,
    validFrom: seed.validFrom,
    validTo: null,
  };
}

function toHandler(h: (typeof DEMO_HANDLERS)[number], now: Date): HandlerEntity {
  return {
    tenantId: h.tenant,
    subject: h.subject,
    displayName: h.displayName,
    agencyCode: h.agencyCode,
    fieldCodes: h.fieldCodes,
    areaKind: h.areaKind,
    dailyCapacity: defaultDailyCapacity(h.areaKind),
    active: true,
    updatedBy: DEMO_SEED_ACTOR,
    updatedAt: now,
  };
}
