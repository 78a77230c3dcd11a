#!/usr/bin/env node
// Where a service's CPU time goes, from the V8 profiles a bench run leaves behind:
//   MOTCUA_SERVICE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench
//   node bench/profile-summary.mjs /tmp/prof [top=25]
// For each profile: busy time, self time by package (node_modules/<pkg>, node internals, our
// code by workspace folder) and the functions with the most self time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '/tmp/prof';
const top = Number(process.argv[3] ?? 25);

/** node_modules/<pkg> (scoped too), node:internal, or our workspace folder (services/x, libs/y). */
function ownerOf(url) {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = url.match(/\/(services|libs)\/([^/]+)\//);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}

const ms = (us) => (us / 1000).toFixed(0).padStart(7);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const byOwner = new Map();
  const byFunction = new Map();
  let busy = 0;
  let total = 0;
  for (const [id, time] of self) {
    const { callFrame } = byId.get(id);
    total += time;
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
    busy += time;
    const owner = ownerOf(callFrame.url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + time);
    const key = `${callFrame.functionName || '(anonymous)'}  ${owner}:${callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  }
  const main = profile.nodes.find((n) => n.callFrame.url.includes('/dist/main.js'));
  console.log(
    `\n## ${file}${main ? ` (${main.callFrame.url.match(/(services|libs)\/[^/]+/)?.[0]})` : ''}`,
  );
  console.log(`busy ${ms(busy)} ms of ${ms(total)} ms`);
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log('self time by owner:');
  for (const [k, v] of sorted(byOwner))
    console.log(`${ms(v)} ms ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
  console.log('self time by function:');
  for (const [k, v] of sorted(byFunction))
    console.log(`${ms(v)} ms ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
}
