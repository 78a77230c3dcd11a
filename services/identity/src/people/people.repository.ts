import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PersonLoginEntity } from './person-login.entity';
import { PersonEntity } from './person.entity';

export interface CitizenSignIn {
  personalIdHash: string;
  personalIdMasked: string;
  displayName: string;
  assurance: number;
  /** The upstream account signed in with. */
  issuer: string;
  subject: string;
  at: Date;
}

@Injectable()
export class PeopleRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  /**
   * Records a citizen's sign-in: the person (found by personal ID hash, created on first sight)
   * takes what the issuer asserted now, and the upstream account is linked to them.
   */
  recordSignIn(signIn: CitizenSignIn): Promise<PersonEntity> {
    return this.people.manager.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(PersonEntity)
        .values({
          personalIdHash: signIn.personalIdHash,
          personalIdMasked: signIn.personalIdMasked,
          displayName: signIn.displayName,
          assurance: signIn.assurance,
          firstSeenAt: signIn.at,
          lastSeenAt: signIn.at,
        })
        .orUpdate(
          ['personal_id_masked', 'display_name', 'assurance', 'last_seen_at'],
          ['personal_id_hash'],
        )
        .execute();
      const person = await m.findOneByOrFail(PersonEntity, {
        personalIdHash: signIn.personalIdHash,
      });
      // An account that now asserts another personal ID follows it to that person.
      await m
        .createQueryBuilder()
        .insert()
        .into(PersonLoginEntity)
        .values({
          issuer: signIn.issuer,
          subject: signIn.subject,
          personId: person.id,
          firstSeenAt: signIn.at,
          lastSeenAt: signIn.at,
        })
        .orUpdate(['person_id', 'last_seen_at'], ['issuer', 'subject'])
        .execute();
      return person;
    });
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ id });
  }
}
