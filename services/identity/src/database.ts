import { IDENTITY_MIGRATIONS } from './migrations';
import { PersonEntity } from './people/person.entity';
import { StaffEntity } from './staff/staff.entity';

/** Identity owns the `identity` schema; its tables, and migrations in order. */
export const IDENTITY_DATABASE = {
  schema: 'identity',
  entities: [StaffEntity, PersonEntity],
  migrations: IDENTITY_MIGRATIONS,
};
