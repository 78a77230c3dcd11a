import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** An upstream account (issuer, subject) a person signed in with. */
@Entity({ name: 'person_login' })
@Index('ix_person_login_person', ['personId'])
export class PersonLoginEntity {
  @PrimaryColumn('text')
  issuer!: string;

  /** The issuer's `sub`. */
  @PrimaryColumn('text')
  subject!: string;

  @Column('uuid', { name: 'person_id' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column('timestamptz', { name: 'first_seen_at' })
  firstSeenAt!: Date;

  @Column('timestamptz', { name: 'last_seen_at' })
  lastSeenAt!: Date;
}
