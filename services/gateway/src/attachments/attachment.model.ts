import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { attachmentStatusSchema, type Attachment, type AttachmentStatus } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';

export const AttachmentStatusEnum = attachmentStatusSchema.enum;
registerEnumType(AttachmentStatusEnum, {
  name: 'AttachmentStatus',
  description: 'PENDING until the bytes are uploaded, then STORED.',
});

/** A scanned component of a dossier; download it through `attachmentDownloadUrl`. */
@ObjectType('Attachment')
export class AttachmentModel {
  @Field(() => String)
  id!: string;

  @Field(() => String, { description: 'The procedure component the scan stands for.' })
  componentName!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'MIME type, checked against the bytes.' })
  contentType!: string;

  @Field(() => Int, { description: 'Bytes.' })
  size!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the stored bytes (hex).' })
  sha256!: string | null;

  @Field(() => AttachmentStatusEnum)
  status!: AttachmentStatus;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  storedAt!: string | null;
}

export function toAttachmentModel(a: Attachment): AttachmentModel {
  return {
    id: a.id,
    componentName: a.componentName,
    fileName: a.fileName,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    status: a.status,
    createdAt: a.createdAt,
    storedAt: a.storedAt,
  };
}
