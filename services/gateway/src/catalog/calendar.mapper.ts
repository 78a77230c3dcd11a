import type { FastTrack, RpcRequest, WorkingCalendar } from '@motcua/contracts';
import type {
  FastTrackInput,
  OfficePeriodInput,
  WorkingCalendarUpdateInput,
} from './working-calendar-update.input';
import type { FastTrackModel, WorkingCalendarModel } from './working-calendar.model';

/** Absent weekdays or dates mean the same as none: the model always lists them. */
function toFastTrackModel(t: FastTrack): FastTrackModel {
  return {
    id: t.id,
    name: t.name,
    unitCodes: [...t.unitCodes],
    procedureCodes: [...t.procedureCodes],
    weekdays: [...(t.weekdays ?? [])],
    dates: [...(t.dates ?? [])],
    duration: { value: t.duration.value, unit: t.duration.unit },
  };
}

export function toWorkingCalendarModel(c: WorkingCalendar): WorkingCalendarModel {
  return {
    officeHours: c.officeHours.map((p) => ({ start: p.start, end: p.end })),
    weekendDays: [...c.weekendDays],
    holidays: [...c.holidays],
    workingDays: [...c.workingDays],
    fastTracks: c.fastTracks.map(toFastTrackModel),
  };
}

const toOfficePeriod = (p: OfficePeriodInput) => ({ start: p.start, end: p.end });

function toFastTrack(t: FastTrackInput): FastTrack {
  return {
    id: t.id,
    name: t.name,
    unitCodes: [...t.unitCodes],
    procedureCodes: [...t.procedureCodes],
    weekdays: t.weekdays ? [...t.weekdays] : undefined,
    dates: t.dates ? [...t.dates] : undefined,
    duration: { value: t.duration.value, unit: t.duration.unit },
  };
}

/** GraphQL lets optional fields be null; the contract wants them absent (left as stored). */
export function toCalendarUpdate(
  input: WorkingCalendarUpdateInput,
): RpcRequest<'catalog.calendar.update.v1'> {
  return {
    officeHours: input.officeHours?.map(toOfficePeriod),
    weekendDays: input.weekendDays ? [...input.weekendDays] : undefined,
    years: input.years?.map((y) => ({
      year: y.year,
      holidays: [...y.holidays],
      workingDays: y.workingDays ? [...y.workingDays] : undefined,
    })),
    fastTracks: input.fastTracks?.map(toFastTrack),
  };
}
