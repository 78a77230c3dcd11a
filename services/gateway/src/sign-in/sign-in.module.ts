import { Module } from '@nestjs/common';
import { SignInRoutes } from './sign-in-routes';

/** Browser sign-in at the national e-ID or a tenant's staff IdP (GET /auth/login, /auth/callback). */
@Module({ providers: [SignInRoutes] })
export class SignInModule {}
