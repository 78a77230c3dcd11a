import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  DomainError,
  ErrorCode,
  IntegratorScope,
  StaffRole,
  type AttachmentContentType,
} from '@motcua/contracts';
import { Clock, RpcClient } from '@motcua/platform';
import { SignedInAccess } from '../auth/access.decorator';
import { callOptions, type Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config';
import { PurposeArg } from '../dossiers/purpose.arg';
import { ATTACHMENT_TOKEN_TTL_MS, signAttachmentToken } from './attachment-token';
import { AttachmentContentTypeEnum, AttachmentUploadModel } from './attachment-upload.model';

/** Signed URLs for scanned components; reception checks the tenant, role and component. */
@Resolver(() => AttachmentUploadModel)
export class AttachmentsResolver {
  constructor(
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Mutation(() => AttachmentUploadModel, {
    description:
      "Registers a scan of one of the dossier's components (receivers and supervisors) and returns where to PUT its bytes.",
  })
  @SignedInAccess({ staff: { roles: [StaffRole.Receiver, StaffRole.Supervisor] } })
  async requestAttachmentUpload(
    @Args('code', { type: () => String }) code: string,
    @Args('componentName', { type: () => String }) componentName: string,
    @Args('fileName', { type: () => String }) fileName: string,
    @Args('contentType', { type: () => AttachmentContentTypeEnum })
    contentType: AttachmentContentType,
    @Args('size', { type: () => Int, description: 'Bytes.' }) size: number,
    @CurrentCaller() caller: Caller,
  ): Promise<AttachmentUploadModel> {
    const { attachmentId, maxSize } = await this.rpc.request(
      'reception.attachment.request.v1',
      { code, componentName, fileName, contentType, size },
      callOptions(caller),
    );
    const exp = this.clock.now().getTime() + ATTACHMENT_TOKEN_TTL_MS;
    const token = signAttachmentToken(
      { attachmentId, tenant: caller.tenant!, action: 'upload', contentType, maxSize, exp },
      this.config.attachmentSigningKey,
    );
    return {
      attachmentId,
      uploadUrl: `/attachments/${token}`,
      expiresAt: new Date(exp).toISOString(),
    };
  }

  @Query(() => String, {
    description:
      'A signed path (valid 10 minutes) to GET a stored scan, for whoever may read its dossier.',
  })
  @SignedInAccess({
    staff: {},
    citizen: {},
    integrator: { scopes: [IntegratorScope.DossierRead] },
  })
  async attachmentDownloadUrl(
    @Args('attachmentId', { type: () => String }) attachmentId: string,
    @PurposeArg() purpose: string | null | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<string> {
    const attachment = await this.rpc.request(
      'reception.attachment.get.v1',
      { attachmentId, purpose: purpose ?? undefined },
      callOptions(caller),
    );
    if (attachment.status !== 'STORED')
      throw new DomainError(ErrorCode.Conflict, `attachment ${attachmentId} is not uploaded yet`);
    const token = signAttachmentToken(
      {
        attachmentId,
        tenant: caller.tenant!,
        action: 'download',
        contentType: attachment.contentType,
        maxSize: 0,
        exp: this.clock.now().getTime() + ATTACHMENT_TOKEN_TTL_MS,
      },
      this.config.attachmentSigningKey,
    );
    return `/attachments/${token}`;
  }
}
