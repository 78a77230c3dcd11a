import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A citizen seen at a national e-ID issuer. Not tenant-owned: one person deals with any province.
 * Only the masked personal ID is kept (logs and events never carry a full one).
 */
@Entity({ name: 'person' })
@Index('uq_person_issuer_subject', ['issuer', 'subject'], { unique: true })
export class PersonEntity {
  // The migration defaults it to gen_random_uuid() (core PostgreSQL, no uuid-ossp needed).
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  issuer!: string;

  @Column('text')
  subject!: string;

  @Column('text', { name: 'personal_id_masked', nullable: true })
  personalIdMasked!: string | null;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** `acr` of the last sign-in: the e-ID assurance level. */
  @Column('text', { nullable: true })
  assurance!: string | null;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;
}
