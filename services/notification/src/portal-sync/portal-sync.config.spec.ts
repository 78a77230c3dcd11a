import { loadNotificationConfig } from '../config/notification.config';
import { PortalEndpoints } from './portal-endpoints';

const env = (extra: Record<string, string>) =>
  loadNotificationConfig({ DATABASE_URL: 'postgres://localhost/x', ...extra });

describe(PortalEndpoints.name, () => {
  it('is disabled without an endpoint', () => {
    const endpoints = new PortalEndpoints(env({}));
    expect(endpoints.anyConfigured).toBe(false);
    expect(endpoints.of('hanoi')).toBeNull();
  });

  it('takes a global endpoint with one kind of credentials, overridden per tenant', () => {
    const endpoints = new PortalEndpoints(
      env({
        PORTAL_SYNC_URL: 'https://dvc.example.vn/sync',
        PORTAL_SYNC_BEARER_TOKEN: 't',
        PORTAL_SYNC_ENDPOINTS: JSON.stringify({
          hcmc: { url: 'https://hcm.example.vn/sync', basicAuth: 'u:p' },
        }),
      }),
    );
    expect(endpoints.of('hanoi')).toEqual({ url: 'https://dvc.example.vn/sync', bearerToken: 't' });
    expect(endpoints.of('hcmc')?.basicAuth).toBe('u:p');
    expect(endpoints.tenants()).toBe('all');
  });

  it('refuses at boot an endpoint without credentials, or with both kinds', () => {
    expect(() => new PortalEndpoints(env({ PORTAL_SYNC_URL: 'https://dvc.example.vn' }))).toThrow(
      'exactly one',
    );
    expect(
      () =>
        new PortalEndpoints(
          env({
            PORTAL_SYNC_URL: 'https://dvc.example.vn',
            PORTAL_SYNC_BEARER_TOKEN: 't',
            PORTAL_SYNC_BASIC_AUTH: 'u:p',
          }),
        ),
    ).toThrow('exactly one');
    expect(() => new PortalEndpoints(env({ PORTAL_SYNC_BEARER_TOKEN: 't' }))).toThrow(
      'without PORTAL_SYNC_URL',
    );
    expect(() =>
      env({ PORTAL_SYNC_ENDPOINTS: JSON.stringify({ hanoi: { url: 'ftp://x' } }) }),
    ).toThrow();
  });
});
