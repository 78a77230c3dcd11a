import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InboundClaims } from './inbound-claims';
import { NationalPortalRoutes } from './national-portal-routes';
import { PortalSyncResolver } from './portal-sync.resolver';

/** The National Public Service Portal: inbound online dossiers, and the sync state over GraphQL. */
@Module({
  imports: [AuthModule],
  providers: [InboundClaims, NationalPortalRoutes, PortalSyncResolver],
})
export class NationalPortalModule {}
