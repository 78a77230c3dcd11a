import { registerEnumType } from '@nestjs/graphql';
import { IntegratorScope, StaffRole } from '@motcua/contracts';
import { registerValuesEnum } from '../graphql/register-enum';

export const StaffRoleEnum = registerValuesEnum(
  StaffRole,
  'StaffRole',
  'What a staff member may do in their tenant: RECEIVER (at their branches), HANDLER and APPROVER (for their agencies), SUPERVISOR, TENANT_ADMIN, AUDITOR (reads everything, changes nothing).',
);

/**
 * GraphQL enum names cannot hold the ':' of the OAuth scopes, so each scope gets a name
 * (`DOSSIER_READ`) and keeps its wire value (`dossier:read`) inside the gateway.
 */
export const IntegratorScopeEnum = {
  DOSSIER_READ: IntegratorScope.DossierRead,
  DOSSIER_SUBMIT: IntegratorScope.DossierSubmit,
  PUBLIC_READ: IntegratorScope.PublicRead,
} as const satisfies Record<string, IntegratorScope>;

registerEnumType(IntegratorScopeEnum, {
  name: 'IntegratorScope',
  description: 'What an API client may be granted; the OAuth scope it asks for is in brackets.',
  valuesMap: {
    DOSSIER_READ: {
      description: "Read any dossier of the tenant (the national portal's sync) [dossier:read].",
    },
    DOSSIER_SUBMIT: {
      description: "Submit online dossiers on an applicant's behalf [dossier:submit].",
    },
    PUBLIC_READ: {
      description:
        'Public tracking and the catalog without the per-address limit (branch frontends, kiosks) [public:read].',
    },
  },
});
