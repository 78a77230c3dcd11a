import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import {
  durationInDays,
  type BoundaryFreeScope,
  type Duration,
  type JurisdictionBasis,
  type OnlineLevel,
  type Procedure,
  type ProcedureDefinition,
  type ProcedureLevel,
  type ProcedureStatus,
} from '@motcua/contracts';

/**
 * One version of a procedure as a tenant configures it. Drafts change until published; a
 * published version never changes (the service refuses), and dossiers point at their version.
 */
@Entity({ name: 'procedure' })
// At most one open draft per procedure.
@Index('uq_procedure_draft', ['tenantId', 'code'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('ix_procedure_field', ['tenantId', 'fieldCode'])
export class ProcedureEntity {
  @PrimaryColumn('text', { name: 'tenant_id' })
  tenantId!: string;

  @PrimaryColumn('text')
  code!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('text')
  status!: ProcedureStatus;

  @Column('text')
  name!: string;

  @Column('text', { name: 'field_code' })
  fieldCode!: string;

  @Column('text', { name: 'field_name' })
  fieldName!: string;

  /** Main level: the first of `levels`. */
  @Column('text')
  level!: ProcedureLevel;

  @Column('jsonb')
  levels!: ProcedureDefinition['levels'];

  @Column('jsonb')
  duration!: Duration;

  @Column('jsonb', { name: 'online_duration', nullable: true })
  onlineDuration!: Duration | null;

  @Column('jsonb', { default: () => "'[]'" })
  fees!: ProcedureDefinition['fees'];

  @Column('jsonb', { default: () => "'[]'" })
  components!: ProcedureDefinition['components'];

  @Column('text', { name: 'result_type' })
  resultType!: string;

  @Column('text', { name: 'online_level' })
  onlineLevel!: OnlineLevel;

  @Column('text', { name: 'boundary_free_scope' })
  boundaryFreeScope!: BoundaryFreeScope;

  @Column('text', { name: 'jurisdiction_basis', default: 'RESIDENCE' })
  jurisdictionBasis!: JurisdictionBasis;

  @Column('jsonb', { name: 'legal_basis', default: () => "'[]'" })
  legalBasis!: string[];

  /** Ordered agencies of an inter-agency chain; empty when one agency decides alone. */
  @Column('jsonb', { name: 'inter_agency_steps', default: () => "'[]'" })
  interAgencySteps!: ProcedureDefinition['interAgencySteps'];

  /** e-ID assurance level (1 or 2) an online citizen applicant must have signed in with. */
  @Column('smallint', { name: 'required_assurance_level', default: 1 })
  requiredAssuranceLevel!: number;

  /** Name, field and code without diacritics, lower case: what search matches against. */
  @Column('text', { name: 'search_text' })
  searchText!: string;

  @Column('date', { name: 'valid_from', nullable: true })
  validFrom!: string | null;

  @Column('date', { name: 'valid_to', nullable: true })
  validTo!: string | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export function toProcedure(e: ProcedureEntity): Procedure {
  return {
    code: e.code,
    tenant: e.tenantId,
    version: e.version,
    status: e.status,
    name: e.name,
    fieldCode: e.fieldCode,
    fieldName: e.fieldName,
    level: e.level,
    levels: e.levels,
    duration: e.duration,
    durationDays: durationInDays(e.duration),
    onlineDuration: e.onlineDuration,
    fees: e.fees,
    components: e.components,
    resultType: e.resultType,
    onlineLevel: e.onlineLevel,
    boundaryFreeScope: e.boundaryFreeScope,
    jurisdictionBasis: e.jurisdictionBasis,
    legalBasis: e.legalBasis,
    interAgencySteps: e.interAgencySteps,
    requiredAssuranceLevel: e.requiredAssuranceLevel,
    validFrom: e.validFrom,
    validTo: e.validTo,
    publishedAt: e.publishedAt ? e.publishedAt.toISOString() : null,
  };
}

/** The stored form of a definition (everything an administrator edits). */
export function definitionColumns(d: ProcedureDefinition): Partial<ProcedureEntity> {
  return {
    code: d.code,
    name: d.name,
    fieldCode: d.fieldCode,
    fieldName: d.fieldName,
    level: d.levels[0].level,
    levels: d.levels,
    duration: d.duration,
    onlineDuration: d.onlineDuration,
    fees: d.fees,
    components: d.components,
    resultType: d.resultType,
    onlineLevel: d.onlineLevel,
    boundaryFreeScope: d.boundaryFreeScope,
    jurisdictionBasis: d.jurisdictionBasis,
    legalBasis: d.legalBasis,
    interAgencySteps: d.interAgencySteps,
    requiredAssuranceLevel: d.requiredAssuranceLevel,
    searchText: searchTextOf(d),
  };
}

export function searchTextOf(
  d: Pick<ProcedureDefinition, 'code' | 'name' | 'fieldName' | 'fieldCode'>,
): string {
  return normalizeSearchText(`${d.code} ${d.name} ${d.fieldCode} ${d.fieldName}`);
}

/** Lower case without Vietnamese diacritics: "Đăng ký" and "dang ky" compare equal. */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
