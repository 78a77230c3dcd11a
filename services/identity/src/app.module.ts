import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule } from '@motcua/platform';
import { ApiClientsHandler } from './clients/api-clients.handler';
import { ApiClientsRepository } from './clients/api-clients.repository';
import { ApiClientsService } from './clients/api-clients.service';
import { IDENTITY_CONFIG, type IdentityConfig } from './config/identity.config';
import { IDENTITY_DATABASE } from './database';
import { GrantsHandler } from './grants/grants.handler';
import { GrantsService } from './grants/grants.service';
import { KeyRing } from './keys/key-ring.service';
import { KeysHandler } from './keys/keys.handler';
import { SigningKeysRepository } from './keys/signing-keys.repository';
import { LoginHandoffsRepository } from './login/login-handoffs.repository';
import { LoginHandoffs } from './login/login-handoffs.service';
import { LoginSessionsRepository } from './login/login-sessions.repository';
import { LoginHandler } from './login/login.handler';
import { LoginService } from './login/login.service';
import { UpstreamClients } from './login/upstream-clients';
import { PeopleRepository } from './people/people.repository';
import { PrincipalsService } from './principals/principals.service';
import { DemoSeeder } from './seed/demo-seeder.service';
import { StaffAccess } from './staff/staff-access';
import { StaffAdminHandler } from './staff/staff-admin.handler';
import { StaffAdminService } from './staff/staff-admin.service';
import { StaffRepository } from './staff/staff.repository';
import { UnitDirectory } from './staff/unit-directory.service';
import { AccessTokenVerifier } from './tokens/access-token.verifier';
import { IssuerKeys } from './tokens/issuer-keys';
import { PlatformTokenIssuer } from './tokens/platform-token.issuer';
import { RefreshTokensRepository } from './tokens/refresh-tokens.repository';
import { RefreshTokensService } from './tokens/refresh-tokens.service';
import { TokenHousekeeping } from './tokens/token-housekeeping.scheduler';

@Module({})
export class AppModule {
  static forRoot(config: IdentityConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ serviceName: 'identity', config, database: IDENTITY_DATABASE }),
        TypeOrmModule.forFeature(IDENTITY_DATABASE.entities),
      ],
      providers: [
        { provide: IDENTITY_CONFIG, useValue: config },
        IssuerKeys,
        AccessTokenVerifier,
        StaffRepository,
        PeopleRepository,
        PrincipalsService,
        SigningKeysRepository,
        KeyRing,
        KeysHandler,
        PlatformTokenIssuer,
        RefreshTokensRepository,
        RefreshTokensService,
        TokenHousekeeping,
        GrantsService,
        GrantsHandler,
        DemoSeeder,
        UpstreamClients,
        LoginSessionsRepository,
        LoginHandoffsRepository,
        LoginHandoffs,
        LoginService,
        LoginHandler,
        StaffAccess,
        UnitDirectory,
        StaffAdminService,
        StaffAdminHandler,
        ApiClientsRepository,
        ApiClientsService,
        ApiClientsHandler,
      ],
    };
  }
}
