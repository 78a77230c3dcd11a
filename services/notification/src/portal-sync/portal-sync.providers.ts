import { PortalEndpoints } from './portal-endpoints';
import { PortalSyncHandler } from './portal-sync.handler';
import { PortalSyncRepository } from './portal-sync.repository';
import { PortalSyncRpcHandler } from './portal-sync.rpc-handler';
import { PortalSyncWorker } from './portal-sync.worker';

/** The national portal sync (DOMAIN §8), registered in the notification app module. */
export const PORTAL_SYNC_PROVIDERS = [
  PortalEndpoints,
  PortalSyncRepository,
  PortalSyncHandler,
  PortalSyncWorker,
  PortalSyncRpcHandler,
];
