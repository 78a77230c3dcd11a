import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from '../auth/caller';

/** The GraphQL context of one request; the access guard fills in `caller`. */
export interface GatewayContext {
  req: FastifyRequest;
  reply?: FastifyReply;
  caller?: Caller;
}
