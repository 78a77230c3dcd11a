import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** deploy/k8s */
export const K8S_DIR = resolve(__dirname, '../..');

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

/** One rendered manifest; the fields of each kind are read through the typed helpers. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

const KUBECTL_MISSING =
  'kubectl is not on PATH. The manifests under deploy/k8s are rendered with `kubectl kustomize` ' +
  '(kubectl 1.27 or later: built-in kustomize v5, for components and labels). Install kubectl; ' +
  "Debian's kubernetes-client package (1.20) is too old. This test never skips.";

/** Renders `deploy/k8s/overlays/<overlay>` with kubectl's built-in kustomize. */
export function renderOverlay(overlay: string): KubeObject[] {
  let out: string;
  try {
    out = execFileSync('kubectl', ['kustomize', resolve(K8S_DIR, 'overlays', overlay)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const failure = err as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new Error(KUBECTL_MISSING);
    throw new Error(
      `kubectl kustomize overlays/${overlay} failed:\n${failure.stderr ?? failure.message}`,
    );
  }
  return parseAllDocuments(out).map((doc, i) => {
    if (doc.errors.length)
      throw new Error(`overlays/${overlay} document ${i}: ${doc.errors[0].message}`);
    const value = doc.toJS() as unknown;
    if (!isKubeObject(value))
      throw new Error(`overlays/${overlay} document ${i} is not a Kubernetes object`);
    return value;
  });
}

function isKubeObject(value: unknown): value is KubeObject {
  if (!value || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  const meta = o.metadata as Record<string, unknown> | undefined;
  return (
    typeof o.apiVersion === 'string' &&
    typeof o.kind === 'string' &&
    !!meta &&
    typeof meta.name === 'string'
  );
}

/** `Kind/name` for messages. */
export function ref(o: KubeObject): string {
  return `${o.kind}/${o.metadata.name}`;
}
