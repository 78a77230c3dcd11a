import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LiveConnections } from './live-connections';
import { LiveFeed } from './live-feed.service';
import { LiveResolver } from './live.resolver';

/** GraphQL subscriptions: dossier and queue updates fed from the dossier event stream. */
@Module({
  imports: [AuthModule],
  providers: [LiveFeed, LiveResolver, LiveConnections],
  exports: [LiveConnections, LiveFeed],
})
export class LiveModule {}
