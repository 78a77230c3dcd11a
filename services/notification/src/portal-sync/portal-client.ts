import type { PortalSyncRequest } from '@motcua/contracts';
import type { PortalEndpoint } from './portal-sync.config';

/** POSTs one sync request to the portal; throws with the status and a bounded body on refusal. */
export async function sendToPortal(
  endpoint: PortalEndpoint,
  request: PortalSyncRequest,
  timeoutMs: number,
): Promise<void> {
  const auth = endpoint.bearerToken
    ? `Bearer ${endpoint.bearerToken}`
    : `Basic ${Buffer.from(endpoint.basicAuth ?? '').toString('base64')}`;
  const res = await fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: auth,
      // The portal may drop a repeat of the same version.
      'idempotency-key': `${request.dossier.code}:${request.version}`,
    },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (res.ok) {
    await res.body?.cancel();
    return;
  }
  const text = (await res.text().catch(() => '')).slice(0, 500);
  throw new Error(`portal answered ${res.status}: ${text}`);
}
