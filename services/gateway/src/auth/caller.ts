import type { Actor, IntegratorScope, Principal } from '@motcua/contracts';
import type { RpcCallOptions } from '@motcua/platform';

/** Who is calling and for which tenant, settled by the access guard before a resolver runs. */
export interface Caller {
  /** Null for anonymous callers of public operations. */
  principal: Principal | null;
  /** The tenant the operation runs in; set whenever the operation's policy needs one. */
  tenant: string | undefined;
  /** The gateway's span of this request (W3C traceparent), parent of every RPC it makes. */
  traceparent: string | undefined;
  /** The client's address (behind a proxy: from X-Forwarded-For, Fastify's trustProxy). */
  clientAddress: string;
}

/** Whether the caller is an API client granted `scope`. */
export function holdsScope(caller: Caller, scope: IntegratorScope): boolean {
  return caller.principal?.kind === 'INTEGRATOR' && caller.principal.scopes.includes(scope);
}

/** The actor reception and the others record: never more than they need of the principal. */
export function actorOf(principal: Principal): Actor {
  return {
    kind: principal.kind,
    subject: principal.subject,
    tenant: principal.tenant,
    roles: [...principal.roles],
    branchIds: [...principal.branchIds],
    // Reception checks an agency's staff against the dossier's competent agency.
    agencyCodes: [...principal.agencyCodes],
    personalId: principal.personalId ?? undefined,
    assurance: principal.assurance ?? undefined,
    scopes: [...principal.scopes],
    displayName: principal.displayName,
  };
}

/** NATS headers of a request made on the caller's behalf: tenant, actor and trace. */
export function callOptions(caller: Caller): RpcCallOptions {
  return {
    tenant: caller.tenant,
    traceparent: caller.traceparent,
    actor: caller.principal ? actorOf(caller.principal) : undefined,
  };
}
