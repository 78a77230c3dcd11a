import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WorkingCalendar } from '@motcua/contracts';

/** A tenant's office hours and its yearly holiday calendar, kept as data. */
@Entity({ name: 'working_calendar' })
export class WorkingCalendarEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('jsonb', { name: 'office_hours' })
  officeHours!: WorkingCalendar['officeHours'];

  @Column('int', { name: 'weekend_days', array: true })
  weekendDays!: number[];

  @Column('jsonb', { default: () => "'[]'" })
  holidays!: string[];

  @Column('jsonb', { name: 'working_days', default: () => "'[]'" })
  workingDays!: string[];

  @Column('jsonb', { name: 'fast_tracks', default: () => "'[]'" })
  fastTracks!: WorkingCalendar['fastTracks'];
}

export function toCalendar(e: WorkingCalendarEntity): WorkingCalendar {
  return {
    tenant: e.tenantId,
    officeHours: e.officeHours,
    weekendDays: e.weekendDays,
    holidays: e.holidays,
    workingDays: e.workingDays,
    fastTracks: e.fastTracks,
  };
}
