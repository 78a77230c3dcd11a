import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A staff member of one tenant, known by the subject of their tokens at the tenant's staff IdP.
 * Roles and units live here, not in the IdP: the tenant administers them in motcua. A member
 * may belong to several branches and agencies.
 */
@Entity({ name: 'staff' })
@Index('uq_staff_tenant_subject', ['tenantId', 'subject'], { unique: true })
export class StaffEntity {
  // The migration defaults it to gen_random_uuid() (core PostgreSQL, no uuid-ossp needed).
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  /** `sub` of the staff IdP's tokens. */
  @Column('text')
  subject!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  roles!: string[];

  /** Branches they receive at (receivers need one at least). */
  @Column('text', { name: 'branch_ids', array: true, default: () => "'{}'" })
  branchIds!: string[];

  /** Agencies they work for (handlers and approvers need one at least). */
  @Column('text', { name: 'agency_codes', array: true, default: () => "'{}'" })
  agencyCodes!: string[];

  @Column('boolean', { default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
