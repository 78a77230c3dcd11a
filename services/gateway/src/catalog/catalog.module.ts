import { Module } from '@nestjs/common';
import { AgenciesResolver } from './agencies.resolver';
import { BranchesResolver } from './branches.resolver';
import { CalendarsResolver } from './calendars.resolver';
import { ProcedureAdminResolver } from './procedure-admin.resolver';
import { ProceduresResolver } from './procedures.resolver';
import { TenantsResolver } from './tenants.resolver';
import { UnitsResolver } from './units.resolver';

/**
 * Reference data from the catalog service: tenants, administrative units, branches, agencies,
 * procedures and their upkeep, the working calendar.
 */
@Module({
  providers: [
    TenantsResolver,
    UnitsResolver,
    BranchesResolver,
    AgenciesResolver,
    ProceduresResolver,
    ProcedureAdminResolver,
    CalendarsResolver,
  ],
})
export class CatalogModule {}
