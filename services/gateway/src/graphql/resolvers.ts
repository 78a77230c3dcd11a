import { AttachmentsResolver } from '../attachments/attachments.resolver';
import { AgenciesResolver } from '../catalog/agencies.resolver';
import { BranchesResolver } from '../catalog/branches.resolver';
import { CalendarsResolver } from '../catalog/calendars.resolver';
import { ProcedureAdminResolver } from '../catalog/procedure-admin.resolver';
import { ProceduresResolver } from '../catalog/procedures.resolver';
import { TenantsResolver } from '../catalog/tenants.resolver';
import { UnitsResolver } from '../catalog/units.resolver';
import { DeliveriesResolver } from '../deliveries/deliveries.resolver';
import { WebhooksResolver } from '../deliveries/webhooks.resolver';
import { DossierFormsResolver } from '../dossiers/dossier-forms.resolver';
import { DossiersResolver } from '../dossiers/dossiers.resolver';
import { PersonalDataAccessResolver } from '../dossiers/personal-data-access.resolver';
import { ApiClientsResolver } from '../identity-admin/api-clients.resolver';
import { StaffMembersResolver } from '../identity-admin/staff-members.resolver';
import { LiveResolver } from '../live/live.resolver';
import { PortalSyncResolver } from '../national-portal/portal-sync.resolver';
import { QueueBoardResolver } from '../queue-tickets/queue-board.resolver';
import { QueueTicketsResolver } from '../queue-tickets/queue-tickets.resolver';
import { NotificationPreferencesResolver } from '../notification-admin/notification-preferences.resolver';
import { NotificationTemplatesResolver } from '../notification-admin/notification-templates.resolver';
import { AlertsResolver } from '../routing/alerts.resolver';
import { DossierRoutingResolver } from '../routing/dossier-routing.resolver';
import { HandlersResolver } from '../routing/handlers.resolver';
import { InterAgencyChainResolver } from '../routing/inter-agency-chain.resolver';
import { RoutingRulesResolver } from '../routing/routing-rules.resolver';
import { ReportsResolver } from '../reports/reports.resolver';

/** Every resolver of the schema: the app serves them, generate-schema prints them. */
export const GATEWAY_RESOLVERS = [
  TenantsResolver,
  UnitsResolver,
  BranchesResolver,
  AgenciesResolver,
  ProceduresResolver,
  ProcedureAdminResolver,
  CalendarsResolver,
  DossiersResolver,
  DossierFormsResolver,
  PersonalDataAccessResolver,
  AttachmentsResolver,
  DossierRoutingResolver,
  RoutingRulesResolver,
  HandlersResolver,
  AlertsResolver,
  InterAgencyChainResolver,
  StaffMembersResolver,
  ApiClientsResolver,
  NotificationTemplatesResolver,
  NotificationPreferencesResolver,
  LiveResolver,
  WebhooksResolver,
  DeliveriesResolver,
  PortalSyncResolver,
  ReportsResolver,
  QueueTicketsResolver,
  QueueBoardResolver,
];
