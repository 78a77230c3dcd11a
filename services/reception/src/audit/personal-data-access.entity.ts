import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Actor, PersonalDataAccessBasis, PersonalDataOperation } from '@motcua/contracts';

/**
 * One read of a dossier's personal data by staff or an integrator: who, when, on what basis and
 * why (DOMAIN §7). Append-only (a trigger refuses updates and deletes); auditors query it.
 */
@Entity({ name: 'personal_data_access' })
@Index('ix_personal_data_access_tenant_at', ['tenantId', 'at', 'id'])
@Index('ix_personal_data_access_dossier', ['tenantId', 'dossierCode', 'at'])
@Index('ix_personal_data_access_actor', ['tenantId', 'actorSubject', 'at'])
export class PersonalDataAccessEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text', { name: 'dossier_code' })
  dossierCode!: string;

  @Column('text', { name: 'actor_kind' })
  actorKind!: Actor['kind'];

  @Column('text', { name: 'actor_subject' })
  actorSubject!: string;

  @Column('text', { name: 'actor_name', nullable: true })
  actorName!: string | null;

  /** The reader's roles at the time of the read. */
  @Column('text', { array: true, default: () => "'{}'" })
  roles!: string[];

  @Column('text')
  basis!: PersonalDataAccessBasis;

  /** Why, as the reader said (free text); null when they gave no reason. */
  @Column('text', { nullable: true })
  purpose!: string | null;

  @Column('text')
  operation!: PersonalDataOperation;

  @Column('timestamptz')
  at!: Date;
}
