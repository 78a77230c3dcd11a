import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ReportRoutes } from './report-routes';
import { ReportsResolver } from './reports.resolver';

/** Reports, the national service index and their CSV/XLSX exports (docs/reports.md). */
@Module({ imports: [AuthModule], providers: [ReportsResolver, ReportRoutes] })
export class ReportsModule {}
