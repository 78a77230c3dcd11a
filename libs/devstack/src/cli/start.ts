// `npm start`: checks PostgreSQL and NATS, then runs every service with the demo data and prints
// where the GraphQL gateway listens and how to get a demo token.
import { resolve } from 'node:path';
import { HttpSink, SmtpSink } from '@motcua/testing';
import { PreflightError, checkNats, ensureDatabase } from '../preflight';
import { startStack } from '../stack';

const env = process.env;
const port = (name: string, fallback: number) => Number(env[name] ?? fallback);

async function main(): Promise<void> {
  const databaseUrl = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/motcua';
  const natsUrl = env.NATS_URL ?? 'nats://127.0.0.1:4222';
  await ensureDatabase(databaseUrl);
  await checkNats(natsUrl);

  // Demo deliveries go to local sinks whose traffic is printed here, unless real ones are configured.
  const mail = env.SMTP_URL ? undefined : await SmtpSink.start();
  const sms = env.SMS_GATEWAY_URL ? undefined : await HttpSink.start();
  const root = resolve(__dirname, '..', '..', '..', '..');
  const logDir = resolve(root, '.motcua', 'logs');
  const idpPort = port('IDP_PORT', 3300);
  const stack = await startStack({
    databaseUrl,
    natsUrl,
    ports: {
      gateway: port('GATEWAY_PORT', 3000),
      catalog: port('CATALOG_PORT', 3101),
      reception: port('RECEPTION_PORT', 3102),
      routing: port('ROUTING_PORT', 3103),
      identity: port('IDENTITY_PORT', 3104),
      notification: port('NOTIFICATION_PORT', 3105),
    },
    idpPort,
    demoSeed: true,
    smtpUrl: env.SMTP_URL ?? mail?.url,
    smsGatewayUrl: env.SMS_GATEWAY_URL ?? sms?.url,
    logLevel: env.LOG_LEVEL ?? 'info',
    logDir,
    root,
  });
  process.stdout.write(
    [
      '',
      `motcua is running. GraphQL: ${stack.graphqlUrl} (GraphiQL: ${stack.services.gateway.url}/graphiql)`,
      `  demo staff token:  npm run token -- --tenant hanoi --role receiver (--role citizen for a citizen)`,
      `  then send it as:   Authorization: Bearer <token>; public queries and citizens take an x-tenant header`,
      `  tokens:            ${stack.tokenUrl} (OAuth 2.0; public keys at ${stack.services.gateway.url}/.well-known/jwks.json)`,
      `  identity providers: ${Object.values(stack.idp.issuers.staff).join(', ')}, ${stack.idp.issuers.citizen}`,
      `  service logs:      ${logDir}`,
      mail || sms ? '  demo SMS and e-mails are printed below.' : '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const printed = { mail: 0, sms: 0 };
  const echo = setInterval(() => {
    for (const m of mail?.messages.slice(printed.mail) ?? [])
      process.stdout.write(`[e-mail to ${m.to.join(', ')}] ${m.subject}\n`);
    for (const r of sms?.accepted.slice(printed.sms) ?? [])
      process.stdout.write(`[SMS] ${JSON.stringify(r.body)}\n`);
    printed.mail = mail?.messages.length ?? 0;
    printed.sms = sms?.accepted.length ?? 0;
  }, 500);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(echo);
    process.stdout.write('stopping...\n');
    await stack.stop();
    await mail?.close();
    await sms?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof PreflightError ? '' : 'motcua failed to start: '}${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(1);
});
