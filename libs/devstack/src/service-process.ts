import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

export const SERVICES = [
  'catalog',
  'identity',
  'reception',
  'routing',
  'notification',
  'gateway',
] as const;
export type ServiceName = (typeof SERVICES)[number];

/** One service running as its own Node process, its output kept in a log file and a short tail. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private readonly log: WriteStream;
  private readonly tail: string[] = [];
  readonly exited: Promise<number | string | null>;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    root: string,
    env: Record<string, string>,
    logDir: string,
  ) {
    mkdirSync(logDir, { recursive: true });
    this.log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
    // Extra Node flags for every service, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile
    // a benchmark (NODE_OPTIONS refuses those).
    const nodeArgs = (process.env.MOTCUA_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
    this.child = spawn(
      process.execPath,
      [...nodeArgs, join(root, 'services', name, 'dist', 'main.js')],
      {
        env: { ...process.env, ...env, HTTP_PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const keep = (chunk: Buffer) => {
      this.log.write(chunk);
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        this.tail.push(line);
        if (this.tail.length > 40) this.tail.shift();
      }
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  lastLines(): string {
    return this.tail.join('\n');
  }

  /** Resolves once /health/ready answers 200; rejects with the log tail if the process dies first. */
  async ready(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited during start:\n${this.lastLines()}`);
      try {
        const res = await fetch(`${this.url}/health/ready`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(`${this.name} was not ready within ${timeoutMs} ms:\n${this.lastLines()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills the process at once (`kill -9`: no drain, no goodbye), as a crash would. */
  async crash(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
    await new Promise<void>((resolve) => this.log.end(resolve));
  }

  /** SIGTERM (graceful drain), then SIGKILL if it has not exited in time. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.running) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    await new Promise<void>((resolve) => this.log.end(resolve));
  }
}
