import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What an administrator may change on a staff member, as the audit trail records it. */
export interface StaffSnapshot {
  displayName: string;
  roles: string[];
  branchIds: string[];
  agencyCodes: string[];
  active: boolean;
}

/**
 * One change to a staff member through administration: who made it, when, and the member before
 * and after. Rows are only ever added: the trail answers "who gave whom which role, when".
 */
@Entity({ name: 'staff_change' })
@Index('ix_staff_change_tenant_subject', ['tenantId', 'subject', 'changedAt'])
export class StaffChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('uuid', { name: 'staff_id' })
  staffId!: string;

  /** The changed member's sign-in subject (kept even if the row is later renamed or removed). */
  @Column('text')
  subject!: string;

  /** Sign-in subject of the administrator who made the change. */
  @Column('text', { name: 'changed_by' })
  changedBy!: string;

  @Column('timestamptz', { name: 'changed_at' })
  changedAt!: Date;

  /** Null when the change created the member. */
  @Column('jsonb', { nullable: true })
  before!: StaffSnapshot | null;

  @Column('jsonb')
  after!: StaffSnapshot;
}
