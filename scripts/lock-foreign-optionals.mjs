#!/usr/bin/env node
// The npm registry reachable here serves only the platform packages of Linux machines, so
// `npm install` cannot record the other platforms' optional binaries (@swc/core-darwin-arm64 …)
// in package-lock.json, and `npm ci` then refuses the lock as "out of sync". This adds those
// entries (version, os, cpu, libc from the package name; optional) so `npm ci` skips them on
// Linux as it would with a complete lock. Run it after every `npm install`:
//   node scripts/lock-foreign-optionals.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const lockPath = resolve(root, 'package-lock.json');

function missing() {
  try {
    execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts'], { cwd: root, stdio: 'pipe' });
    return [];
  } catch (err) {
    const out = `${err.stdout ?? ''}${err.stderr ?? ''}`;
    return [...out.matchAll(/Missing: (@?[^@\s]+)@/g)].map((m) => m[1]);
  }
}

const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'wasm32'];
const OSES = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony'];

function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.find((t) => OSES.includes(t));
  const cpu = tokens.find((t) => CPUS.includes(t));
  const libc = tokens.some((t) => t.startsWith('musl'))
    ? 'musl'
    : tokens.some((t) => t === 'gnu' || t.startsWith('gnueabi'))
      ? 'glibc'
      : undefined;
  if (!os || !cpu) throw new Error(`cannot tell the platform of ${name}`);
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

const names = missing();
if (!names.length) {
  console.log('package-lock.json is complete for npm ci');
  process.exit(0);
}
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
for (const name of names) {
  // Find the package that declares it, for the version and whether it is a dev dependency.
  const parent = Object.entries(lock.packages).find(([, p]) => p.optionalDependencies?.[name]);
  if (!parent) throw new Error(`no package in the lock declares ${name}`);
  const [, declaring] = parent;
  lock.packages[`node_modules/${name}`] = {
    version: declaring.optionalDependencies[name],
    ...(declaring.dev ? { dev: true } : {}),
    optional: true,
    ...platformOf(name),
  };
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  ),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
const left = missing();
console.log(
  `added ${names.length} foreign optional packages; still missing: ${left.length ? left.join(', ') : 'none'}`,
);
process.exit(left.length ? 1 : 0);
