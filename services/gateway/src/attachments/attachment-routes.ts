import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { Clock, RpcClient } from '@motcua/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { httpStatusOf } from './attachment-http-status';
import { AttachmentStore } from './attachment-store';
import { verifyAttachmentToken, type AttachmentClaims } from './attachment-token';
import { MeteredUpload } from './metered-upload';
import { UploadRefused } from './upload-refused';

// A wildcard, not `:token`: Fastify caps named parameters at 100 characters (maxParamLength).
type TokenRequest = FastifyRequest<{ Params: { '*': string } }>;

/**
 * `PUT /attachments/:token` streams a scan into the object store and `GET /attachments/:token`
 * streams it back: the bytes never cross NATS request/reply. The signed token is the authorization.
 */
@Injectable()
export class AttachmentRoutes implements OnModuleInit {
  private readonly logger = new Logger(AttachmentRoutes.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly store: AttachmentStore,
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register((instance, _opts, done) => {
      // Bodies reach the handler unread, as the raw stream, whatever their type.
      instance.removeAllContentTypeParsers();
      instance.addContentTypeParser('*', (_req, payload, parsed) => parsed(null, payload));
      instance.put('/attachments/*', (req: TokenRequest, reply) => this.upload(req, reply));
      instance.get('/attachments/*', (req: TokenRequest, reply) => this.download(req, reply));
      done();
    });
  }

  private async upload(req: TokenRequest, reply: FastifyReply): Promise<FastifyReply> {
    const claims = this.claims(req, 'upload');
    if (!claims) return this.refuse(req, reply, new UploadRefused(403, 'invalid or expired link'));
    const declaredLength = Number(req.headers['content-length'] ?? 0);
    if (declaredLength > claims.maxSize)
      return this.refuse(req, reply, new UploadRefused(413, `larger than ${claims.maxSize} bytes`));
    try {
      if (await this.store.exists(claims.attachmentId))
        throw new UploadRefused(409, 'this attachment is already uploaded');
      const upload = new MeteredUpload(req.body as Readable, claims.contentType, claims.maxSize);
      await this.store.put(claims.attachmentId, upload.stream).catch((err: unknown) => {
        throw upload.refusal() ?? err;
      });
      const attachment = await this.rpc.request(
        'reception.attachment.complete.v1',
        { attachmentId: claims.attachmentId, ...upload.measure() },
        { tenant: claims.tenant },
      );
      return reply.code(200).send(attachment);
    } catch (err) {
      if (err instanceof UploadRefused) return this.refuse(req, reply, err);
      if (err instanceof DomainError)
        return reply.code(httpStatusOf(err.code)).send({ code: err.code, message: err.message });
      throw err;
    }
  }

  private async download(req: TokenRequest, reply: FastifyReply): Promise<FastifyReply> {
    const claims = this.claims(req, 'download');
    if (!claims)
      return reply
        .code(403)
        .send({ code: ErrorCode.Forbidden, message: 'invalid or expired link' });
    const data = await this.store.get(claims.attachmentId);
    if (!data)
      return reply
        .code(404)
        .send({ code: ErrorCode.NotFound, message: 'the attachment is not stored' });
    return reply
      .header('content-type', claims.contentType)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(Readable.fromWeb(data as Parameters<typeof Readable.fromWeb>[0]));
  }

  private claims(req: TokenRequest, action: AttachmentClaims['action']) {
    return verifyAttachmentToken(
      req.params['*'],
      this.config.attachmentSigningKey,
      action,
      this.clock.now(),
    );
  }

  /** Answers the refusal and drops the connection rather than reading an unwanted body. */
  private refuse(req: TokenRequest, reply: FastifyReply, refusal: UploadRefused): FastifyReply {
    this.logger.warn(`upload refused (${refusal.status}): ${refusal.message}`);
    const body = req.body as Readable | undefined;
    body?.resume();
    return reply
      .code(refusal.status)
      .header('connection', 'close')
      .send({ code: refusal.code, message: refusal.message });
  }
}
