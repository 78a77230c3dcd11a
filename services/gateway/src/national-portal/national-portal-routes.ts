import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, IntegratorScope, parseOrThrow } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { bearerToken } from '../auth/bearer-token';
import { actorOf } from '../auth/caller';
import { PlatformTokenVerifier } from '../auth/platform-token.verifier';
import { requestTraceparent } from '../telemetry/request-span';
import { InboundClaims } from './inbound-claims';
import { inboundDossierSchema } from './inbound-dossier.schema';
import { inboundHttpStatus } from './inbound-http-status';

/**
 * `POST /national-portal/dossiers`: the national portal delivers a dossier submitted online
 * there (DOMAIN §8). A platform access token of an API client with `dossier:submit`; the body
 * becomes reception's ONLINE submission with the portal's dossier id as idempotency key.
 * 201 with the provincial code, 200 on a repeat, 400 with field errors, 401/403; never a stack.
 */
@Injectable()
export class NationalPortalRoutes implements OnModuleInit {
  private readonly logger = new Logger(NationalPortalRoutes.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: PlatformTokenVerifier,
    private readonly rpc: RpcClient,
    private readonly claims: InboundClaims,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      // Unreadable bodies (bad JSON, unsupported type, too large) answer our error shape too.
      instance.setErrorHandler((err: FastifyError, _req, reply) => this.unreadable(reply, err));
      instance.post('/national-portal/dossiers', (req, reply) => this.receive(req, reply));
      done();
    });
  }

  private unreadable(reply: FastifyReply, err: FastifyError): FastifyReply {
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500)
      return reply.code(status).send({ code: ErrorCode.BadRequest, message: err.message });
    this.logger.error(`inbound national portal request failed: ${err.message}`);
    return reply
      .code(500)
      .send({ code: ErrorCode.Internal, message: 'internal error; retry later' });
  }

  private async receive(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token) throw new DomainError(ErrorCode.Unauthenticated, 'Bearer access token required');
      const principal = await this.tokens.verify(token);
      if (
        principal.kind !== 'INTEGRATOR' ||
        !principal.scopes.includes(IntegratorScope.DossierSubmit)
      )
        throw new DomainError(
          ErrorCode.Forbidden,
          `only API clients granted ${IntegratorScope.DossierSubmit} deliver dossiers`,
        );
      const { portalDossierId, ...submission } = parseOrThrow(
        inboundDossierSchema,
        req.body ?? {},
        'dossier',
      );
      const dossier = await this.rpc.request(
        'reception.dossier.submit.v1',
        { ...submission, idempotencyKey: portalDossierId, channel: 'ONLINE' },
        {
          tenant: principal.tenant,
          actor: actorOf(principal),
          traceparent: requestTraceparent(req),
        },
      );
      const first = await this.claims.claim(principal.tenant, portalDossierId, dossier.code);
      return reply.code(first ? 201 : 200).send({
        code: dossier.code,
        portalDossierId,
        status: dossier.status,
        nationalStatusCode: dossier.nationalStatusCode,
      });
    } catch (err) {
      if (err instanceof DomainError)
        return reply.code(inboundHttpStatus(err.code)).send(err.toBody());
      this.logger.error(
        `inbound national portal dossier failed: ${err instanceof Error ? err.message : String(err)}`,
      );
      return reply
        .code(500)
        .send({ code: ErrorCode.Internal, message: 'internal error; retry later' });
    }
  }
}
