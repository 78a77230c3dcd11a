import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RpcClient } from '@motcua/platform';
import { requestTraceparent } from '../telemetry/request-span';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { PublicLookupLimiter } from '../throttling/public-lookup.limiter';
import { SignInError, signInErrorOf, signInErrorPage } from './sign-in-error';
import { signInStartOf } from './sign-in-request';

export const CALLBACK_PATH = '/auth/callback';

/**
 * Browser sign-in through the national e-ID or a tenant's staff IdP (identity does the OpenID
 * Connect part): `GET /auth/login` sends the browser to the provider, `GET /auth/callback`
 * takes it back and on to the app with a one-time code, which the app redeems at
 * `POST /auth/token` (grant_type=authorization_code) with its PKCE verifier.
 */
@Injectable()
export class SignInRoutes implements OnModuleInit {
  private readonly logger = new Logger(SignInRoutes.name);
  private readonly limiter: PublicLookupLimiter;
  private readonly callbackUrl: string;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.limiter = new PublicLookupLimiter(config.SIGN_IN_REQUESTS_PER_MINUTE, 'sign-ins');
    this.callbackUrl = `${config.publicUrl}${CALLBACK_PATH}`;
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      instance.get('/auth/login', (req, reply) => this.login(req, reply));
      instance.get(CALLBACK_PATH, (req, reply) => this.callback(req, reply));
      done();
    });
  }

  private async login(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    try {
      await this.limiter.consume(req.ip);
      const start = signInStartOf(req.query);
      const { authorizationUrl } = await this.rpc.request(
        'identity.login.start.v1',
        { ...start, callbackUrl: this.callbackUrl },
        { traceparent: requestTraceparent(req) },
      );
      return redirect(reply, authorizationUrl);
    } catch (err) {
      return this.fail(req, reply, err);
    }
  }

  private async callback(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    try {
      // The URL the provider redirected to, on the registered address whatever Host said.
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      const { redirectTo } = await this.rpc.request(
        'identity.login.complete.v1',
        { callbackUrl: `${this.callbackUrl}${query}` },
        { traceparent: requestTraceparent(req) },
      );
      return redirect(reply, redirectTo);
    } catch (err) {
      return this.fail(req, reply, err);
    }
  }

  private fail(req: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply {
    const error = signInErrorOf(err);
    if (error.status >= 500 && !(err instanceof SignInError))
      this.logger.error(
        `sign-in failed: ${err instanceof Error ? err.message : String(err)}`,
        err instanceof Error ? err.stack : undefined,
      );
    noStore(reply).code(error.status);
    return prefersHtml(req)
      ? reply.type('text/html; charset=utf-8').send(signInErrorPage(error))
      : reply.send({ error: error.error, error_description: error.description });
  }
}

/** 302 to the provider or the app; the URL carries codes, so nothing caches it or leaks it on. */
const redirect = (reply: FastifyReply, location: string) =>
  noStore(reply).header('referrer-policy', 'no-referrer').redirect(location, 302);

const noStore = (reply: FastifyReply) =>
  reply.header('cache-control', 'no-store').header('pragma', 'no-cache');

/** Browsers ask for HTML first; scripts and apps get JSON. */
function prefersHtml(req: FastifyRequest): boolean {
  return (req.headers.accept ?? '').split(',')[0]?.trim().startsWith('text/html') ?? false;
}
