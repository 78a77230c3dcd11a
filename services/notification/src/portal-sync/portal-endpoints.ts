import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATION_CONFIG, type NotificationConfig } from '../config/notification.config';
import { globalPortalEndpoint, type PortalEndpoint } from './portal-sync.config';

/** The portal endpoint of each tenant (its own, else the global one); validated at boot. */
@Injectable()
export class PortalEndpoints {
  private readonly global: PortalEndpoint | null;
  private readonly perTenant: Record<string, PortalEndpoint>;

  constructor(@Inject(NOTIFICATION_CONFIG) config: NotificationConfig) {
    this.global = globalPortalEndpoint(config);
    this.perTenant = config.PORTAL_SYNC_ENDPOINTS ?? {};
  }

  of(tenant: string): PortalEndpoint | null {
    return this.perTenant[tenant] ?? this.global;
  }

  /** Sync runs at all. */
  get anyConfigured(): boolean {
    return this.global !== null || Object.keys(this.perTenant).length > 0;
  }

  /** Tenants the worker serves: all with a global endpoint, else those configured. */
  tenants(): string[] | 'all' {
    return this.global ? 'all' : Object.keys(this.perTenant);
  }
}
