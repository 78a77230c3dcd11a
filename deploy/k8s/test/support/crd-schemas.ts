import { z } from 'zod';

/**
 * Hand-written schemas of the custom resources the manifests use (CloudNativePG, its Barman Cloud
 * plugin, the Prometheus Operator), covering the fields used here. Strict: a field they do not
 * know is refused, so a misspelt field fails instead of being ignored by the operator. Written
 * from the operators' API references (CloudNativePG 1.27, plugin-barman-cloud 0.6+,
 * prometheus-operator v1); extend them when a manifest needs another field.
 */
const name = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label');
const localRef = z.strictObject({ name });
const secretKeyRef = z.strictObject({ name, key: z.string().min(1) });
const quantity = z.string().regex(/^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/, 'must be a quantity');
const stringMap = z.record(z.string(), z.string());

const metadata = z.strictObject({
  name,
  namespace: z.string().optional(),
  labels: stringMap.optional(),
  annotations: stringMap.optional(),
});

const resources = z.strictObject({
  requests: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
  limits: z.strictObject({ cpu: quantity.optional(), memory: quantity.optional() }).optional(),
});

const resource = <K extends string, S extends z.ZodType>(apiVersion: string, kind: K, spec: S) =>
  z.strictObject({ apiVersion: z.literal(apiVersion), kind: z.literal(kind), metadata, spec });

const cnpgPlugin = z.strictObject({
  name: z.string().min(1),
  enabled: z.boolean().optional(),
  isWALArchiver: z.boolean().optional(),
  parameters: stringMap.optional(),
});

const storage = z.strictObject({ size: quantity, storageClass: z.string().optional() });

export const cnpgClusterSchema = resource(
  'postgresql.cnpg.io/v1',
  'Cluster',
  z.strictObject({
    instances: z.int().min(1),
    imageName: z.string().min(1),
    primaryUpdateStrategy: z.enum(['unsupervised', 'supervised']).optional(),
    minSyncReplicas: z.int().min(0).optional(),
    maxSyncReplicas: z.int().min(0).optional(),
    postgresql: z.strictObject({ parameters: stringMap.optional() }).optional(),
    bootstrap: z.strictObject({
      initdb: z.strictObject({
        database: z.string().min(1),
        owner: z.string().min(1),
        secret: localRef.optional(),
      }),
    }),
    managed: z
      .strictObject({
        roles: z.array(
          z.strictObject({
            name: z.string().min(1),
            ensure: z.enum(['present', 'absent']),
            login: z.boolean().optional(),
            inRoles: z.array(z.string()).optional(),
            passwordSecret: localRef.optional(),
          }),
        ),
      })
      .optional(),
    storage,
    walStorage: storage.optional(),
    resources: resources.optional(),
    affinity: z
      .strictObject({
        enablePodAntiAffinity: z.boolean().optional(),
        topologyKey: z.string().optional(),
        podAntiAffinityType: z.enum(['preferred', 'required']).optional(),
      })
      .optional(),
    plugins: z.array(cnpgPlugin).optional(),
  }),
);

export const cnpgScheduledBackupSchema = resource(
  'postgresql.cnpg.io/v1',
  'ScheduledBackup',
  z
    .strictObject({
      // Six fields, seconds first (robfig/cron), unlike a Kubernetes CronJob.
      schedule: z.string().regex(/^(\S+\s+){5}\S+$/, 'must be a six-field cron (seconds first)'),
      immediate: z.boolean().optional(),
      suspend: z.boolean().optional(),
      backupOwnerReference: z.enum(['none', 'self', 'cluster']).optional(),
      target: z.enum(['primary', 'prefer-standby']).optional(),
      cluster: localRef,
      method: z.enum(['barmanObjectStore', 'volumeSnapshot', 'plugin']),
      pluginConfiguration: z
        .strictObject({ name: z.string().min(1), parameters: stringMap.optional() })
        .optional(),
    })
    .refine((s) => s.method !== 'plugin' || s.pluginConfiguration, {
      message: 'method "plugin" needs pluginConfiguration',
    }),
);

const compression = z.enum(['bzip2', 'gzip', 'lz4', 'snappy', 'xz', 'zstd']);

export const barmanObjectStoreSchema = resource(
  'barmancloud.cnpg.io/v1',
  'ObjectStore',
  z.strictObject({
    retentionPolicy: z.string().regex(/^[1-9][0-9]*[dwm]$/, 'must be like 30d, 4w or 6m'),
    configuration: z.strictObject({
      destinationPath: z.string().regex(/^(s3|gs):\/\/[^/]+(\/.*)?$|^https:\/\//),
      endpointURL: z.url({ protocol: /^https?$/ }).optional(),
      s3Credentials: z
        .strictObject({ accessKeyId: secretKeyRef, secretAccessKey: secretKeyRef })
        .optional(),
      wal: z
        .strictObject({
          compression: compression.optional(),
          maxParallel: z.int().min(1).optional(),
        })
        .optional(),
      data: z
        .strictObject({ compression: compression.optional(), jobs: z.int().min(1).optional() })
        .optional(),
    }),
  }),
);

const duration = z.string().regex(/^\d+(ms|s|m|h)$/, 'must be a duration like 30s');

export const serviceMonitorSchema = resource(
  'monitoring.coreos.com/v1',
  'ServiceMonitor',
  z.strictObject({
    selector: z.strictObject({ matchLabels: stringMap }),
    endpoints: z
      .array(
        z.strictObject({
          port: z.string().min(1),
          path: z.string().startsWith('/'),
          interval: duration.optional(),
          scrapeTimeout: duration.optional(),
        }),
      )
      .min(1),
  }),
);

export type CnpgCluster = z.output<typeof cnpgClusterSchema>;
export type CnpgScheduledBackup = z.output<typeof cnpgScheduledBackupSchema>;
export type BarmanObjectStore = z.output<typeof barmanObjectStoreSchema>;
export type ServiceMonitor = z.output<typeof serviceMonitorSchema>;
