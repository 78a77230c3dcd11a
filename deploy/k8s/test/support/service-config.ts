import type { z } from 'zod';
import { catalogEnvSchema } from '../../../../services/catalog/src/config/catalog.config';
import { gatewayEnvSchema } from '../../../../services/gateway/src/config/gateway.config';
import { identityEnvSchema } from '../../../../services/identity/src/config/identity.config';
import { notificationEnvSchema } from '../../../../services/notification/src/config/notification.config';
import { receptionEnvSchema } from '../../../../services/reception/src/config/reception.config';
import { routingEnvSchema } from '../../../../services/routing/src/config/routing.config';

/** Each service's own environment schema: what it validates at boot (docs/operations.md). */
export const SERVICE_ENV_SCHEMAS: Record<string, z.ZodType> = {
  catalog: catalogEnvSchema,
  reception: receptionEnvSchema,
  routing: routingEnvSchema,
  identity: identityEnvSchema,
  notification: notificationEnvSchema,
  gateway: gatewayEnvSchema,
};

/** The HTTP port each service listens on by default (docs/operations.md). */
export const SERVICE_PORTS: Record<string, number> = {
  gateway: 3000,
  catalog: 3101,
  reception: 3102,
  routing: 3103,
  identity: 3104,
  notification: 3105,
};
