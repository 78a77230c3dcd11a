import { Injectable, Logger } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  type Actor,
  type DossierForm,
  type DossierFormKind,
} from '@motcua/contracts';
import { CatalogClient, Clock, RpcClient } from '@motcua/platform';
import { renderForm, type ReceivedComponent } from '@motcua/forms';
import { DossierReads } from '../access/dossier-reads.service';
import type { DossierEntity } from '../dossiers/dossier.entity';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { buildFormData, type FormReferenceData } from './dossier-form-data';

/** The printable forms of a dossier (01–06) as PDFs, from the stored dossier and its history. */
@Injectable()
export class DossierFormsService {
  private readonly logger = new Logger(DossierFormsService.name);

  constructor(
    private readonly repository: DossiersRepository,
    private readonly catalog: CatalogClient,
    private readonly rpc: RpcClient,
    private readonly clock: Clock,
    private readonly reads: DossierReads,
  ) {}

  /** Forms carry personal data: read as the dossier is (DOMAIN §7), and logged for staff. */
  async render(
    tenant: string,
    code: string,
    kind: DossierFormKind,
    actor: Actor | undefined,
    purpose?: string,
  ): Promise<DossierForm> {
    return this.reads.read(
      await this.repository.findByCode(tenant, code),
      `dossier ${code} does not exist in ${tenant}`,
      { actor, operation: 'FORM', purpose },
      (dossier) => this.renderOf(tenant, dossier, kind),
    );
  }

  private async renderOf(
    tenant: string,
    dossier: DossierEntity,
    kind: DossierFormKind,
  ): Promise<DossierForm> {
    const { code } = dossier;
    const history = await this.repository.historyOf(dossier.id);
    const refs = await this.references(tenant, dossier);
    const data = buildFormData(kind, dossier, history, refs, this.clock.now());
    const pdf = await renderForm(kind, data).catch((err: unknown) => {
      // The forms library refuses a form its regime does not have (05 before 2025-07-01).
      if (err instanceof RangeError) throw new DomainError(ErrorCode.Conflict, err.message);
      throw err;
    });
    this.logger.log(`form ${kind} of ${code} (${pdf.length} bytes)`);
    return {
      kind,
      fileName: `${code}-mau-${kind}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }

  /** Names and the component list from the catalog; the dossier's own snapshots win. */
  private async references(tenant: string, dossier: DossierEntity): Promise<FormReferenceData> {
    const [tenantRow, branch, components] = await Promise.all([
      this.rpc.request('catalog.tenant.get.v1', { id: tenant }),
      this.catalog.getBranch(tenant, dossier.receivingBranchId).catch(() => undefined),
      this.componentsOf(tenant, dossier),
    ]);
    return {
      tenantName: `UBND ${tenantRow.name}`,
      placeName: tenantRow.name.replace(/^(Thành phố|Tỉnh)\s+/i, ''),
      branchAddress: branch?.address,
      components,
    };
  }

  /**
   * The components handed in, as checked at receipt; for dossiers received before that check
   * was recorded, the required components of the procedure version they were received under.
   */
  private async componentsOf(tenant: string, dossier: DossierEntity): Promise<ReceivedComponent[]> {
    if (dossier.components.length > 0) {
      return dossier.components
        .filter((c) => c.handedIn)
        .map((c) => ({ name: c.name, copies: c.copies }));
    }
    const { versions } = await this.rpc.request(
      'catalog.procedure.versions.v1',
      { code: dossier.procedureCode },
      { tenant },
    );
    const version = versions.find((v) => v.version === dossier.procedureVersion);
    return (version?.components ?? [])
      .filter((c) => c.required)
      .map((c) => ({ name: c.name, copies: c.copies }));
  }
}
