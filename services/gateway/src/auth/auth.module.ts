import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { CallerResolver } from './caller-resolver.service';
import { PrincipalResolver } from './principal-resolver.service';
import { TenantDirectory } from './tenant-directory.service';

/** Authentication, tenancy and authorization of every GraphQL field (a global guard). */
@Module({
  providers: [
    PrincipalResolver,
    TenantDirectory,
    CallerResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
})
export class AuthModule {}
