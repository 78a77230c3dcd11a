import { Logger } from '@nestjs/common';
import { Client as PgClient } from 'pg';

export interface NotifiedLoopOptions {
  /** For logs and the LISTEN connection's application_name. */
  name: string;
  /** PostgreSQL to LISTEN on; without it the loop only polls. */
  databaseUrl?: string;
  /** NOTIFY channel that writers signal on commit. */
  channel: string;
  /** One round of work; `more` asks for the next round at once (a full batch). Throws on failure. */
  round: () => Promise<{ more: boolean }>;
  /** How long to sleep when idle (the polling backstop, or until the next item falls due). */
  idleWaitMs: () => Promise<number> | number;
  maxBackoffMs?: number;
}

/**
 * A background worker loop woken by PostgreSQL NOTIFY (delivered when the writer's transaction
 * commits), polling as a backstop, backing off after failures. A wake-up that arrives during a
 * round is kept, so the loop runs again at once instead of sleeping.
 */
export class NotifiedLoop {
  private readonly logger: Logger;
  private listener?: PgClient;
  private running = false;
  private loop?: Promise<void>;
  private wakeRequested = false;
  private wakeSleeper?: () => void;
  private failures = 0;

  constructor(private readonly options: NotifiedLoopOptions) {
    this.logger = new Logger(options.name);
  }

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.loop = this.run();
  }

  /** Runs a round soon: now if the loop sleeps, right after the current round otherwise. */
  wake(): void {
    this.wakeRequested = true;
    this.wakeSleeper?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeSleeper?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (!this.options.databaseUrl) return;
    const client = new PgClient({
      connectionString: this.options.databaseUrl,
      application_name: this.options.name,
    });
    client.on('notification', () => this.wake());
    client.on('error', (err) => {
      // Polling keeps the work going; LISTEN only shortens the wait.
      this.logger.warn(`LISTEN connection lost: ${err.message}`);
    });
    await client.connect();
    await client.query(`LISTEN "${this.options.channel}"`);
    this.listener = client;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.wakeRequested = false;
      let more = false;
      try {
        more = (await this.options.round()).more;
        this.failures = 0;
      } catch (err) {
        this.failures += 1;
        this.logger.warn(`round failed (${this.failures} in a row): ${(err as Error).message}`);
      }
      if (!this.running) break;
      if (!this.failures && (more || this.wakeRequested)) continue;
      const wait = this.failures
        ? Math.min(this.options.maxBackoffMs ?? 10_000, 100 * 2 ** this.failures)
        : await Promise.resolve(this.options.idleWaitMs()).catch(() => 1000);
      await this.sleep(wait);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeSleeper = done;
      if (this.wakeRequested || !this.running) done();
    }).finally(() => {
      this.wakeSleeper = undefined;
    });
  }
}
