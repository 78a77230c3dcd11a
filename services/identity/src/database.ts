import { ApiClientEntity } from './clients/api-client.entity';
import { LoginHandoffEntity } from './login/login-handoff.entity';
import { LoginSessionEntity } from './login/login-session.entity';
import { SigningKeyEntity } from './keys/signing-key.entity';
import { IDENTITY_MIGRATIONS } from './migrations';
import { PersonLoginEntity } from './people/person-login.entity';
import { PersonEntity } from './people/person.entity';
import { StaffChangeEntity } from './staff/staff-change.entity';
import { StaffEntity } from './staff/staff.entity';
import { RefreshTokenEntity } from './tokens/refresh-token.entity';

/** Identity owns the `identity` schema; its tables, and migrations in order. */
export const IDENTITY_DATABASE = {
  schema: 'identity',
  entities: [
    StaffEntity,
    PersonEntity,
    StaffChangeEntity,
    ApiClientEntity,
    LoginSessionEntity,
    LoginHandoffEntity,
    PersonLoginEntity,
    SigningKeyEntity,
    RefreshTokenEntity,
  ],
  migrations: IDENTITY_MIGRATIONS,
};
