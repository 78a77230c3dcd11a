import { createHash } from 'node:crypto';
import type { IContainer } from 'kubernetes-models/v1/Container';

export interface SecretKey {
  name: string;
  key: string;
}

export interface ResolvedEnv {
  /** What the process would see, with stand-ins for the Secrets' values. */
  values: Record<string, string>;
  secretKeys: SecretKey[];
  problems: string[];
}

/**
 * Stand-ins for Secret values whose form a service checks at boot; every other key gets 64 hex
 * characters (long enough for the keys and peppers, safe inside URLs and JSON).
 */
const SECRET_SAMPLES: Record<string, string> = {
  'notification-secrets/smtp-url': 'smtps://motcua:password@smtp.example.gov.vn:465',
};

function secretSample({ name, key }: SecretKey): string {
  return (
    SECRET_SAMPLES[`${name}/${key}`] ?? createHash('sha256').update(`${name}/${key}`).digest('hex')
  );
}

/**
 * The environment of a container as the kubelet builds it: envFrom first, then env in order,
 * where `$(VAR)` expands only variables defined before it and `$$` escapes a dollar.
 */
export function resolveContainerEnv(
  container: IContainer,
  configMaps: Map<string, Record<string, string>>,
): ResolvedEnv {
  const values: Record<string, string> = {};
  const secretKeys: SecretKey[] = [];
  const problems: string[] = [];
  for (const source of container.envFrom ?? []) {
    if (source.secretRef)
      problems.push(`envFrom secretRef ${source.secretRef.name}: name each key instead`);
    if (!source.configMapRef) continue;
    const data = configMaps.get(source.configMapRef.name ?? '');
    if (!data) problems.push(`envFrom: no ConfigMap ${source.configMapRef.name}`);
    Object.assign(values, data ?? {});
  }
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) {
      values[variable.name] = expand(variable.value, values, (missing) =>
        problems.push(`${variable.name}: $(${missing}) is not defined before it`),
      );
      continue;
    }
    const from = variable.valueFrom;
    if (from?.secretKeyRef) {
      const ref = { name: from.secretKeyRef.name ?? '', key: from.secretKeyRef.key };
      secretKeys.push(ref);
      // An optional key is left out here: the smallest deployment, which must boot too.
      if (!from.secretKeyRef.optional) values[variable.name] = secretSample(ref);
    } else if (from?.configMapKeyRef) {
      const value = configMaps.get(from.configMapKeyRef.name ?? '')?.[from.configMapKeyRef.key];
      if (value === undefined)
        problems.push(
          `${variable.name}: no key ${from.configMapKeyRef.key} in ConfigMap ${from.configMapKeyRef.name}`,
        );
      values[variable.name] = value ?? '';
    } else if (from?.fieldRef) {
      values[variable.name] = `<${from.fieldRef.fieldPath}>`;
    } else {
      values[variable.name] = '';
    }
  }
  return { values, secretKeys, problems };
}

function expand(
  value: string,
  defined: Record<string, string>,
  missing: (name: string) => void,
): string {
  return value.replace(
    /\$\$|\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g,
    (match, name: string | undefined) => {
      if (name === undefined) return '$';
      if (name in defined) return defined[name];
      missing(name);
      return match;
    },
  );
}
