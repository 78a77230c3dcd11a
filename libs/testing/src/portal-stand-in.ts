import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  portalSyncRequestSchema,
  type PortalDossier,
  type PortalSyncRequest,
} from '@motcua/contracts';

/** One request as the stand-in received it and what it answered. */
export interface PortalStandInRequest {
  authorization: string | undefined;
  /** The parsed body when it was valid, else null. */
  request: PortalSyncRequest | null;
  status: number;
  /** Why it was refused (field errors, order), when it was. */
  error: string | null;
}

/**
 * A strict local stand-in of the National Public Service Portal's sync endpoint: checks the
 * credentials (401), EVERY field of the payload (400 listing the bad fields), the order (an
 * UPDATE before the INSERT, a second INSERT or an older version: 409; a repeat of the last
 * version: 200, recorded once). `failNext(n)` answers 503 to the next n valid requests.
 */
export class PortalStandIn {
  readonly requests: PortalStandInRequest[] = [];
  /** What the portal holds per dossier code: the last version applied and its snapshot. */
  readonly dossiers = new Map<string, { version: number; dossier: PortalDossier }>();
  /** Every applied (2xx, not a repeat) request in order. */
  readonly applied: PortalSyncRequest[] = [];
  private readonly server: Server;
  private failuresLeft = 0;
  private port = 0;

  constructor(private readonly expectedAuthorization: string) {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { status, error, request } = this.handle(
          req.method ?? 'GET',
          req.headers.authorization,
          Buffer.concat(chunks).toString('utf8'),
        );
        this.requests.push({ authorization: req.headers.authorization, request, status, error });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(error ? { error } : { status: 'accepted' }));
      });
    });
  }

  /** Starts on a free port; requests must carry `authorization` exactly (e.g. `Bearer t`). */
  static async start(authorization: string): Promise<PortalStandIn> {
    const standIn = new PortalStandIn(authorization);
    await new Promise<void>((resolve, reject) => {
      standIn.server.once('error', reject);
      standIn.server.listen(0, '127.0.0.1', () => {
        standIn.port = (standIn.server.address() as AddressInfo).port;
        resolve();
      });
    });
    return standIn;
  }

  /** `http://127.0.0.1:<port>/dossiers`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/dossiers`;
  }

  /** Answer 503 to the next `n` valid requests. */
  failNext(n: number): void {
    this.failuresLeft = n;
  }

  /** Applied requests of one dossier, in order. */
  appliedOf(code: string): PortalSyncRequest[] {
    return this.applied.filter((r) => r.dossier.code === code);
  }

  private handle(
    method: string,
    authorization: string | undefined,
    body: string,
  ): { status: number; error: string | null; request: PortalSyncRequest | null } {
    if (method !== 'POST') return { status: 405, error: 'POST only', request: null };
    if (authorization !== this.expectedAuthorization)
      return { status: 401, error: 'bad credentials', request: null };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { status: 400, error: 'body is not JSON', request: null };
    }
    const parsed = portalSyncRequestSchema.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      return { status: 400, error: issues.join('; '), request: null };
    }
    const request = parsed.data;
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      return { status: 503, error: 'stand-in told to fail', request };
    }
    const held = this.dossiers.get(request.dossier.code);
    if (held && request.version === held.version) return { status: 200, error: null, request }; // a repeat: nothing new
    if (request.action === 'INSERT' && held)
      return { status: 409, error: 'dossier already inserted', request };
    if (request.action === 'UPDATE' && !held)
      return { status: 409, error: 'update before insert', request };
    if (held && request.version < held.version)
      return {
        status: 409,
        error: `version ${request.version} older than ${held.version}`,
        request,
      };
    this.dossiers.set(request.dossier.code, { version: request.version, dossier: request.dossier });
    this.applied.push(request);
    return { status: request.action === 'INSERT' ? 201 : 200, error: null, request };
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}
