import type { z } from 'zod';
import { alertsRpc } from './rpc/alerts';
import { catalogRpc } from './rpc/catalog';
import { identityRpc } from './rpc/identity';
import { interAgencyRpc } from './rpc/inter-agency';
import { portalSyncRpc } from './rpc/portal-sync';
import { notificationDeliveriesRpc } from './rpc/notification-deliveries';
import { notificationTemplatesRpc } from './rpc/notification-templates';
import { receptionRpc } from './rpc/reception';
import { reportsRpc } from './rpc/reports';
import { queueTicketsRpc } from './rpc/queue-tickets';
import { routingRpc } from './rpc/routing';

/**
 * Every request/reply subject (`<service>.<entity>.<verb>.v<n>`) with its request and response
 * schema. `tenantScoped` subjects require the `x-tenant` header. A published contract never
 * changes in place: add a `.v2` subject.
 */
export const RPC = {
  ...catalogRpc,
  ...receptionRpc,
  ...reportsRpc,
  ...queueTicketsRpc,
  ...identityRpc,
  ...routingRpc,
  ...alertsRpc,
  ...interAgencyRpc,
  ...portalSyncRpc,
  ...notificationDeliveriesRpc,
  ...notificationTemplatesRpc,
} as const;
export type RpcSubject = keyof typeof RPC;
/** What the caller sends (before defaults are applied). */
export type RpcRequest<S extends RpcSubject> = z.input<(typeof RPC)[S]['request']>;
/** What the handler receives (after validation and defaults). */
export type RpcParsedRequest<S extends RpcSubject> = z.output<(typeof RPC)[S]['request']>;
export type RpcResponse<S extends RpcSubject> = z.output<(typeof RPC)[S]['response']>;
export const RPC_SUBJECTS = Object.keys(RPC) as RpcSubject[];
