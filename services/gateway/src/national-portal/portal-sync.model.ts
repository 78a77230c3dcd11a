import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { PortalSyncState } from '@motcua/contracts';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { registerValuesEnum } from '../graphql/register-enum';

export const PortalSyncStateEnum = registerValuesEnum<PortalSyncState>(
  { NotSynced: 'NOT_SYNCED', Pending: 'PENDING', Synced: 'SYNCED', Failed: 'FAILED' },
  'PortalSyncState',
  'Where a dossier stands with the National Public Service Portal.',
);
export const PortalSyncPeriodEnum = registerValuesEnum<'DAY' | 'MONTH'>(
  { Day: 'DAY', Month: 'MONTH' },
  'PortalSyncPeriod',
  'Rows of the reconciliation report: Vietnam days or months.',
);

@ObjectType('PortalSync', { description: "A dossier's sync with the national portal." })
export class PortalSyncModel {
  @Field(() => PortalSyncStateEnum)
  state!: PortalSyncState;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the portal last acknowledged it.',
  })
  syncedAt!: string | null;

  @Field(() => Int, { description: 'Attempts of the current (or last successful) send.' })
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError!: string | null;
}

@ObjectType('PortalSyncReportRow')
export class PortalSyncReportRowModel {
  @Field(() => String, { description: '`yyyy-MM-dd` or `yyyy-MM` (Vietnam time).' })
  period!: string;

  @Field(() => Int, { description: 'Dossiers received in the period.' })
  total!: number;

  @Field(() => Int, { description: 'Of those, the ones the portal has up to date.' })
  synced!: number;

  @Field(() => Float, { description: 'synced / total (1 when nothing was received).' })
  share!: number;
}

@ObjectType('PortalSyncReport')
export class PortalSyncReportModel {
  @Field(() => [PortalSyncReportRowModel])
  rows!: PortalSyncReportRowModel[];

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  synced!: number;

  @Field(() => Float)
  share!: number;
}
