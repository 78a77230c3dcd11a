import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  DiscardPolicy,
  jetstream,
  jetstreamManager,
  JetStreamApiError,
  StorageType,
} from '@nats-io/jetstream';
import { NATS_CONNECTION, Naming } from '@motcua/platform';

/**
 * Remembers which portal dossier ids were already delivered (one message per subject, new ones
 * refused), so a repeat answers 200 instead of 201. Reception's idempotency key keeps the
 * dossier single either way; this only tells the portal which answer it got.
 */
@Injectable()
export class InboundClaims implements OnModuleInit {
  private readonly stream: string;
  private readonly subjectRoot: string;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    naming: Naming,
  ) {
    this.stream = naming.durable('NATIONAL_PORTAL_INBOUND').toUpperCase();
    this.subjectRoot = `${naming.prefix}national-portal.inbound`;
  }

  async onModuleInit(): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const config = {
      subjects: [`${this.subjectRoot}.>`],
      max_msgs_per_subject: 1,
      discard: DiscardPolicy.New,
      discard_new_per_subject: true,
      storage: StorageType.File,
    };
    try {
      await jsm.streams.info(this.stream);
    } catch {
      await jsm.streams.add({ name: this.stream, ...config }).catch(async () => {
        // Another replica created it meanwhile.
        await jsm.streams.info(this.stream);
      });
    }
  }

  /** True the first time `portalDossierId` of `tenant` is claimed, false on every repeat. */
  async claim(tenant: string, portalDossierId: string, code: string): Promise<boolean> {
    const key = createHash('sha256').update(portalDossierId).digest('hex');
    try {
      await jetstream(this.nc).publish(`${this.subjectRoot}.${tenant}.${key}`, code);
      return true;
    } catch (err) {
      if (err instanceof JetStreamApiError && /maximum messages per subject/i.test(err.message))
        return false;
      throw err;
    }
  }
}
