import { DomainError, ErrorCode, StaffRole, type Actor } from '@motcua/contracts';
import type { DossierEntity } from '../dossiers/dossier.entity';

/** Receivers and supervisors of the tenant digitize the components they receive. */
export function authorizeUploader(tenant: string, actor: Actor | undefined): Actor {
  if (!actor)
    throw new DomainError(ErrorCode.Unauthenticated, 'attachments need a signed-in caller');
  if (actor.kind !== 'STAFF' || actor.tenant !== tenant)
    throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} upload its scans`);
  if (!actor.roles.some((r) => r === StaffRole.Receiver || r === StaffRole.Supervisor))
    throw new DomainError(ErrorCode.Forbidden, 'only receivers and supervisors upload scans');
  return actor;
}

/** A receiver scans for the dossiers of their branches (received or returned there). */
export function authorizeUploadTo(
  uploader: Actor,
  dossier: Pick<DossierEntity, 'code' | 'receivingBranchId' | 'returnBranchId'>,
): void {
  if (uploader.roles.includes(StaffRole.Supervisor)) return;
  const branches = [dossier.receivingBranchId, dossier.returnBranchId];
  if (!uploader.branchIds.some((b) => branches.includes(b)))
    throw new DomainError(
      ErrorCode.Forbidden,
      `scans of ${dossier.code} are uploaded by receivers of ${[...new Set(branches)].join(' or ')} (or a supervisor)`,
    );
}
