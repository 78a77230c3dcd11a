import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A citizen, keyed by their personal ID: two upstream accounts of one person are one person. Not
 * tenant-owned: one person deals with any province. The personal ID itself is not kept, only a
 * keyed hash to find the person again and a masked form to show (logs and events never carry a
 * full one); it travels only in the `pid` claim of their access tokens.
 */
@Entity({ name: 'person' })
@Index('uq_person_personal_id_hash', ['personalIdHash'], { unique: true })
export class PersonEntity {
  /** The platform subject of the citizen's tokens. */
  // The migration defaults it to gen_random_uuid() (core PostgreSQL, no uuid-ossp needed).
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** HMAC-SHA256 of the personal ID with IDENTITY_PERSON_ID_PEPPER (hex). */
  @Column('text', { name: 'personal_id_hash' })
  personalIdHash!: string;

  @Column('text', { name: 'personal_id_masked' })
  personalIdMasked!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** e-ID assurance level of the last sign-in (1 or 2). */
  @Column('smallint')
  assurance!: number;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;
}
