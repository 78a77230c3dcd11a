import type { Attachment } from '@motcua/contracts';
import type { AttachmentEntity } from './attachment.entity';

export function toAttachmentView(row: AttachmentEntity): Attachment {
  return {
    id: row.id,
    dossierCode: row.dossierCode,
    componentName: row.componentName,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    storedAt: row.storedAt?.toISOString() ?? null,
  };
}
