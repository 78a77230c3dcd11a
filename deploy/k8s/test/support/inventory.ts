import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IStatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { INetworkPolicySpec } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicySpec';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { IService } from 'kubernetes-models/v1/Service';
import type { BarmanObjectStore, CnpgCluster, CnpgScheduledBackup } from './crd-schemas';
import type { KubeObject } from './render';

export type LabelSelector = INetworkPolicySpec['podSelector'];
export type Labels = Record<string, string>;

interface KindMap {
  ConfigMap: IConfigMap;
  Deployment: IDeployment;
  StatefulSet: IStatefulSet;
  Job: IJob;
  Service: IService;
  HorizontalPodAutoscaler: IHorizontalPodAutoscaler;
  PodDisruptionBudget: IPodDisruptionBudget;
  NetworkPolicy: INetworkPolicy;
  Ingress: IIngress;
  Cluster: CnpgCluster;
  ScheduledBackup: CnpgScheduledBackup;
  ObjectStore: BarmanObjectStore;
}

/** One overlay's objects, read by kind (they were validated first, so the casts hold). */
export class Inventory {
  constructor(readonly objects: KubeObject[]) {}

  all<K extends keyof KindMap>(kind: K): KindMap[K][] {
    return this.objects.filter((o) => o.kind === kind) as unknown as KindMap[K][];
  }

  one<K extends keyof KindMap>(kind: K, name: string): KindMap[K] {
    const found = this.all(kind).find((o) => o.metadata?.name === name);
    if (!found) throw new Error(`no ${kind}/${name} in the overlay`);
    return found;
  }

  /** ConfigMaps by the name workloads use (kustomize appends a content hash to both). */
  configMapData(): Map<string, Record<string, string>> {
    return new Map(this.all('ConfigMap').map((c) => [c.metadata?.name ?? '', c.data ?? {}]));
  }

  /** The ConfigMap generated from `name` (its rendered name is `name-<hash>`). */
  generated(name: string): Record<string, string> {
    const found = this.all('ConfigMap').filter((c) =>
      new RegExp(`^${name}-[a-z0-9]{10}$`).test(c.metadata?.name ?? ''),
    );
    if (found.length !== 1) throw new Error(`expected one ConfigMap generated as ${name}`);
    return found[0].data ?? {};
  }

  /** Every pod the overlay starts, with where it comes from. */
  podTemplates(): { owner: string; template: IPodTemplateSpec }[] {
    return [
      ...this.all('Deployment').map((d) => ({
        owner: `Deployment/${d.metadata?.name}`,
        template: d.spec!.template,
      })),
      ...this.all('StatefulSet').map((s) => ({
        owner: `StatefulSet/${s.metadata?.name}`,
        template: s.spec!.template,
      })),
      ...this.all('Job').map((j) => ({
        owner: `Job/${j.metadata?.name}`,
        template: j.spec!.template,
      })),
    ];
  }

  /** Labels of every pod, the database pods CloudNativePG starts for each Cluster included. */
  podLabels(): { owner: string; labels: Labels }[] {
    return [
      ...this.podTemplates().map(({ owner, template }) => ({
        owner,
        labels: template.metadata?.labels ?? {},
      })),
      ...this.all('Cluster').map((c) => ({
        owner: `Cluster/${c.metadata.name}`,
        labels: { 'cnpg.io/cluster': c.metadata.name },
      })),
    ];
  }
}

export function containersOf(template: IPodTemplateSpec): IContainer[] {
  return [...(template.spec?.initContainers ?? []), ...(template.spec?.containers ?? [])];
}

/** Kubernetes label selector semantics (matchLabels and matchExpressions, ANDed). */
export function selects(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!selector) return false;
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every((e) => {
    const value = labels[e.key];
    switch (e.operator) {
      case 'In':
        return value !== undefined && (e.values ?? []).includes(value);
      case 'NotIn':
        return value === undefined || !(e.values ?? []).includes(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}

export function isEmptySelector(selector: LabelSelector | undefined): boolean {
  return (
    !selector ||
    (!Object.keys(selector.matchLabels ?? {}).length && !(selector.matchExpressions ?? []).length)
  );
}
