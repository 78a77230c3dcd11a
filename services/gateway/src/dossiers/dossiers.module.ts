import { Module } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { PublicLookupLimiter } from '../throttling/public-lookup.limiter';
import { DossierFormsResolver } from './dossier-forms.resolver';
import { DossiersResolver } from './dossiers.resolver';
import { PersonalDataAccessResolver } from './personal-data-access.resolver';

/** Dossiers from the reception service: submission, lifecycle steps, staff view, public tracking. */
@Module({
  providers: [
    DossiersResolver,
    DossierFormsResolver,
    PersonalDataAccessResolver,
    {
      provide: PublicLookupLimiter,
      useFactory: (config: GatewayConfig) =>
        new PublicLookupLimiter(config.PUBLIC_LOOKUPS_PER_MINUTE),
      inject: [GATEWAY_CONFIG],
    },
  ],
  // The tracking page counts against the same per-address limit as trackDossier.
  exports: [PublicLookupLimiter],
})
export class DossiersModule {}
