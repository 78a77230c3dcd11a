import { Module } from '@nestjs/common';
import { AttachmentRoutes } from './attachment-routes';
import { AttachmentStore } from './attachment-store.service';
import { AttachmentsResolver } from './attachments.resolver';

/** Scanned components: signed URLs over GraphQL, bytes over plain HTTP into the object store. */
@Module({ providers: [AttachmentsResolver, AttachmentStore, AttachmentRoutes] })
export class AttachmentsModule {}
