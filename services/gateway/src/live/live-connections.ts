import { Injectable, Logger } from '@nestjs/common';
import type { MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '@motcua/contracts';
import { bearerToken } from '../auth/bearer-token';
import { PlatformTokenVerifier } from '../auth/platform-token.verifier';
import type { GatewayContext } from '../graphql/gateway-context';

/** Server pings keep idle sockets open through proxies. */
const KEEP_ALIVE_MS = 30_000;

type SubscriptionOptions = Exclude<MercuriusDriverConfig['subscription'], boolean | undefined>;

/**
 * The `connection_init` payload as headers: `{ authorization, 'x-tenant' }` (or the same under
 * `headers`), names lower-cased in place. Mercurius copies these onto the WebSocket's request
 * (never over a header the upgrade request carried), where the access guard reads them for each
 * subscription, as for a query.
 */
export function connectionHeaders(payload: unknown): Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null) return {};
  const holder = payload as Record<string, unknown>;
  const nested = holder.headers;
  const headers =
    typeof nested === 'object' && nested !== null ? (nested as Record<string, unknown>) : holder;
  for (const name of Object.keys(headers)) {
    const lower = name.toLowerCase();
    if (lower === name) continue;
    headers[lower] = headers[name];
    delete headers[name];
  }
  return headers;
}

/** WebSocket subscriptions (graphql-ws and the legacy protocol): sign-in checked at connection_init. */
@Injectable()
export class LiveConnections {
  private readonly logger = new Logger(LiveConnections.name);

  constructor(private readonly tokens: PlatformTokenVerifier) {}

  options(): SubscriptionOptions {
    return {
      context: (_socket: unknown, req: FastifyRequest): GatewayContext => ({ req }),
      onConnect: (data: { payload: unknown }) => this.accept(data.payload),
      keepAlive: KEEP_ALIVE_MS,
    };
  }

  /**
   * Whether the connection may open: without an authorization it is anonymous (only public
   * subscriptions such as queueBoardUpdated then pass the access guard); with one, its platform
   * token must verify. Refused connections are closed.
   */
  async accept(payload: unknown): Promise<boolean> {
    try {
      const authorization = connectionHeaders(payload).authorization;
      if (authorization === undefined) return true;
      const token = bearerToken(typeof authorization === 'string' ? authorization : undefined);
      if (!token) return false;
      await this.tokens.verify(token);
      return true;
    } catch (err) {
      if (!DomainError.is(err)) this.logger.error(`connection refused: ${String(err)}`);
      return false;
    }
  }
}
