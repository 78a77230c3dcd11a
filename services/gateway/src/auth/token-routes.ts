import { HttpException, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RpcClient } from '@motcua/platform';
import { requestTraceparent } from '../telemetry/request-span';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { PublicLookupLimiter } from '../throttling/public-lookup.limiter';
import { OAuthError, OAuthErrorCode, oauthErrorOf } from './oauth-error';
import { PlatformKeys } from './platform-keys.service';
import {
  revocationRequestOf,
  tokenRequestOf,
  tokenResponseBody,
  type TokenRequest,
} from './token-request';

/** Form bodies carry at most an upstream access token (8 KiB) and a few short parameters. */
const BODY_LIMIT = 16 * 1024;
/** A refresh token is opaque and short; anything JWT-shaped is an access token. */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const MAX_REFRESH_TOKEN_LENGTH = 256;

/**
 * The OAuth endpoints of the platform, in front of identity:
 * `POST /auth/token` (RFC 6749 with the token-exchange grant of RFC 8693),
 * `POST /auth/revoke` (RFC 7009, refresh tokens) and `GET /.well-known/jwks.json` (identity's
 * public keys). Token requests are limited per client address like the public lookups.
 */
@Injectable()
export class TokenRoutes implements OnModuleInit {
  private readonly logger = new Logger(TokenRoutes.name);
  private readonly limiter: PublicLookupLimiter;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly rpc: RpcClient,
    private readonly keys: PlatformKeys,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.limiter = new PublicLookupLimiter(config.TOKEN_REQUESTS_PER_MINUTE, 'token requests');
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      // Unreadable bodies (bad JSON, unsupported type, too large) answer OAuth errors too.
      instance.setErrorHandler((err: FastifyError, _req, reply) => this.fail(reply, err));
      instance.post('/auth/token', { bodyLimit: BODY_LIMIT }, (req, reply) =>
        this.token(req, reply),
      );
      instance.post('/auth/revoke', { bodyLimit: BODY_LIMIT }, (req, reply) =>
        this.revoke(req, reply),
      );
      instance.get('/.well-known/jwks.json', (_req, reply) => this.jwks(reply));
      done();
    });
  }

  private async token(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    let request: TokenRequest | undefined;
    try {
      await this.limiter.consume(req.ip);
      request = tokenRequestOf(req.body, req.headers.authorization);
      const response = await this.rpc.request(
        'identity.token.issue.v1',
        { grant: request.grant },
        { traceparent: requestTraceparent(req) },
      );
      return noStore(reply).code(200).send(tokenResponseBody(request.grant, response));
    } catch (err) {
      return this.fail(
        reply,
        err,
        request && { grantType: request.grant.grantType, basic: request.basic },
      );
    }
  }

  /** RFC 7009: 200 whether or not the token was known; access tokens cannot be revoked. */
  private async revoke(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    try {
      await this.limiter.consume(req.ip);
      const { token, hint } = revocationRequestOf(req.body);
      if (hint === 'access_token' || JWT_SHAPE.test(token))
        throw new OAuthError(
          OAuthErrorCode.UnsupportedTokenType,
          'Access tokens are short-lived and cannot be revoked; revoke the refresh token',
        );
      if (token.length <= MAX_REFRESH_TOKEN_LENGTH)
        await this.rpc.request(
          'identity.token.revoke.v1',
          { refreshToken: token },
          { traceparent: requestTraceparent(req) },
        );
      return noStore(reply).code(200).send();
    } catch (err) {
      return this.fail(reply, err);
    }
  }

  private async jwks(reply: FastifyReply): Promise<FastifyReply> {
    try {
      const keys = await this.keys.publicKeys();
      return reply
        .code(200)
        .header('cache-control', 'public, max-age=300')
        .header('content-type', 'application/jwk-set+json')
        .send({ keys });
    } catch (err) {
      return this.fail(reply, err);
    }
  }

  private fail(
    reply: FastifyReply,
    err: unknown,
    grant?: Parameters<typeof oauthErrorOf>[1],
  ): FastifyReply {
    const error = isClientHttpError(err)
      ? new OAuthError(OAuthErrorCode.InvalidRequest, 'The request body cannot be read')
      : oauthErrorOf(err, grant);
    if (error.status >= 500)
      this.logger.error(
        `token endpoint failed: ${err instanceof Error ? err.message : String(err)}`,
        err instanceof Error ? err.stack : undefined,
      );
    return noStore(reply).code(error.status).headers(error.headers).send(error.toBody());
  }
}

/** RFC 6749 §5.1: token answers (and their errors) must not be cached. */
const noStore = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-store').header('pragma', 'no-cache');

/** Fastify's own 4xx errors (body parsing, media type, size), as opposed to ours or a bug. */
function isClientHttpError(err: unknown): boolean {
  if (err instanceof HttpException) return err.getStatus() >= 400 && err.getStatus() < 500;
  if (!(err instanceof Error) || err instanceof OAuthError) return false;
  const status = (err as Partial<FastifyError>).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
