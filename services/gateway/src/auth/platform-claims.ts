import type { JWTPayload } from 'jose';
import {
  integratorScopeSchema,
  platformTokenClaimsSchema,
  type IntegratorScope,
  type Principal,
} from '@motcua/contracts';
import { platformTokenErrors } from './platform-token.errors';

/**
 * The principal a verified platform token describes. Each kind keeps only what belongs to it
 * (staff roles and units, a citizen's personal ID and assurance, an integrator's scopes), so a
 * claim in the wrong place never grants anything.
 */
export function principalOfClaims(payload: JWTPayload): Principal {
  const parsed = platformTokenClaimsSchema.safeParse(payload);
  const { sub, exp } = payload;
  if (!parsed.success || typeof sub !== 'string' || sub === '' || typeof exp !== 'number')
    throw platformTokenErrors.badClaims();
  const claims = parsed.data;
  // Staff and integrators act in their own tenant; citizens in the one a request names.
  if (claims.kind !== 'CITIZEN' && claims.tenant === '') throw platformTokenErrors.badClaims();
  const staff = claims.kind === 'STAFF';
  const citizen = claims.kind === 'CITIZEN';
  return {
    kind: claims.kind,
    subject: sub,
    tenant: citizen ? '' : claims.tenant,
    displayName: claims.name,
    roles: staff ? claims.roles : [],
    branchIds: staff ? claims.branches : [],
    agencyCodes: staff ? claims.agencies : [],
    personalId: citizen ? (claims.pid ?? null) : null,
    assurance: citizen ? (claims.acr ?? null) : null,
    scopes: claims.kind === 'INTEGRATOR' ? scopesOf(claims.scope) : [],
    expiresAt: exp,
  };
}

/** Space-separated scopes (RFC 8693); names the platform does not know grant nothing. */
function scopesOf(scope: string | undefined): IntegratorScope[] {
  const names = new Set((scope ?? '').split(' ').filter(Boolean));
  return [...names].filter((s): s is IntegratorScope => integratorScopeSchema.safeParse(s).success);
}
