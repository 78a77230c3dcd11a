import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EventType } from '@motcua/contracts';

/**
 * An integrator's endpoint registered by a tenant administrator. The secret is kept as issued:
 * signing needs it (HMAC), so it cannot be hashed like a password; it is never read back out.
 */
@Entity({ name: 'webhook_endpoint' })
@Index('ix_webhook_endpoint_tenant', ['tenantId'])
export class WebhookEndpointEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'tenant_id' })
  tenantId!: string;

  @Column('text')
  url!: string;

  @Column('text', { name: 'event_types', array: true })
  eventTypes!: EventType[];

  @Column('text')
  secret!: string;

  @Column('text', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
