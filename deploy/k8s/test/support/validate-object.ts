import { z } from 'zod';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import {
  barmanObjectStoreSchema,
  cnpgClusterSchema,
  cnpgScheduledBackupSchema,
  serviceMonitorSchema,
} from './crd-schemas';
import type { KubeObject } from './render';

type Validator = (o: KubeObject) => void;

/** Kubernetes' own kinds: kubernetes-models checks them against the upstream OpenAPI schemas. */
function upstream<T>(Model: new (data: T) => { validate(): void }): Validator {
  return (o) => new Model(o as unknown as T).validate();
}

function custom(schema: z.ZodType): Validator {
  return (o) => {
    const result = schema.safeParse(o);
    if (!result.success) throw new Error(z.prettifyError(result.error));
  };
}

const VALIDATORS: Record<string, Validator> = {
  'v1/ConfigMap': upstream(ConfigMap),
  'v1/Namespace': upstream(Namespace),
  'v1/Secret': upstream(Secret),
  'v1/Service': upstream(Service),
  'v1/ServiceAccount': upstream(ServiceAccount),
  'apps/v1/Deployment': upstream(Deployment),
  'apps/v1/StatefulSet': upstream(StatefulSet),
  'batch/v1/Job': upstream(Job),
  'autoscaling/v2/HorizontalPodAutoscaler': upstream(HorizontalPodAutoscaler),
  'policy/v1/PodDisruptionBudget': upstream(PodDisruptionBudget),
  'networking.k8s.io/v1/NetworkPolicy': upstream(NetworkPolicy),
  'networking.k8s.io/v1/Ingress': upstream(Ingress),
  'postgresql.cnpg.io/v1/Cluster': custom(cnpgClusterSchema),
  'postgresql.cnpg.io/v1/ScheduledBackup': custom(cnpgScheduledBackupSchema),
  'barmancloud.cnpg.io/v1/ObjectStore': custom(barmanObjectStoreSchema),
  'monitoring.coreos.com/v1/ServiceMonitor': custom(serviceMonitorSchema),
};

/** Throws with the schema's complaint; a kind without a schema is an error too, never a pass. */
export function validateObject(o: KubeObject): void {
  const validate = VALIDATORS[`${o.apiVersion}/${o.kind}`];
  if (!validate)
    throw new Error(
      `no schema for ${o.apiVersion} ${o.kind}: add one to deploy/k8s/test/support/validate-object.ts`,
    );
  validate(o);
}
