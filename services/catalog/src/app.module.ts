import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule } from '@motcua/platform';
import { AgenciesHandler } from './agencies/agencies.handler';
import { AgenciesService } from './agencies/agencies.service';
import { BranchesHandler } from './branches/branches.handler';
import { CalendarsHandler } from './calendars/calendars.handler';
import { CATALOG_CONFIG, type CatalogConfig } from './config/catalog.config';
import { CATALOG_DATABASE } from './database';
import { ProceduresHandler } from './procedures/procedures.handler';
import { ProceduresRepository } from './procedures/procedures.repository';
import { ProceduresService } from './procedures/procedures.service';
import { DemoSeeder } from './seed/demo-seeder.service';
import { TenantsHandler } from './tenants/tenants.handler';
import { TenantsService } from './tenants/tenants.service';
import { UnitsHandler } from './units/units.handler';
import { UnitsRepository } from './units/units.repository';
import { UnitsService } from './units/units.service';

@Module({})
export class AppModule {
  static forRoot(config: CatalogConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ serviceName: 'catalog', config, database: CATALOG_DATABASE }),
        TypeOrmModule.forFeature(CATALOG_DATABASE.entities),
      ],
      providers: [
        { provide: CATALOG_CONFIG, useValue: config },
        TenantsService,
        TenantsHandler,
        BranchesHandler,
        AgenciesService,
        AgenciesHandler,
        UnitsRepository,
        UnitsService,
        UnitsHandler,
        ProceduresRepository,
        ProceduresService,
        ProceduresHandler,
        CalendarsHandler,
        DemoSeeder,
      ],
    };
  }
}
