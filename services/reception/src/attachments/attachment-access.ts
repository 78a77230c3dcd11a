import { DomainError, ErrorCode, type Actor } from '@motcua/contracts';

/** Scans carry personal data: staff of the dossier's tenant only. */
export function authorizeStaff(tenant: string, actor: Actor | undefined): Actor {
  if (!actor)
    throw new DomainError(ErrorCode.Unauthenticated, 'attachments need a signed-in caller');
  if (actor.kind !== 'STAFF' || actor.tenant !== tenant)
    throw new DomainError(ErrorCode.Forbidden, `only staff of ${tenant} may see its attachments`);
  return actor;
}

/** Receivers and supervisors digitize the components they receive. */
export function authorizeUploader(tenant: string, actor: Actor | undefined): Actor {
  const staff = authorizeStaff(tenant, actor);
  if (!staff.roles.some((r) => r === 'RECEIVER' || r === 'SUPERVISOR'))
    throw new DomainError(ErrorCode.Forbidden, 'only receivers and supervisors upload scans');
  return staff;
}
