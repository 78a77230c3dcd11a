import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AttachmentContentType } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';

/** GraphQL names of the accepted scan types; values are the MIME types. */
export const AttachmentContentTypeEnum = {
  PDF: 'application/pdf',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
} as const satisfies Record<string, AttachmentContentType>;

registerEnumType(AttachmentContentTypeEnum, {
  name: 'AttachmentContentType',
  description: 'Accepted scan types; the uploaded bytes must match the declared one.',
});

/** Where to PUT the bytes of a scanned component, and until when. */
@ObjectType('AttachmentUpload')
export class AttachmentUploadModel {
  @Field(() => String)
  attachmentId!: string;

  @Field(() => String, {
    description: 'Signed path on this gateway: PUT the raw bytes there (no auth header needed).',
  })
  uploadUrl!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: string;
}
