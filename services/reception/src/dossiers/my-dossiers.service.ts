import { Injectable } from '@nestjs/common';
import {
  DomainError,
  ErrorCode,
  ReceptionCursorKind,
  type Actor,
  type RpcParsedRequest,
  type RpcResponse,
} from '@motcua/contracts';
import { decodeInstantCursor, encodeInstantCursor } from '../paging/instant-cursor';
import { DossierViews } from './dossier-views.service';
import { DossiersRepository } from './dossiers.repository';

const CURSOR_KIND = ReceptionCursorKind.MyDossiers;

/**
 * A citizen's own dossiers in the tenant (reception.dossier.mine.v1): those they are the
 * applicant or the authorized representative of, or submitted online. Not logged: the access
 * log is of staff and integrators reading other people's data.
 */
@Injectable()
export class MyDossiersService {
  constructor(
    private readonly repository: DossiersRepository,
    private readonly views: DossierViews,
  ) {}

  async list(
    tenant: string,
    request: RpcParsedRequest<'reception.dossier.mine.v1'>,
    actor: Actor | undefined,
  ): Promise<RpcResponse<'reception.dossier.mine.v1'>> {
    if (!actor)
      throw new DomainError(ErrorCode.Unauthenticated, 'your dossiers need a signed-in citizen');
    if (actor.kind !== 'CITIZEN')
      throw new DomainError(ErrorCode.Forbidden, 'only citizens have dossiers of their own');
    const owner = { subject: actor.subject, personalId: actor.personalId };
    const after =
      request.after === undefined ? null : decodeInstantCursor(CURSOR_KIND, request.after);
    const [rows, totalCount] = await Promise.all([
      this.repository.pageOwnedBy(tenant, owner, request.first, after),
      this.repository.countOwnedBy(tenant, owner),
    ]);
    const page = rows.slice(0, request.first);
    const last = page.at(-1);
    return {
      items: await this.views.fullMany(page),
      totalCount,
      hasNextPage: rows.length > request.first,
      endCursor: last
        ? encodeInstantCursor(CURSOR_KIND, { at: last.receivedAt, id: last.id })
        : null,
    };
  }
}
