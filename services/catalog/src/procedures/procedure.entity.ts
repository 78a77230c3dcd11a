import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BoundaryFreeScope, Procedure, ProcedureLevel } from '@motcua/contracts';

/** One version of a procedure; versions never overwrite, dossiers point at the one they used. */
@Entity({ name: 'procedure' })
export class ProcedureEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  code!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('text')
  name!: string;

  @Column('text', { name: 'field_code' })
  fieldCode!: string;

  @Column('text', { name: 'field_name' })
  fieldName!: string;

  @Column('text')
  level!: ProcedureLevel;

  @Column('int', { name: 'duration_days' })
  durationDays!: number;

  @Column('jsonb', { default: () => "'[]'" })
  fees!: Procedure['fees'];

  @Column('text', { name: 'boundary_free_scope' })
  boundaryFreeScope!: BoundaryFreeScope;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;
}

export function toProcedure(e: ProcedureEntity): Procedure {
  return {
    code: e.code,
    tenant: e.tenantId,
    version: e.version,
    name: e.name,
    fieldCode: e.fieldCode,
    fieldName: e.fieldName,
    level: e.level,
    durationDays: e.durationDays,
    fees: e.fees,
    boundaryFreeScope: e.boundaryFreeScope,
    validFrom: e.validFrom,
    validTo: e.validTo,
  };
}
