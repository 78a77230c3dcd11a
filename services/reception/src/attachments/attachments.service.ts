import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type Attachment,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { Clock, RpcClient, requestContext } from '@motcua/platform';
import { RECEPTION_CONFIG, type ReceptionConfig } from '../config/reception.config';
import type { DossierEntity } from '../dossiers/dossier.entity';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { DossierReads } from '../access/dossier-reads.service';
import { authorizeUploadTo, authorizeUploader } from './attachment-access';
import { toAttachmentView } from './attachment-view';
import { AttachmentEntity } from './attachment.entity';

type RequestInput = RpcParsedRequest<'reception.attachment.request.v1'>;
type CompleteInput = RpcParsedRequest<'reception.attachment.complete.v1'>;

/** Scanned components of dossiers: registered here, their bytes stored by the gateway. */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectRepository(AttachmentEntity) private readonly attachments: Repository<AttachmentEntity>,
    private readonly dossiers: DossiersRepository,
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    @Inject(RECEPTION_CONFIG) private readonly config: ReceptionConfig,
    private readonly reads: DossierReads,
  ) {}

  async request(
    tenant: string,
    input: RequestInput,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'reception.attachment.request.v1'>> {
    const staff = authorizeUploader(tenant, actor);
    const maxSize = this.config.ATTACHMENT_MAX_BYTES;
    if (input.size > maxSize)
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `a scan may not exceed ${maxSize} bytes (got ${input.size})`,
      );
    const dossier = await this.dossiers.findByCode(tenant, input.code);
    if (!dossier)
      throw new DomainError(
        ErrorCode.NotFound,
        `dossier ${input.code} does not exist in ${tenant}`,
      );
    authorizeUploadTo(staff, dossier);
    const components = await this.componentsOf(tenant, dossier);
    // A procedure version without listed components accepts any (non-empty) component name.
    if (components.length > 0 && !components.includes(input.componentName))
      throw new DomainError(
        ErrorCode.ValidationFailed,
        `"${input.componentName}" is not a component of procedure ${dossier.procedureCode}`,
      );
    const row = await this.attachments.save(
      this.attachments.create({
        id: randomUUID(),
        tenantId: tenant,
        dossierId: dossier.id,
        dossierCode: dossier.code,
        componentName: input.componentName,
        fileName: input.fileName,
        contentType: input.contentType,
        size: input.size,
        sha256: null,
        status: 'PENDING',
        requestedBy: staff.subject,
        createdAt: this.clock.now(),
        storedAt: null,
      }),
    );
    requestContext.annotate({ dossierCode: dossier.code });
    return { attachmentId: row.id, maxSize };
  }

  /** Called by the gateway once the bytes are stored (it vouches for them with its signed token). */
  async complete(tenant: string, input: CompleteInput): Promise<Attachment> {
    const row = await this.find(tenant, input.attachmentId);
    if (row.status === 'STORED') {
      // A retried completion with the same bytes is answered as before.
      if (row.sha256 === input.sha256) return toAttachmentView(row);
      throw new DomainError(ErrorCode.Conflict, `attachment ${row.id} is already stored`);
    }
    if (input.size > this.config.ATTACHMENT_MAX_BYTES)
      throw new DomainError(ErrorCode.ValidationFailed, `attachment ${row.id} is too large`);
    row.sha256 = input.sha256;
    row.size = input.size;
    row.contentType = input.contentType;
    row.status = 'STORED';
    row.storedAt = this.clock.now();
    await this.attachments.save(row);
    this.logger.log(`stored ${row.id} of ${row.dossierCode} (${row.size} bytes)`);
    return toAttachmentView(row);
  }

  /**
   * A scan carries personal data: it is read as its dossier is (DOMAIN §7) and logged for staff;
   * a scan of a dossier the reader may not know of answers as a missing one.
   */
  async get(
    tenant: string,
    attachmentId: string,
    actor: Actor | undefined,
    purpose?: string,
  ): Promise<Attachment> {
    const missing = `attachment ${attachmentId} does not exist`;
    const row = await this.attachments.findOneBy({ tenantId: tenant, id: attachmentId });
    if (!row) throw new DomainError(ErrorCode.NotFound, missing);
    return this.reads.read(
      await this.dossiers.findById(tenant, row.dossierId),
      missing,
      { actor, operation: 'ATTACHMENT', purpose },
      () => Promise.resolve(toAttachmentView(row)),
    );
  }

  private async find(tenant: string, id: string): Promise<AttachmentEntity> {
    const row = await this.attachments.findOneBy({ tenantId: tenant, id });
    if (!row) throw new DomainError(ErrorCode.NotFound, `attachment ${id} does not exist`);
    return row;
  }

  /** All component names of the procedure version the dossier was received under. */
  private async componentsOf(tenant: string, dossier: DossierEntity): Promise<string[]> {
    const { versions } = await this.rpc.request(
      'catalog.procedure.versions.v1',
      { code: dossier.procedureCode },
      { tenant },
    );
    const version = versions.find((v) => v.version === dossier.procedureVersion);
    return (version?.components ?? []).map((c) => c.name);
  }
}
