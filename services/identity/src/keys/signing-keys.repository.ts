import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { SigningKeyEntity } from './signing-key.entity';

/** What a key ring check changes, decided from the keys read under the lock. */
export interface SigningKeyChanges {
  insert: SigningKeyEntity[];
  retire: { kid: string; signsUntil: Date; publishedUntil: Date }[];
  drop: string[];
}

@Injectable()
export class SigningKeysRepository {
  constructor(
    @InjectRepository(SigningKeyEntity) private readonly keys: Repository<SigningKeyEntity>,
  ) {}

  findAll(): Promise<SigningKeyEntity[]> {
    return this.keys.find({ order: { signsFrom: 'ASC' } });
  }

  /**
   * Reads the keys and applies what `decide` makes of them, serialised across replicas by an
   * advisory lock: a replica that waited decides again on what the first one wrote. Answers the
   * keys after the change.
   */
  async change(
    decide: (keys: SigningKeyEntity[]) => Promise<SigningKeyChanges>,
  ): Promise<SigningKeyEntity[]> {
    return this.keys.manager.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['motcua:identity:signing-keys']);
      const keys = await m.find(SigningKeyEntity, { order: { signsFrom: 'ASC' } });
      const { insert, retire, drop } = await decide(keys);
      if (insert.length) await m.insert(SigningKeyEntity, insert);
      for (const { kid, signsUntil, publishedUntil } of retire) {
        await m.update(SigningKeyEntity, { kid }, { signsUntil, publishedUntil });
      }
      if (drop.length) await m.delete(SigningKeyEntity, { kid: In(drop) });
      if (!insert.length && !retire.length && !drop.length) return keys;
      return m.find(SigningKeyEntity, { order: { signsFrom: 'ASC' } });
    });
  }
}
