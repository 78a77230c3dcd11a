import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Channel } from '@motcua/contracts';

/**
 * The flows of one Vietnam day for one (branch, agency, procedure, field, channel): what was
 * received that day and what finished that day. Maintained by triggers on `dossier` and
 * `attachment` in the same transaction as the change (migration ReportAggregate), so it cannot
 * drift; `reception.report_day_rebuild()` recomputes it from the dossiers. Reports sum it.
 */
@Entity({ name: 'dossier_report_day' })
export class DossierReportDayEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('date')
  day!: string;

  @PrimaryColumn('text', { name: 'branch_id' })
  branchId!: string;

  /** The competent agency now; '' while the dossier is not routed. */
  @PrimaryColumn('text', { name: 'agency_code' })
  agencyCode!: string;

  @PrimaryColumn('text', { name: 'procedure_code' })
  procedureCode!: string;

  @PrimaryColumn('text', { name: 'field_code' })
  fieldCode!: string;

  @PrimaryColumn('text')
  channel!: Channel;

  @Column('int', { default: 0 })
  received!: number;

  /** Received that day and holding at least one stored scan. */
  @Column('int', { default: 0 })
  digitized!: number;

  @Column('int', { name: 'finished_early', default: 0 })
  finishedEarly!: number;

  @Column('int', { name: 'finished_on_time', default: 0 })
  finishedOnTime!: number;

  @Column('int', { name: 'finished_late', default: 0 })
  finishedLate!: number;

  /** Minutes from acceptance to result of the ones finished with a result that day. */
  @Column('bigint', { name: 'processing_minutes', default: 0 })
  processingMinutes!: string;

  @Column('int', { name: 'closed_without_result', default: 0 })
  closedWithoutResult!: number;

  @Column('int', { default: 0 })
  rated!: number;

  @Column('int', { default: 0 })
  satisfied!: number;
}
