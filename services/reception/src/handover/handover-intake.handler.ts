import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  DossierStatus,
  NATIONAL_STATUS_CODE,
  type CloudEvent,
  type DossierHandedOver,
} from '@motcua/contracts';
import { EventHandler } from '@motcua/platform';
import { OverdueTimersService } from '../deadlines/overdue-timers.service';
import { DossierEntity } from '../dossiers/dossier.entity';
import { DossiersRepository } from '../dossiers/dossiers.repository';
import { requestHash } from '../dossiers/request-hash';
import { HANDOVER_ACTOR } from './handover-actor';
import { HandoverCopies } from './handover-copy-tenant';

/**
 * The deciding side of a cross-province hand-over: stores this tenant's own row of a dossier
 * another tenant received for one of its units (same code), and announces it with
 * `dossier.received.v1` so routing and the applicant's notice work as for a local receipt.
 */
@Injectable()
export class HandoverIntakeHandler {
  private readonly logger = new Logger(HandoverIntakeHandler.name);

  constructor(
    private readonly dossiers: DossiersRepository,
    private readonly overdueTimers: OverdueTimersService,
    private readonly copies: HandoverCopies,
  ) {}

  @EventHandler({ name: 'dossier-handed-over', types: ['dossier.handed-over.v1'] })
  async handedOver(
    event: CloudEvent<'dossier.handed-over.v1'>,
    manager: EntityManager,
  ): Promise<void> {
    const tenant = event.tenant;
    const { data } = event;
    if (data.receivingTenant === tenant) {
      throw new Error(`dossier ${data.code} is handed over by ${tenant} to itself`);
    }
    // Besides the consumer's processed-event guard: a re-published copy with a new id.
    if (await manager.existsBy(DossierEntity, { tenantId: tenant, code: data.code })) {
      this.logger.warn(`hand-over of ${data.code} to ${tenant} is already stored`);
      return;
    }
    // The receiving tenant stored its copy before handing the dossier over: the mirror of this
    // row's events need not look it up.
    this.copies.received(data.receivingTenant, data.code, tenant);
    const dossier = manager.create(DossierEntity, toDecidingRow(tenant, data));
    await this.dossiers.insertHandedOver(manager, dossier, {
      at: acceptedAtOf(dossier),
      actor: HANDOVER_ACTOR,
      reason: `handed over by ${data.receivingTenant}: received at ${data.receivingBranchName}`,
      details: {
        receivingTenant: data.receivingTenant,
        receivingBranchId: data.receivingBranchId,
        receivedBy: data.receivedBy,
      },
    });
    // Armed before the commit: a timer of a row that never committed marks nothing.
    this.overdueTimers.schedule(dossier);
    this.logger.log(`took over ${data.code} from ${data.receivingTenant}`);
  }
}

const acceptedAtOf = (d: DossierEntity): Date => d.acceptedAt ?? d.receivedAt;

/** The deciding tenant's row: the receiving tenant's facts, its own status and routing to come. */
function toDecidingRow(
  tenant: string,
  data: DossierHandedOver,
): Omit<DossierEntity, 'createdAt' | 'updatedAt' | 'version'> {
  const acceptedAt = new Date(data.acceptedAt);
  const status = DossierStatus.Received;
  return {
    id: randomUUID(),
    tenantId: tenant,
    code: data.code,
    // The code is the natural key of a hand-over; no client retries on this side.
    idempotencyKey: `handover:${data.receivingTenant}:${data.code}`,
    requestHash: requestHash(data),
    procedureCode: data.procedureCode,
    procedureVersion: data.procedureVersion,
    procedureName: data.procedureName,
    fieldCode: data.fieldCode,
    level: data.level,
    channel: data.channel,
    status,
    nationalStatusCode: NATIONAL_STATUS_CODE[status],
    applicantFullName: data.applicant.fullName,
    applicantPersonalId: data.applicant.personalId,
    applicantPhone: data.applicant.phone,
    applicantEmail: data.applicant.email,
    // Not carried by dossier.handed-over.v1: the applicant follows the dossier where they submitted.
    applicantVerifiedLevel: null,
    representativePersonalId: null,
    jurisdictionUnitCode: data.jurisdictionUnitCode,
    jurisdictionBasis: data.jurisdictionBasis,
    receivingBranchId: data.receivingBranchId,
    receivingBranchName: data.receivingBranchName,
    receivingUnitCode: data.receivingUnitCode,
    receivingAgencyCode: data.receivingAgencyCode,
    returnBranchId: data.returnBranchId,
    returnBranchName: data.returnBranchName,
    returnBranchAddress: data.returnBranchAddress,
    returnMethod: data.returnMethod,
    components: data.components,
    competentAgencyCode: null,
    competentAgencyName: null,
    receivedAt: new Date(data.receivedAt),
    acceptedAt,
    dueAt: new Date(data.dueAt),
    duration: data.duration,
    pauses: [],
    originalDueAt: null,
    apologized: false,
    finishedAt: null,
    paymentResumeStatus: null,
    paidOnline: false,
    rating: null,
    overdueNotifiedAt: null,
    dueSoonNotifiedAt: null,
    receivedBy: data.receivedBy,
    // Another tenant's subject: never a submitter of this tenant's row.
    submitterKind: null,
    formerAgencyCodes: [],
    decidingTenant: null,
    receivedInTenant: data.receivingTenant,
    mirroredAt: null,
  };
}
