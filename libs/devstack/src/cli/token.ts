// `npm run token -- --tenant hanoi --role receiver`: prints a bearer token of a demo user, fetched
// from the running demo's identity provider through a real authorization-code flow.
import { parseArgs } from 'node:util';
import { fetchDemoToken } from '@motcua/local-idp';

const ROLES = ['receiver', 'handler', 'supervisor', 'admin', 'citizen'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string', default: 'hanoi' },
      role: { type: 'string', default: 'receiver' },
      idp: {
        type: 'string',
        default: process.env.IDP_URL ?? `http://127.0.0.1:${process.env.IDP_PORT ?? 3300}`,
      },
    },
  });
  const role = values.role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const issuer =
    role === 'citizen' ? `${values.idp}/vneid` : `${values.idp}/realms/${values.tenant}`;
  const username =
    role === 'citizen' ? `citizen.${values.tenant}` : `demo.${values.tenant}.${role}`;
  const token = await fetchDemoToken({ issuer, username });
  process.stdout.write(`${token.accessToken}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `token: ${err instanceof Error ? err.message : String(err)} (is \`npm start\` running?)\n`,
  );
  process.exit(1);
});
