import { Module, type Provider } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { NATS_CONNECTION } from '@motcua/platform';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { AttachmentRoutes } from './attachment-routes';
import { AttachmentStore } from './attachment-store';
import { AttachmentsResolver } from './attachments.resolver';
import { NatsAttachmentStore } from './nats-attachment-store';
import { S3AttachmentStore } from './s3-attachment-store';

/** The store `ATTACHMENT_STORE` names: the NATS object store by default, S3 in production. */
const attachmentStoreProvider: Provider = {
  provide: AttachmentStore,
  inject: [GATEWAY_CONFIG, NATS_CONNECTION],
  useFactory: (config: GatewayConfig, nc: NatsConnection): AttachmentStore =>
    config.attachmentStore.kind === 's3'
      ? new S3AttachmentStore(config.attachmentStore, config.MOTCUA_SUBJECT_PREFIX)
      : new NatsAttachmentStore(nc, config.MOTCUA_SUBJECT_PREFIX),
};

/** Scanned components: signed URLs over GraphQL, bytes over plain HTTP into the object store. */
@Module({ providers: [AttachmentsResolver, attachmentStoreProvider, AttachmentRoutes] })
export class AttachmentsModule {}
