import { AgencyEntity } from './agencies/agency.entity';
import { BranchEntity } from './branches/branch.entity';
import { WorkingCalendarEntity } from './calendars/working-calendar.entity';
import { ProcedureEntity } from './procedures/procedure.entity';
import { TenantEntity } from './tenants/tenant.entity';
import { AdministrativeUnitEntity } from './units/administrative-unit.entity';
import { CATALOG_MIGRATIONS } from './migrations';

/** The catalog owns the `catalog` schema; its tables, and migrations in order. */
export const CATALOG_DATABASE = {
  schema: 'catalog',
  entities: [
    TenantEntity,
    AdministrativeUnitEntity,
    AgencyEntity,
    BranchEntity,
    ProcedureEntity,
    WorkingCalendarEntity,
  ],
  migrations: CATALOG_MIGRATIONS,
};
