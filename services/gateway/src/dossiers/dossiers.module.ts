import { Module } from '@nestjs/common';
import { DossiersResolver } from './dossiers.resolver';

/** Dossiers from the reception service: submission, staff view, public tracking. */
@Module({ providers: [DossiersResolver] })
export class DossiersModule {}
