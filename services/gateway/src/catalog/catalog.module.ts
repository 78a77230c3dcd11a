import { Module } from '@nestjs/common';
import { BranchesResolver } from './branches.resolver';
import { ProcedureAdminResolver } from './procedure-admin.resolver';
import { ProceduresResolver } from './procedures.resolver';
import { TenantsResolver } from './tenants.resolver';

/** Reference data from the catalog service: tenants, branches, procedures and their upkeep. */
@Module({
  providers: [TenantsResolver, BranchesResolver, ProceduresResolver, ProcedureAdminResolver],
})
export class CatalogModule {}
