import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the sink received it, and the status it answered. */
export interface SinkRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON when the body is JSON, else the raw text (undefined when empty). */
  body: unknown;
  /** The body exactly as received (what a webhook signature covers). */
  rawBody: string;
  status: number;
}

/**
 * A local HTTP endpoint (an SMS gateway, a webhook receiver) that records every request and
 * answers 200, or 500 while `failNext(n)` has failures left. Headers arrive lower-cased.
 */
export class HttpSink {
  readonly requests: SinkRequest[] = [];
  private readonly server: Server;
  private failuresLeft = 0;
  private port = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = this.failuresLeft > 0 ? 500 : 200;
        if (status === 500) this.failuresLeft -= 1;
        this.requests.push({
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          headers: req.headers,
          body: parseBody(text),
          rawBody: text,
          status,
        });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(status === 200 ? { status: 'accepted' } : { error: 'sink told to fail' }),
        );
      });
    });
  }

  static async start(): Promise<HttpSink> {
    const sink = new HttpSink();
    await sink.start();
    return sink;
  }

  /** `http://127.0.0.1:<port>` (append a path as needed). */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Answer 500 to the next `n` requests (`Infinity`: until told otherwise; 0: stop failing). */
  failNext(n: number): void {
    this.failuresLeft = n;
  }

  /** Requests answered 200. */
  get accepted(): SinkRequest[] {
    return this.requests.filter((r) => r.status === 200);
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    // Keep-alive connections of fetch clients would hold close() open.
    this.server.closeAllConnections();
    await closed;
  }
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
