import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock, PlatformModule } from '@motcua/platform';
import { IDENTITY_CONFIG, type IdentityConfig } from './config/identity.config';
import { IDENTITY_DATABASE } from './database';
import { PeopleRepository } from './people/people.repository';
import { PrincipalCache } from './principals/principal-cache';
import { PrincipalsHandler } from './principals/principals.handler';
import { PrincipalsService } from './principals/principals.service';
import { DemoSeeder } from './seed/demo-seeder.service';
import { StaffRepository } from './staff/staff.repository';
import { AccessTokenVerifier } from './tokens/access-token.verifier';
import { IssuerKeys } from './tokens/issuer-keys';

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
        {
          provide: PrincipalCache,
          inject: [Clock],
          useFactory: (clock: Clock) =>
            new PrincipalCache(
              {
                ttlSeconds: config.IDENTITY_PRINCIPAL_CACHE_TTL_S,
                maxEntries: config.IDENTITY_PRINCIPAL_CACHE_SIZE,
              },
              clock,
            ),
        },
        IssuerKeys,
        AccessTokenVerifier,
        StaffRepository,
        PeopleRepository,
        PrincipalsService,
        PrincipalsHandler,
        DemoSeeder,
      ],
    };
  }
}
