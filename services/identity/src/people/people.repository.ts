import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PersonEntity } from './person.entity';

export interface SignIn {
  issuer: string;
  subject: string;
  displayName: string;
  personalIdMasked: string | null;
  assurance: string | null;
  at: Date;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  /** Records that a citizen signed in: creates the person or refreshes what the issuer asserted. */
  async recordSignIn(signIn: SignIn): Promise<void> {
    await this.people
      .createQueryBuilder()
      .insert()
      .into(PersonEntity)
      .values({
        issuer: signIn.issuer,
        subject: signIn.subject,
        displayName: signIn.displayName,
        personalIdMasked: signIn.personalIdMasked,
        assurance: signIn.assurance,
        firstSeenAt: signIn.at,
        lastSeenAt: signIn.at,
      })
      .orUpdate(
        ['display_name', 'personal_id_masked', 'assurance', 'last_seen_at'],
        ['issuer', 'subject'],
      )
      .execute();
  }

  findBySubject(issuer: string, subject: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ issuer, subject });
  }
}
