import { Initial1795306122158 } from './1795306122158-initial';
import { StaffUnitsAndApiClients1795325475378 } from './1795325475378-staff-units-and-api-clients';
import { LoginSessions1795325770959 } from './1795325770959-login-sessions';
import { PlatformTokensAndPeople1795325827908 } from './1795325827908-platform-tokens-and-people';

export const IDENTITY_MIGRATIONS: Function[] = [
  Initial1795306122158,
  StaffUnitsAndApiClients1795325475378,
  LoginSessions1795325770959,
  PlatformTokensAndPeople1795325827908,
];
