import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { IDENTITY_CONFIG, type IdentityConfig } from '../config/identity.config';
import { StaffRepository } from '../staff/staff.repository';
import { DEMO_STAFF } from './demo-staff';

/** Loads the demo staff when MOTCUA_DEMO_SEED is on; upserts, so running it again changes nothing. */
@Injectable()
export class DemoSeeder implements OnModuleInit {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly staff: StaffRepository,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.MOTCUA_DEMO_SEED) return;
    await this.seed();
  }

  async seed(): Promise<void> {
    await this.staff.upsert(
      DEMO_STAFF.map(({ tenant, ...member }) => ({ ...member, tenantId: tenant, active: true })),
    );
    this.logger.log(`demo staff loaded: ${DEMO_STAFF.length} members`);
  }
}
