import { z } from 'zod';
import { containersOf, Inventory, isEmptySelector, selects } from './support/inventory';
import { resolveContainerEnv } from './support/container-env';
import { documentedSecrets } from './support/documented-secrets';
import { ref, renderOverlay } from './support/render';
import { SERVICE_ENV_SCHEMAS, SERVICE_PORTS } from './support/service-config';
import { validateObject } from './support/validate-object';
import {
  globalPortalEndpoint,
  type PortalSyncSettings,
} from '../../../services/notification/src/portal-sync/portal-sync.config';

/**
 * Renders every overlay of deploy/k8s with `kubectl kustomize`, validates each object against its
 * schema (Kubernetes' OpenAPI through kubernetes-models; hand-written ones for the operators'
 * resources), and checks what the platform needs of a deployment (docs/deployment.md).
 */
const TENANTS = ['hanoi', 'hcmc', 'quang-ninh'];
const OVERLAYS = [...TENANTS, 'shared'];
const SERVICES = Object.keys(SERVICE_ENV_SCHEMAS);

/** What differs between overlays: who is served, where. */
const EXPECTED: Record<string, { namespace: string; host: string; realms: string[] }> = {
  ...Object.fromEntries(
    TENANTS.map((t) => [t, { namespace: `motcua-${t}`, host: `${t}.motcua.gov.vn`, realms: [t] }]),
  ),
  shared: { namespace: 'motcua', host: 'motcua.gov.vn', realms: TENANTS },
};

const issuerSchema = z.looseObject({
  issuer: z.string(),
  kind: z.enum(['citizen', 'staff']),
  tenant: z.string().optional(),
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
});

const realmSchema = z.looseObject({
  realm: z.string(),
  enabled: z.literal(true),
  clients: z.array(
    z.looseObject({
      clientId: z.string(),
      secret: z.string().optional(),
      publicClient: z.boolean(),
      standardFlowEnabled: z.boolean(),
      directAccessGrantsEnabled: z.boolean(),
      redirectUris: z.array(z.string()),
      attributes: z.record(z.string(), z.string()),
    }),
  ),
  identityProviders: z.array(
    z.looseObject({
      alias: z.string(),
      providerId: z.string(),
      config: z.record(z.string(), z.string()),
    }),
  ),
});

describe.each(OVERLAYS)('deploy/k8s/overlays/%s', (overlay) => {
  const expected = EXPECTED[overlay];
  let inventory: Inventory;

  beforeAll(() => {
    inventory = new Inventory(renderOverlay(overlay));
  });

  /** The resolved environment of a workload's first container. */
  const envOf = (deployment: string) => {
    const container = inventory.one('Deployment', deployment).spec!.template.spec!.containers[0];
    return resolveContainerEnv(container, inventory.configMapData());
  };

  it('renders objects that are valid against their schemas', () => {
    const invalid = inventory.objects.flatMap((o) => {
      try {
        validateObject(o);
        return [];
      } catch (err) {
        return [`${ref(o)}: ${(err as Error).message}`];
      }
    });
    expect(invalid).toEqual([]);
    expect(inventory.objects.length).toBeGreaterThan(50);
  });

  it('puts every object in the overlay namespace', () => {
    const namespaces = inventory.objects
      .filter((o) => o.kind === 'Namespace')
      .map((o) => o.metadata.name);
    expect(namespaces).toEqual([expected.namespace]);
    const elsewhere = inventory.objects
      .filter((o) => o.kind !== 'Namespace' && o.metadata.namespace !== expected.namespace)
      .map(ref);
    expect(elsewhere).toEqual([]);
  });

  it('gives every container probes, resources and a non-root, unprivileged context', () => {
    const problems: string[] = [];
    for (const { owner, template } of inventory.podTemplates()) {
      const podUser = template.spec?.securityContext;
      for (const c of containersOf(template)) {
        const where = `${owner} ${c.name}`;
        const long = !owner.startsWith('Job/');
        if (long && !c.livenessProbe) problems.push(`${where}: no livenessProbe`);
        if (long && !c.readinessProbe) problems.push(`${where}: no readinessProbe`);
        if (!c.resources?.requests?.cpu || !c.resources.requests.memory)
          problems.push(`${where}: no cpu and memory requests`);
        if (!c.resources?.limits?.memory) problems.push(`${where}: no memory limit`);
        if (!(c.securityContext?.runAsNonRoot ?? podUser?.runAsNonRoot))
          problems.push(`${where}: may run as root`);
        if (c.securityContext?.allowPrivilegeEscalation !== false)
          problems.push(`${where}: privilege escalation allowed`);
        const portNames = new Set((c.ports ?? []).map((p) => p.name));
        for (const probe of [c.startupProbe, c.livenessProbe, c.readinessProbe]) {
          const port = probe?.httpGet?.port;
          if (typeof port === 'string' && !portNames.has(port))
            problems.push(`${where}: probe on unknown port ${port}`);
        }
        if (c.image === 'motcua')
          problems.push(`${where}: the overlay did not set the motcua image`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('probes each motcua service on /health/live and /health/ready of its HTTP port', () => {
    for (const service of SERVICES) {
      const c = inventory.one('Deployment', service).spec!.template.spec!.containers[0];
      const http = c.ports?.find((p) => p.name === 'http');
      expect({ service, port: http?.containerPort }).toEqual({
        service,
        port: SERVICE_PORTS[service],
      });
      expect([c.livenessProbe?.httpGet?.path, c.readinessProbe?.httpGet?.path]).toEqual([
        '/health/live',
        '/health/ready',
      ]);
      expect(c.command).toEqual(['node', `services/${service}/dist/main.js`]);
      expect(envOf(service).values.HTTP_PORT).toBe(String(SERVICE_PORTS[service]));
    }
  });

  it('scales every Deployment with an HPA and protects it and every StatefulSet with a PDB', () => {
    const problems: string[] = [];
    const hpas = inventory.all('HorizontalPodAutoscaler');
    const pdbs = inventory.all('PodDisruptionBudget');
    const covered = (labels: Record<string, string>) =>
      pdbs.some((p) => selects(p.spec?.selector, labels));
    for (const d of inventory.all('Deployment')) {
      const name = d.metadata!.name!;
      const hpa = hpas.find(
        (h) => h.spec?.scaleTargetRef.kind === 'Deployment' && h.spec.scaleTargetRef.name === name,
      );
      if (!hpa) problems.push(`Deployment/${name}: no HorizontalPodAutoscaler`);
      else if ((hpa.spec?.minReplicas ?? 1) < 2)
        problems.push(`Deployment/${name}: HPA allows a single replica`);
      if (d.spec?.replicas !== undefined)
        problems.push(`Deployment/${name}: sets replicas, which fights the HPA`);
      if (!covered(d.spec!.template.metadata?.labels ?? {}))
        problems.push(`Deployment/${name}: no PodDisruptionBudget`);
    }
    for (const s of inventory.all('StatefulSet'))
      if (!covered(s.spec!.template.metadata?.labels ?? {}))
        problems.push(`StatefulSet/${s.metadata?.name}: no PodDisruptionBudget`);
    const orphans = hpas.filter(
      (h) =>
        !inventory.all('Deployment').some((d) => d.metadata?.name === h.spec?.scaleTargetRef.name),
    );
    expect(problems).toEqual([]);
    expect(orphans.map((h) => h.metadata?.name)).toEqual([]);
  });

  it('inlines no Secret and documents every Secret key it references', () => {
    const inline = inventory.objects.filter(
      (o) => o.kind === 'Secret' && (o.data !== undefined || o.stringData !== undefined),
    );
    expect(inline.map(ref)).toEqual([]);

    const used: { name: string; key: string; by: string }[] = [];
    for (const { owner, template } of inventory.podTemplates())
      for (const c of containersOf(template))
        for (const s of resolveContainerEnv(c, inventory.configMapData()).secretKeys)
          used.push({ ...s, by: owner });
    for (const cluster of inventory.all('Cluster')) {
      const by = `Cluster/${cluster.metadata.name}`;
      const secret = cluster.spec.bootstrap.initdb.secret?.name;
      if (secret)
        used.push({ name: secret, key: 'username', by }, { name: secret, key: 'password', by });
      for (const role of cluster.spec.managed?.roles ?? [])
        if (role.passwordSecret) used.push({ name: role.passwordSecret.name, key: 'password', by });
    }
    for (const store of inventory.all('ObjectStore')) {
      const credentials = store.spec.configuration.s3Credentials;
      if (credentials)
        used.push(
          { ...credentials.accessKeyId, by: `ObjectStore/${store.metadata.name}` },
          { ...credentials.secretAccessKey, by: `ObjectStore/${store.metadata.name}` },
        );
    }
    for (const ingress of inventory.all('Ingress'))
      for (const tls of ingress.spec?.tls ?? [])
        for (const key of ['tls.crt', 'tls.key'])
          used.push({ name: tls.secretName ?? '', key, by: `Ingress/${ingress.metadata?.name}` });

    const documented = documentedSecrets();
    const undocumented = used
      .filter(({ name, key }) => !documented.get(name)?.has(key))
      .map(({ name, key, by }) => `${name}/${key} (${by})`);
    expect([...new Set(undocumented)]).toEqual([]);
    expect(used.length).toBeGreaterThan(10);
  });

  it("covers every Service's pods with a NetworkPolicy of their own, behind a default deny", () => {
    const policies = inventory.all('NetworkPolicy');
    const defaultDeny = policies.find(
      (p) => isEmptySelector(p.spec?.podSelector) && !p.spec?.ingress && !p.spec?.egress,
    );
    expect(defaultDeny?.spec?.policyTypes).toEqual(['Ingress', 'Egress']);

    const pods = inventory.podLabels();
    const problems: string[] = [];
    for (const service of inventory.all('Service')) {
      const selected = pods.filter((p) =>
        Object.entries(service.spec?.selector ?? {}).every(([k, v]) => p.labels[k] === v),
      );
      if (!selected.length) problems.push(`Service/${service.metadata?.name} selects no pod`);
      for (const pod of selected) {
        const own = policies.filter(
          (p) => !isEmptySelector(p.spec?.podSelector) && selects(p.spec?.podSelector, pod.labels),
        );
        const types = new Set(own.flatMap((p) => p.spec?.policyTypes ?? []));
        if (!types.has('Ingress') || !types.has('Egress'))
          problems.push(
            `${pod.owner} (Service/${service.metadata?.name}): no own ingress and egress policy`,
          );
      }
    }
    // A peer picked by pod labels alone must be a pod of this namespace: catches label typos.
    for (const policy of policies) {
      const peers = [
        ...(policy.spec?.ingress ?? []).flatMap((r) => r.from ?? []),
        ...(policy.spec?.egress ?? []).flatMap((r) => r.to ?? []),
      ];
      for (const peer of peers)
        if (
          peer.podSelector &&
          !peer.namespaceSelector &&
          !pods.some((p) => selects(peer.podSelector, p.labels))
        )
          problems.push(
            `NetworkPolicy/${policy.metadata?.name}: a peer selects no pod (${JSON.stringify(peer.podSelector)})`,
          );
      if (
        !pods.some((p) => selects(policy.spec?.podSelector, p.labels)) &&
        !isEmptySelector(policy.spec?.podSelector)
      )
        problems.push(`NetworkPolicy/${policy.metadata?.name} applies to no pod`);
    }
    expect(problems).toEqual([]);
  });

  it('lets services reach only NATS and their database, and only the gateway be reached from the ingress', () => {
    const policies = inventory.all('NetworkPolicy');
    for (const service of SERVICES) {
      const policy = policies.find((p) => p.metadata?.name === service)!;
      const peers = (policy.spec?.egress ?? []).flatMap((r) =>
        (r.to ?? []).map((to) => to.podSelector?.matchLabels ?? {}),
      );
      const inCluster = peers.filter((l) => Object.keys(l).length);
      const expectedPeers = [{ 'app.kubernetes.io/name': 'nats' }];
      if (service !== 'gateway') expectedPeers.push({ 'cnpg.io/cluster': 'motcua-db' } as never);
      expect({ service, peers: inCluster }).toEqual({ service, peers: expectedPeers });
      const fromIngress = (policy.spec?.ingress ?? []).some((r) =>
        (r.from ?? []).some(
          (f) =>
            f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'ingress-nginx',
        ),
      );
      expect({ service, fromIngress }).toEqual({ service, fromIngress: service === 'gateway' });
    }
  });

  it('gives each motcua service an environment its own configuration schema accepts', () => {
    const problems: string[] = [];
    for (const [service, schema] of Object.entries(SERVICE_ENV_SCHEMAS)) {
      const env = envOf(service);
      problems.push(...env.problems.map((p) => `${service}: ${p}`));
      expect(env.values.NODE_ENV).toBe('production');
      const result = schema.safeParse(env.values);
      if (!result.success) problems.push(`${service}: ${z.prettifyError(result.error)}`);
    }
    // The gateway accepts the platform tokens identity signs only with the same issuer.
    expect(envOf('gateway').values.PLATFORM_TOKEN_ISSUER).toBe(
      envOf('identity').values.PLATFORM_TOKEN_ISSUER,
    );
    // notification checks the portal endpoint and its credentials together at boot.
    const notification = SERVICE_ENV_SCHEMAS.notification.parse(envOf('notification').values);
    expect(() => globalPortalEndpoint(notification as PortalSyncSettings)).not.toThrow();
    const migrate = inventory.one('Job', 'migrate').spec!.template.spec!.containers[0];
    expect(migrate.command).toEqual(['node', 'scripts/migrate.mjs']);
    const migrateEnv = resolveContainerEnv(migrate, inventory.configMapData());
    expect(migrateEnv.values.DATABASE_URL).toBe(envOf('catalog').values.DATABASE_URL);
    expect(problems).toEqual([]);
  });

  it('runs a three-node NATS JetStream cluster and three stream replicas', () => {
    const nats = inventory.one('StatefulSet', 'nats');
    expect(nats.spec?.replicas).toBe(3);
    const conf = inventory.generated('nats-config')['nats.conf'];
    expect(conf).toMatch(/jetstream\s*\{/);
    expect(conf.match(/nats:\/\/nats-\d\.nats-headless:6222/g)).toHaveLength(3);
    for (const service of SERVICES) {
      expect(envOf(service).values.JETSTREAM_REPLICAS).toBe('3');
      expect(envOf(service).values.NATS_URL).toBe('nats://nats:4222');
    }
  });

  it('keeps PostgreSQL in CloudNativePG clusters with continuous backups', () => {
    const clusters = inventory.all('Cluster');
    const stores = inventory.all('ObjectStore').map((s) => s.metadata.name);
    for (const cluster of clusters) {
      const archiver = cluster.spec.plugins?.find((p) => p.isWALArchiver);
      expect({
        cluster: cluster.metadata.name,
        store: stores.includes(archiver?.parameters?.barmanObjectName ?? ''),
      }).toEqual({
        cluster: cluster.metadata.name,
        store: true,
      });
      const backups = inventory
        .all('ScheduledBackup')
        .filter((b) => b.spec.cluster.name === cluster.metadata.name);
      expect({ cluster: cluster.metadata.name, backups: backups.length }).toEqual({
        cluster: cluster.metadata.name,
        backups: 1,
      });
    }
    const platform = inventory.one('Cluster', 'motcua-db');
    expect(platform.spec.instances).toBeGreaterThanOrEqual(3);
    expect(platform.spec.managed?.roles.find((r) => r.name === 'motcua_reception_app')?.login).toBe(
      false,
    );
    const url = new URL(envOf('reception').values.DATABASE_URL);
    expect([url.hostname, url.pathname, url.username]).toEqual([
      'motcua-db-rw',
      `/${platform.spec.bootstrap.initdb.database}`,
      envOf('reception').values.DATABASE_USER,
    ]);
    expect(inventory.all('ObjectStore')[0].spec.configuration.destinationPath).toContain(
      expected.namespace,
    );
  });

  it('imports a Keycloak realm per tenant that matches what identity expects (IDENTITY_ISSUERS)', () => {
    const keycloakEnv = envOf('keycloak');
    const kcHost = new URL(keycloakEnv.values.KC_HOSTNAME);
    const gatewayUrl = envOf('gateway').values.GATEWAY_PUBLIC_URL;
    expect(keycloakEnv.values.GATEWAY_PUBLIC_URL).toBe(gatewayUrl);

    const realmFiles = inventory.generated('keycloak-realms');
    expect(Object.keys(realmFiles).sort()).toEqual(expected.realms.map((r) => `${r}.json`).sort());
    const issuers = z
      .array(issuerSchema)
      .parse(JSON.parse(envOf('identity').values.IDENTITY_ISSUERS));
    const staff = issuers.filter((i) => i.kind === 'staff');
    expect(staff.map((i) => i.tenant).sort()).toEqual([...expected.realms].sort());

    const placeholders = (text: string) =>
      [...text.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]);
    for (const [file, text] of Object.entries(realmFiles)) {
      const missing = placeholders(text).filter((v) => !(v in keycloakEnv.values));
      expect({ file, missing }).toEqual({ file, missing: [] });
      const realm = realmSchema.parse(JSON.parse(text));
      expect(`${realm.realm}.json`).toBe(file);
      const issuer = staff.find((i) => i.tenant === realm.realm)!;
      expect(issuer.issuer).toBe(`${kcHost.origin}/realms/${realm.realm}`);
      const client = realm.clients.find((c) => c.clientId === issuer.clientId)!;
      expect(client).toBeDefined();
      expect(client.publicClient).toBe(false);
      expect(client.standardFlowEnabled && !client.directAccessGrantsEnabled).toBe(true);
      expect(client.attributes['pkce.code.challenge.method']).toBe('S256');
      expect(
        client.redirectUris.map((u) => u.replace('${GATEWAY_PUBLIC_URL}', gatewayUrl)),
      ).toEqual([`${gatewayUrl}/auth/callback`]);
      // Both ends of the client secret read the same Secret key.
      const kcVar = /^\$\{([A-Z0-9_]+)\}$/.exec(client.secret ?? '')![1];
      expect(keycloakEnv.values[kcVar]).toBe(issuer.clientSecret);
      // The national e-ID is the realm's identity provider; identity trusts the same issuer for citizens.
      const vneid = realm.identityProviders.find((p) => p.alias === 'vneid')!;
      expect(vneid.config.issuer.replace('${VNEID_ISSUER}', keycloakEnv.values.VNEID_ISSUER)).toBe(
        issuers.find((i) => i.kind === 'citizen')?.issuer,
      );
    }
    const keycloakIngress = inventory.one('Ingress', 'keycloak');
    expect(keycloakIngress.spec?.rules?.map((r) => r.host)).toEqual([kcHost.hostname]);
  });

  it("publishes the tenant's gateway address without /metrics or /health", () => {
    const ingress = inventory.one('Ingress', 'gateway');
    const hosts = ingress.spec?.rules?.map((r) => r.host) ?? [];
    expect(hosts[0]).toBe(expected.host);
    expect(envOf('gateway').values.GATEWAY_PUBLIC_URL).toBe(`https://${expected.host}`);
    expect(ingress.spec?.tls?.flatMap((t) => t.hosts)).toEqual(hosts);
    for (const rule of ingress.spec?.rules ?? [])
      for (const path of rule.http?.paths ?? []) {
        expect(path.backend.service?.name).toBe('gateway');
        for (const internal of ['/metrics', '/health/ready'])
          expect({ path: path.path, exposes: internal.startsWith(path.path ?? '/') }).toEqual({
            path: path.path,
            exposes: false,
          });
      }
  });

  it('has every service scraped for Prometheus on its HTTP port', () => {
    for (const service of SERVICES) {
      const annotations =
        inventory.one('Deployment', service).spec!.template.metadata?.annotations ?? {};
      expect(annotations['prometheus.io/port']).toBe(String(SERVICE_PORTS[service]));
      expect(annotations['prometheus.io/path']).toBe('/metrics');
    }
    const monitor = inventory.objects.find(
      (o) => o.kind === 'ServiceMonitor' && o.metadata.name === 'motcua-services',
    );
    expect(monitor).toBeDefined();
  });
});
