import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { CallerResolver } from './caller-resolver.service';
import { PlatformKeys } from './platform-keys.service';
import { PlatformTokenVerifier } from './platform-token.verifier';
import { TenantDirectory } from './tenant-directory.service';
import { TokenRoutes } from './token-routes';

/**
 * Authentication, tenancy and authorization of every GraphQL field (a global guard), and the
 * OAuth endpoints that hand out platform tokens (/auth/token, /auth/revoke, the JWKS).
 */
@Module({
  providers: [
    PlatformKeys,
    PlatformTokenVerifier,
    TenantDirectory,
    CallerResolver,
    TokenRoutes,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  // Live updates check the token of a WebSocket connection when it opens; pages check tenants.
  exports: [PlatformTokenVerifier, TenantDirectory],
})
export class AuthModule {}
