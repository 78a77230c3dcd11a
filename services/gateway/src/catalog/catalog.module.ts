import { Module } from '@nestjs/common';
import { BranchesResolver } from './branches.resolver';
import { ProceduresResolver } from './procedures.resolver';
import { TenantsResolver } from './tenants.resolver';

/** Reference data from the catalog service: tenants, branches, procedures. */
@Module({ providers: [TenantsResolver, BranchesResolver, ProceduresResolver] })
export class CatalogModule {}
