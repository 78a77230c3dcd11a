import {
  ChainStepStatus,
  StaffRole,
  type Actor,
  type ChainStep,
  type DossierChain,
  type InterAgencyStep,
} from '@motcua/contracts';
import type { ChainStepEntity } from './chain-step.entity';

/** The agency routing chose for the dossier: where steps without an agency of their own go. */
export interface CompetentAgency {
  code: string;
  name: string;
}

/** The dossier the chain belongs to. */
export interface ChainDossier {
  tenantId: string;
  dossierId: string;
  dossierCode: string;
}

/**
 * The steps of a dossier's chain as routing stores them, from its procedure version's definition:
 * the first ACTIVE from `startedAt` until `firstDueAt`, the others PENDING. A step without an
 * agency is the competent agency's; an agency the catalog no longer names keeps its code as name.
 */
export function planChain(
  dossier: ChainDossier,
  steps: readonly InterAgencyStep[],
  competent: CompetentAgency,
  agencyNames: ReadonlyMap<string, string>,
  start: { startedAt: Date; firstDueAt: Date; pausedAt: Date | null },
): ChainStepEntity[] {
  return steps.map((step, i) => {
    const code = step.agencyCode ?? competent.code;
    const first = i === 0;
    return {
      ...dossier,
      stepIndex: i + 1,
      title: step.title,
      agencyCode: code,
      agencyName: step.agencyCode === null ? competent.name : (agencyNames.get(code) ?? code),
      duration: step.duration,
      status: first ? ChainStepStatus.Active : ChainStepStatus.Pending,
      startedAt: first ? start.startedAt : null,
      dueAt: first ? start.firstDueAt : null,
      pausedAt: first ? start.pausedAt : null,
      finishedAt: null,
      finishedBy: null,
      handlerSubject: null,
      note: null,
    };
  });
}

/**
 * Late: an active step whose due time came (while its clock ran: a paused step is judged at the
 * pause), or a step finished after its due time.
 */
export function isStepOverdue(
  step: Pick<ChainStepEntity, 'status' | 'dueAt' | 'pausedAt' | 'finishedAt'>,
  now: Date,
): boolean {
  if (!step.dueAt) return false;
  const due = step.dueAt.getTime();
  switch (step.status) {
    case ChainStepStatus.Active:
      return (step.pausedAt ?? now).getTime() >= due;
    case ChainStepStatus.Done:
      return step.finishedAt !== null && step.finishedAt.getTime() > due;
    case ChainStepStatus.Pending:
    case ChainStepStatus.Cancelled:
      return false;
  }
}

export function toChainStep(step: ChainStepEntity, now: Date): ChainStep {
  return {
    index: step.stepIndex,
    title: step.title,
    agencyCode: step.agencyCode,
    agencyName: step.agencyName,
    duration: step.duration,
    status: step.status,
    startedAt: step.startedAt?.toISOString() ?? null,
    dueAt: step.dueAt?.toISOString() ?? null,
    finishedAt: step.finishedAt?.toISOString() ?? null,
    finishedBy: step.finishedBy,
    overdue: isStepOverdue(step, now),
    note: step.note,
  };
}

export function toDossierChain(
  dossier: { dossierId: string; dossierCode: string },
  steps: readonly ChainStepEntity[],
  now: Date,
): DossierChain {
  return {
    dossierId: dossier.dossierId,
    dossierCode: dossier.dossierCode,
    steps: steps.map((s) => toChainStep(s, now)),
  };
}

/**
 * Who may hand the dossier on: a supervisor of the tenant, or a handler or approver (head) of the
 * agency holding the active step.
 */
export function mayHandOver(actor: Actor, activeAgencyCode: string): boolean {
  if (actor.roles.includes(StaffRole.Supervisor)) return true;
  return (
    (actor.roles.includes(StaffRole.Handler) || actor.roles.includes(StaffRole.Approver)) &&
    actor.agencyCodes.includes(activeAgencyCode)
  );
}
