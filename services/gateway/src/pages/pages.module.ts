import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DossiersModule } from '../dossiers/dossiers.module';
import { PageAssetRoutes } from './page-asset-routes';
import { PageTenantResolver } from './page-tenant';
import { QueueBoardRoutes } from './queue-board-routes';
import { TrackingRoutes } from './tracking-routes';

/**
 * Pages a person looks at, in Vietnamese: public dossier tracking (GET/POST /tra-cuu) and the
 * queue display board of a branch (GET /man-hinh-cho). See docs/pages.md.
 */
@Module({
  imports: [AuthModule, DossiersModule],
  providers: [PageTenantResolver, TrackingRoutes, QueueBoardRoutes, PageAssetRoutes],
})
export class PagesModule {}
