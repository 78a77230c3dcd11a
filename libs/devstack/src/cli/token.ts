// `npm run token -- --tenant hanoi --role receiver`: prints a platform access token of a demo
// user: signed in at the running demo's stand-in provider (a real authorization-code flow), then
// exchanged at the gateway's POST /auth/token, since the gateway accepts platform tokens only.
import { parseArgs } from 'node:util';
import { fetchPlatformToken } from '../platform-token';

const STAFF_ROLES = [
  'receiver',
  'handler',
  'supervisor',
  'admin',
  'approver',
  'auditor',
  'land-officer',
  'tax-officer',
];
const ROLES = [...STAFF_ROLES, 'citizen'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string', default: 'hanoi' },
      role: { type: 'string', default: 'receiver' },
      idp: {
        type: 'string',
        default: process.env.IDP_URL ?? `http://127.0.0.1:${process.env.IDP_PORT ?? 3300}`,
      },
      gateway: {
        type: 'string',
        default: process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 3000}`,
      },
      /** Print the whole token answer (with the refresh token) as JSON. */
      json: { type: 'boolean', default: false },
    },
  });
  const role = values.role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const issuer =
    role === 'citizen' ? `${values.idp}/vneid` : `${values.idp}/realms/${values.tenant}`;
  const username =
    role === 'citizen' ? `citizen.${values.tenant}` : `demo.${values.tenant}.${role}`;
  const tokens = await fetchPlatformToken({ gatewayUrl: values.gateway, issuer, username });
  process.stdout.write(
    values.json ? `${JSON.stringify(tokens, null, 2)}\n` : `${tokens.access_token}\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(
    `token: ${err instanceof Error ? err.message : String(err)} (is \`npm start\` running?)\n`,
  );
  process.exit(1);
});
