import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Provider } from 'oidc-provider';

import { AccountDirectory, type AccountKind } from './accounts';
import { handleInteraction, type InteractionAction, type InteractionSetup } from './interaction';
import { CITIZEN_PATH, STAFF_PATH_PREFIX } from './local-idp.constants';
import type { LocalIdp, LocalIdpOptions } from './local-idp.types';
import { providerConfiguration } from './provider-config';
import { generateSigningKeys } from './signing-keys';

/** One oidc-provider instance served under a path prefix of the shared server. */
interface Mount {
  path: string;
  interactions: InteractionSetup;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

const REALM_NAME = /^[a-z0-9][a-z0-9-]*$/;
const INTERACTION_PATH = /^(\/interaction\/[^/?]+)(\/login|\/abort)?(?:\?.*)?$/;

/**
 * Starts a real OpenID provider on loopback standing in for Keycloak (one issuer per staff realm,
 * `/realms/<realm>`) and VNeID (`/vneid`), all on one HTTP server. Access tokens are RS256 JWTs
 * for the gateway, verifiable with each issuer's JWKS.
 */
export async function startLocalIdp(options: LocalIdpOptions): Promise<LocalIdp> {
  assertRealmNames(options.realms);
  const host = options.host ?? '127.0.0.1';
  let mounts: Mount[] = [];
  const server = createServer((req, res) => dispatch(mounts, req, res));
  // The issuers carry the port, so listen first (port 0 picks one), then build the providers.
  await listen(server, options.port, host);
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const close = (): Promise<void> => closeServer(server);
  // One directory for every provider: a citizen signed in by personal ID stays the same account.
  const directory = new AccountDirectory(options.accounts ?? {});

  try {
    const mountFor = async (path: string, kind: AccountKind, realm?: string): Promise<Mount> => {
      const configuration = providerConfiguration({
        kind,
        mountPath: path,
        jwks: await generateSigningKeys(),
        clients: options.clients ?? [],
        directory,
      });
      const provider = new Provider(`${url}${path}`, configuration);
      // The issuer has a path: tell the provider where it is mounted so the endpoints and
      // cookie paths it builds carry the prefix that dispatch() strips from the request.
      provider.use(async (ctx, next) => {
        ctx.mountPath = path;
        await next();
      });
      const interactions: InteractionSetup = {
        provider,
        kind,
        directory,
        autoLogin: options.autoLogin ?? false,
        ...(realm === undefined ? {} : { realm }),
      };
      return { path, interactions, handle: provider.callback() };
    };
    mounts = await Promise.all([
      ...options.realms.map((realm) => mountFor(`${STAFF_PATH_PREFIX}/${realm}`, 'staff', realm)),
      mountFor(CITIZEN_PATH, 'citizen'),
    ]);
  } catch (error) {
    await close();
    throw error;
  }

  const issuerOf = (path: string): string => `${url}${path}`;
  return {
    url,
    issuers: {
      staff: Object.fromEntries(
        options.realms.map((realm) => [realm, issuerOf(`${STAFF_PATH_PREFIX}/${realm}`)]),
      ),
      citizen: issuerOf(CITIZEN_PATH),
    },
    close,
  };
}

function dispatch(mounts: Mount[], req: IncomingMessage, res: ServerResponse): void {
  const requestUrl = req.url ?? '/';
  const mount = mounts.find((candidate) => {
    const next = requestUrl.charAt(candidate.path.length);
    return requestUrl.startsWith(candidate.path) && (next === '' || next === '/' || next === '?');
  });
  if (!mount) {
    sendJson(res, 404, { error: 'not_found', error_description: 'no issuer at this path' });
    return;
  }
  const rest = requestUrl.slice(mount.path.length);
  const inner = rest.startsWith('/') ? rest : `/${rest}`;
  const interaction = INTERACTION_PATH.exec(inner);
  if (interaction) {
    const [, base = '', suffix] = interaction;
    const action: InteractionAction =
      suffix === '/login' ? 'login' : suffix === '/abort' ? 'abort' : 'show';
    handleInteraction(mount.interactions, action, `${mount.path}${base}`, req, res).catch(
      (error: unknown) => {
        const description = error instanceof Error ? error.message : String(error);
        if (!res.headersSent)
          sendJson(res, 400, { error: 'invalid_request', error_description: description });
      },
    );
    return;
  }
  req.url = inner;
  void mount.handle(req, res);
}

function sendJson(res: ServerResponse, status: number, body: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function assertRealmNames(realms: string[]): void {
  const invalid = realms.filter((realm) => !REALM_NAME.test(realm));
  if (invalid.length > 0) {
    throw new Error(`realm names must match ${REALM_NAME}: ${invalid.join(', ')}`);
  }
  if (new Set(realms).size !== realms.length) {
    throw new Error(`realm names must be unique: ${realms.join(', ')}`);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets (fetch pools them) would otherwise hold close() open.
    server.closeAllConnections();
  });
}
