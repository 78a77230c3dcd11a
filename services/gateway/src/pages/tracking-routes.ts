import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { RpcClient } from '@motcua/platform';
import { requestTraceparent } from '../telemetry/request-span';
import { PublicLookupLimiter } from '../throttling/public-lookup.limiter';
import { sendPage } from './page-security';
import { PageTenantResolver } from './page-tenant';
import { queryField } from './request-fields';
import { FORM_MESSAGES, trackingFormOf } from './tracking-form';
import { TRACKING_PATH, trackingPage, type TrackingPageState } from './tracking-page';

/** Form posts hold two short fields and the tenant. */
const BODY_LIMIT = 4 * 1024;

export const LOOKUP_MESSAGES = {
  // One message for an unknown code and a wrong phone: the page must not tell which.
  notFound: 'Không tìm thấy hồ sơ với mã hồ sơ và số điện thoại đã nhập. Vui lòng kiểm tra lại.',
  throttled: 'Quá nhiều yêu cầu tra cứu từ địa chỉ của bạn. Vui lòng thử lại sau ít phút.',
  unavailable: 'Hệ thống đang bận, chưa tra cứu được. Vui lòng thử lại sau.',
} as const;

/** The page's status and message for the errors a lookup may meet; others are unexpected. */
const LOOKUP_FAILURES: Partial<Record<ErrorCode, { status: number; message: string }>> = {
  [ErrorCode.NotFound]: { status: 404, message: LOOKUP_MESSAGES.notFound },
  [ErrorCode.TenantUnknown]: { status: 404, message: LOOKUP_MESSAGES.notFound },
  [ErrorCode.RateLimited]: { status: 429, message: LOOKUP_MESSAGES.throttled },
  [ErrorCode.Timeout]: { status: 503, message: LOOKUP_MESSAGES.unavailable },
  [ErrorCode.Unavailable]: { status: 503, message: LOOKUP_MESSAGES.unavailable },
};

const lookupFailure = (err: unknown) =>
  DomainError.is(err) ? LOOKUP_FAILURES[err.code] : undefined;

/**
 * `GET /tra-cuu` shows the public tracking form and `POST /tra-cuu` answers it, server-side and
 * without script: the same reception lookup as GraphQL `trackDossier`, limited per client address
 * like it (PUBLIC_LOOKUPS_PER_MINUTE).
 */
@Injectable()
export class TrackingRoutes implements OnModuleInit {
  private readonly logger = new Logger(TrackingRoutes.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly rpc: RpcClient,
    private readonly tenants: PageTenantResolver,
    /** The same per-address count as trackDossier: the page is no way around the limit. */
    private readonly limiter: PublicLookupLimiter,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      // An unreadable post (too large, another content type) answers the page, not JSON.
      instance.setErrorHandler((err: FastifyError, _req, reply) =>
        sendPage(
          reply,
          err.statusCode && err.statusCode < 500 ? err.statusCode : 400,
          trackingPage({ message: FORM_MESSAGES.unreadable }),
        ),
      );
      instance.get(TRACKING_PATH, (req, reply) => this.form(req, reply));
      instance.post(TRACKING_PATH, { bodyLimit: BODY_LIMIT }, (req, reply) =>
        this.lookup(req, reply),
      );
      done();
    });
  }

  private async form(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const tenant = await this.tenants.resolve(req, queryField(req.query, 'tenant'));
    if (!tenant.ok) return sendPage(reply, 400, trackingPage({ message: tenant.message }));
    return sendPage(reply, 200, trackingPage({ tenant: tenant.tenant }));
  }

  private async lookup(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const body: unknown = req.body;
    const tenant = await this.tenants.resolve(req, queryField(body, 'tenant'));
    if (!tenant.ok) return sendPage(reply, 400, trackingPage({ message: tenant.message }));
    const form = trackingFormOf(body);
    if (!form.ok)
      return sendPage(
        reply,
        400,
        trackingPage({ tenant: tenant.tenant, code: form.code, message: form.message }),
      );
    const state: TrackingPageState = { tenant: tenant.tenant, code: form.query.code };
    try {
      await this.limiter.consume(req.ip);
      const tracking = await this.rpc.request('reception.dossier.track.v1', form.query, {
        tenant: tenant.tenant,
        traceparent: requestTraceparent(req),
      });
      return sendPage(reply, 200, trackingPage({ ...state, tracking }));
    } catch (err) {
      const failure = lookupFailure(err);
      if (!failure) {
        this.logger.error(
          `tracking lookup failed: ${err instanceof Error ? err.message : String(err)}`,
          err instanceof Error ? err.stack : undefined,
        );
      }
      const { status, message } = failure ?? { status: 500, message: LOOKUP_MESSAGES.unavailable };
      if (status === 429) reply.header('retry-after', '60');
      return sendPage(reply, status, trackingPage({ ...state, message }));
    }
  }
}
