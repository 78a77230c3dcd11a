import { HANDLER_NORM_PER_YEAR, type Handler } from '@motcua/contracts';
import type { HandlerAbsenceEntity } from './handler-absence.entity';
import type { HandlerLoad } from './roster.repository';

/** The contract's view of a handler, their load and their absences to come. */
export function toHandlerView(load: HandlerLoad, absences: HandlerAbsenceEntity[]): Handler {
  return {
    subject: load.subject,
    displayName: load.displayName,
    agencyCode: load.agencyCode,
    fieldCodes: load.fieldCodes,
    areaKind: load.areaKind,
    normPerYear: HANDLER_NORM_PER_YEAR[load.areaKind],
    dailyCapacity: load.dailyCapacity,
    active: load.active,
    handledThisYear: load.handledThisYear,
    openLoad: load.openLoad,
    assignedToday: load.assignedToday,
    absentToday: load.absentToday,
    absences: absences
      .filter((a) => a.subject === load.subject)
      .map((a) => ({
        id: a.id,
        from: a.fromDate,
        to: a.toDate,
        reason: a.reason,
        recordedBy: a.recordedBy,
        recordedAt: a.recordedAt.toISOString(),
      })),
  };
}
