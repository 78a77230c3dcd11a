import { Module } from '@nestjs/common';
import { ApiClientsResolver } from './api-clients.resolver';
import { StaffMembersResolver } from './staff-members.resolver';

/** The identity service's administration through GraphQL: staff and their units, API clients. */
@Module({ providers: [StaffMembersResolver, ApiClientsResolver] })
export class IdentityAdminModule {}
