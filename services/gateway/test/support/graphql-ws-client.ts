import WebSocket from 'ws';
import { waitFor } from '@motcua/testing';
import type { GraphqlError } from './gateway-stack';

/** One message of the graphql-transport-ws protocol (the `graphql-ws` library's). */
export interface WsMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

/**
 * A bare graphql-transport-ws client for tests: it keeps every message the server sends, so a
 * test polls for what it expects (waitFor) instead of sleeping.
 */
export class GraphqlWsClient {
  readonly received: WsMessage[] = [];
  closeCode?: number;
  private nextId = 1;

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.received.push(JSON.parse(data.toString()) as WsMessage));
    socket.on('close', (code) => (this.closeCode = code));
    socket.on('error', () => undefined); // a refused connection closes; the close code tells
  }

  /** Opens a socket and sends connection_init with `payload`; does not wait for the ack. */
  static async open(url: string, payload?: Record<string, string>): Promise<GraphqlWsClient> {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const client = new GraphqlWsClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('open', () => resolve());
      socket.on('error', reject);
    });
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
    return client;
  }

  /** A connection the server acknowledged. */
  static async connect(url: string, payload: Record<string, string>): Promise<GraphqlWsClient> {
    const client = await GraphqlWsClient.open(url, payload);
    await waitFor(() => client.acknowledged || client.closed, { what: 'connection_ack' });
    if (!client.acknowledged)
      throw new Error(`connection refused: ${JSON.stringify(client.received)}`);
    return client;
  }

  get acknowledged(): boolean {
    return this.received.some((m) => m.type === 'connection_ack');
  }

  get closed(): boolean {
    return this.closeCode !== undefined;
  }

  /** Starts a subscription; returns its id. */
  subscribe(query: string, variables: Record<string, unknown> = {}): string {
    const id = String(this.nextId++);
    this.socket.send(JSON.stringify({ type: 'subscribe', id, payload: { query, variables } }));
    return id;
  }

  /** The `data` of every `next` message of subscription `id` so far. */
  data<T>(id: string): T[] {
    return this.received
      .filter((m) => m.id === id && m.type === 'next')
      .map((m) => (m.payload as { data: T }).data);
  }

  /** The errors the server answered subscription `id` with (an `error` message). */
  errors(id: string): GraphqlError[] {
    return this.received
      .filter((m) => m.id === id && m.type === 'error')
      .flatMap((m) => m.payload as GraphqlError[]);
  }

  close(): void {
    this.socket.close();
  }
}
