import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApiClientEntity } from './api-client.entity';

export type NewApiClient = Omit<ApiClientEntity, 'id'>;

/** A new secret hash, and until when the one it replaces still counts (null: not at all). */
export interface SecretRotation {
  secretHash: string;
  rotatedAt: Date;
  previousValidUntil: Date | null;
}

@Injectable()
export class ApiClientsRepository {
  constructor(
    @InjectRepository(ApiClientEntity) private readonly clients: Repository<ApiClientEntity>,
  ) {}

  /** A client by its public id, whatever its tenant (ids are unique across tenants). */
  findByClientId(clientId: string): Promise<ApiClientEntity | null> {
    return this.clients.findOneBy({ clientId });
  }

  findInTenant(tenantId: string, clientId: string): Promise<ApiClientEntity | null> {
    return this.clients.findOneBy({ tenantId, clientId });
  }

  list(tenantId: string): Promise<ApiClientEntity[]> {
    return this.clients.find({ where: { tenantId }, order: { createdAt: 'ASC', clientId: 'ASC' } });
  }

  insert(client: NewApiClient): Promise<ApiClientEntity> {
    return this.clients.save(this.clients.create(client));
  }

  /**
   * Replaces the secret; the current one becomes the previous one until `previousValidUntil`.
   * Under a row lock, so two rotations at once cannot both keep "their" previous secret.
   * Null when the client is not (or no longer) an active client of the tenant.
   */
  async rotate(
    tenantId: string,
    clientId: string,
    rotation: SecretRotation,
  ): Promise<ApiClientEntity | null> {
    return this.clients.manager.transaction(async (m) => {
      const client = await m.findOne(ApiClientEntity, {
        where: { tenantId, clientId, active: true },
        lock: { mode: 'pessimistic_write' },
      });
      if (!client) return null;
      client.previousSecretHash = rotation.previousValidUntil ? client.secretHash : null;
      client.previousSecretValidUntil = rotation.previousValidUntil;
      client.secretHash = rotation.secretHash;
      client.secretRotatedAt = rotation.rotatedAt;
      return m.save(ApiClientEntity, client);
    });
  }

  /** Deactivates the client and forgets its previous secret; null when unknown in the tenant. */
  async revoke(tenantId: string, clientId: string): Promise<ApiClientEntity | null> {
    return this.clients.manager.transaction(async (m) => {
      const client = await m.findOne(ApiClientEntity, {
        where: { tenantId, clientId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!client) return null;
      if (!client.active) return client;
      client.active = false;
      client.previousSecretHash = null;
      client.previousSecretValidUntil = null;
      return m.save(ApiClientEntity, client);
    });
  }
}
