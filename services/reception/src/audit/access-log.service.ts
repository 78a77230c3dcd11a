import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  ReceptionCursorKind,
  StaffRole,
  type Actor,
  type PersonalDataAccess,
  type PersonalDataAccessBasis,
  type PersonalDataOperation,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { Clock } from '@motcua/platform';
import { decodeInstantCursor, encodeInstantCursor } from '../paging/instant-cursor';
import { AccessLogRepository } from './access-log.repository';
import type { PersonalDataAccessEntity } from './personal-data-access.entity';

type ListRequest = RpcParsedRequest<'reception.access-log.list.v1'>;

/** One read to log. */
export interface PersonalDataRead {
  tenant: string;
  dossierCode: string;
  actor: Actor;
  basis: PersonalDataAccessBasis;
  operation: PersonalDataOperation;
  purpose?: string;
}

const CURSOR_KIND = ReceptionCursorKind.AccessLog;

/**
 * The personal-data access log (DOMAIN §7): every read of a dossier's personal data by staff or
 * an integrator, with who, when, on what basis and why; auditors and supervisors query it.
 */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly repository: AccessLogRepository,
    private readonly clock: Clock,
  ) {}

  /** Logs a read; a failure here fails the read (no unaudited reads). */
  async record(read: PersonalDataRead): Promise<void> {
    await this.repository.insert({
      id: randomUUID(),
      tenantId: read.tenant,
      dossierCode: read.dossierCode,
      actorKind: read.actor.kind,
      actorSubject: read.actor.subject,
      actorName: read.actor.displayName ?? null,
      roles: [...read.actor.roles],
      basis: read.basis,
      purpose: read.purpose ?? null,
      operation: read.operation,
      at: this.clock.now(),
    });
  }

  async list(
    tenant: string,
    request: ListRequest,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'reception.access-log.list.v1'>> {
    authorizeAuditor(tenant, actor);
    const filter = {
      dossierCode: request.dossierCode,
      actorSubject: request.actorSubject,
      from: request.from === undefined ? undefined : new Date(request.from),
      to: request.to === undefined ? undefined : new Date(request.to),
    };
    const after =
      request.after === undefined ? null : decodeInstantCursor(CURSOR_KIND, request.after);
    const [rows, totalCount] = await Promise.all([
      this.repository.page(tenant, filter, request.first, after),
      this.repository.count(tenant, filter),
    ]);
    const page = rows.slice(0, request.first);
    const last = page.at(-1);
    return {
      items: page.map(toAccessView),
      totalCount,
      hasNextPage: rows.length > request.first,
      endCursor: last ? encodeInstantCursor(CURSOR_KIND, last) : null,
    };
  }
}

/** Auditors and supervisors of the tenant read the log; nobody else. */
function authorizeAuditor(tenant: string, actor: Actor | undefined): void {
  if (!actor)
    throw new DomainError(ErrorCode.Unauthenticated, 'the access log needs a signed-in caller');
  const allowed =
    actor.kind === 'STAFF' &&
    actor.tenant === tenant &&
    actor.roles.some((r) => r === StaffRole.Auditor || r === StaffRole.Supervisor);
  if (!allowed)
    throw new DomainError(
      ErrorCode.Forbidden,
      `only auditors and supervisors of ${tenant} read its personal-data access log`,
    );
}

function toAccessView(row: PersonalDataAccessEntity): PersonalDataAccess {
  return {
    id: row.id,
    dossierCode: row.dossierCode,
    actorKind: row.actorKind,
    actorSubject: row.actorSubject,
    actorName: row.actorName,
    roles: row.roles,
    basis: row.basis,
    purpose: row.purpose,
    operation: row.operation,
    at: row.at.toISOString(),
  };
}
