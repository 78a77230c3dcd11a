import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CatalogChanged } from '@motcua/contracts';
import { OutboxWriter } from '@motcua/platform';
import { AgencyEntity } from '../agencies/agency.entity';
import { BranchEntity } from '../branches/branch.entity';
import { WorkingCalendarEntity } from '../calendars/working-calendar.entity';
import { CATALOG_CONFIG } from '../config/catalog.config';
import type { CatalogConfig } from '../config/catalog.config';
import { ProceduresService } from '../procedures/procedures.service';
import { demoProcedureRows } from './demo-procedure-rows';
import { TenantEntity } from '../tenants/tenant.entity';
import { AdministrativeUnitEntity } from '../units/administrative-unit.entity';
import { DEMO_AGENCIES, DEMO_BRANCHES, DEMO_CALENDARS, DEMO_TENANTS, DEMO_UNITS } from './index';

/**
 * Loads the demo reference data (four seed provinces) when MOTCUA_DEMO_SEED is on. Upserts, so
 * running it again changes nothing but what the seed files changed; announces the change so
 * other services drop their caches.
 */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly procedures: ProceduresService,
    @Inject(CATALOG_CONFIG) private readonly config: CatalogConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.MOTCUA_DEMO_SEED) return;
    await this.seed();
  }

  async seed(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // Serialise concurrent seeders (several replicas starting at once).
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['motcua:catalog:seed']);
      await m.upsert(
        TenantEntity,
        DEMO_TENANTS.map((t) => ({ ...t })),
        ['id'],
      );
      await m.upsert(
        AdministrativeUnitEntity,
        // successorCode is derived: the first of successorCodes.
        DEMO_UNITS.map(({ tenant, successorCode: _main, ...u }) => ({ ...u, tenantId: tenant })),
        ['tenantId', 'code'],
      );
      await m.upsert(
        AgencyEntity,
        DEMO_AGENCIES.map(({ tenant, ...a }) => ({ ...a, tenantId: tenant })),
        ['tenantId', 'code'],
      );
      await m.upsert(
        BranchEntity,
        DEMO_BRANCHES.map(({ tenant, ...b }) => ({ ...b, tenantId: tenant })),
        ['id'],
      );
      await m.upsert(
        WorkingCalendarEntity,
        DEMO_CALENDARS.map(({ tenant, ...c }) => ({ ...c, tenantId: tenant })),
        ['tenantId'],
      );
      for (const tenant of DEMO_TENANTS) await this.announce(m, tenant.id);
    });
    // Procedures go through the import path (validated, versioned): a demo procedure changed since
    // an earlier start becomes a new version from today, as an administrator would publish it.
    let procedures = 0;
    for (const tenant of DEMO_TENANTS) {
      const rows = demoProcedureRows(tenant.id).map((row, i) => ({ line: i + 1, row }));
      const results = await this.procedures.syncPublished(tenant.id, rows);
      const invalid = results.filter((r) => r.outcome === 'INVALID');
      if (invalid.length)
        throw new Error(
          `demo procedures of ${tenant.id} do not import: ${JSON.stringify(invalid.slice(0, 3))}`,
        );
      procedures += rows.length;
    }
    this.logger.log(
      `demo data loaded: ${DEMO_TENANTS.length} tenants, ${DEMO_BRANCHES.length} branches, ${DEMO_AGENCIES.length} agencies, ${procedures} procedures`,
    );
  }

  private async announce(m: EntityManager, tenant: string): Promise<void> {
    const entities: CatalogChanged['entity'][] = [
      'tenant',
      'unit',
      'agency',
      'branch',
      'procedure',
      'calendar',
    ];
    for (const entity of entities)
      await this.outbox.append(m, 'catalog.changed.v1', { entity, keys: [] }, { tenant });
  }
}
