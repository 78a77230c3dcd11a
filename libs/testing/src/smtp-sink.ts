import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One e-mail as the sink received it: the SMTP envelope plus the decoded subject and text. */
export interface SinkMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  headers: Record<string, string>;
  raw: string;
}

/**
 * A local SMTP server that accepts every message (no auth, no STARTTLS) and keeps it in
 * `messages`, decoded the way nodemailer encodes plain-text mail (RFC 2047 subject,
 * quoted-printable or base64 UTF-8 body). Stand-in for the province's mail relay in tests.
 */
export class SmtpSink {
  readonly messages: SinkMail[] = [];
  private readonly server: SMTPServer;
  private port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 1000,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const parsed = parseMail(raw);
          const envelope = session.envelope;
          this.messages.push({
            from: envelope.mailFrom ? envelope.mailFrom.address : '',
            to: envelope.rcptTo.map((r) => r.address),
            subject: parsed.headers.subject ?? '',
            text: parsed.text,
            headers: parsed.headers,
            raw,
          });
          callback();
        });
      },
    });
  }

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await sink.start();
    return sink;
  }

  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.port = (this.server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

interface ParsedPart {
  headers: Record<string, string>;
  text: string;
}

/** Minimal MIME: headers, encoded-word subject, one text/plain part (multipart: the first). */
export function parseMail(raw: string): ParsedPart {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = decodeEncodedWords(
        line.slice(colon + 1).trim(),
      );
  }
  const contentType = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary) {
    const parts = body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((p) => parseMail(p.replace(/^\r?\n/, '')));
    const text =
      parts.find((p) => /^text\/plain/i.test(p.headers['content-type'] ?? 'text/plain')) ??
      parts[0];
    return { headers, text: text?.text ?? '' };
  }
  return { headers, text: decodeBody(body, headers['content-transfer-encoding'] ?? '7bit') };
}

function decodeBody(body: string, encoding: string): string {
  let text: string;
  switch (encoding.toLowerCase()) {
    case 'base64':
      text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      break;
    case 'quoted-printable':
      text = decodeQuotedPrintable(body.replace(/=\r?\n/g, ''));
      break;
    default:
      text = body;
  }
  return text.replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

function quotedPrintableBytes(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(value[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function decodeQuotedPrintable(value: string): string {
  return quotedPrintableBytes(value).toString('utf8');
}

const ENCODED_WORD = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;

/**
 * RFC 2047 `=?UTF-8?Q?...?=` / `=?UTF-8?B?...?=`. Adjacent words are joined as bytes first
 * (whitespace between them is not part of the text), as a character may span two words.
 */
function decodeEncodedWords(value: string): string {
  return value.replace(/(?:=\?[^?]+\?[QqBb]\?[^?]*\?=\s*)+/g, (run) => {
    const trailing = /\s*$/.exec(run)?.[0] ?? '';
    const bytes = [...run.matchAll(ENCODED_WORD)].map(([, , kind, data]) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : quotedPrintableBytes(data.replace(/_/g, ' ')),
    );
    return Buffer.concat(bytes).toString('utf8') + trailing;
  });
}
