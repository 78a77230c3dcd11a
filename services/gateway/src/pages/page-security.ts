import type { FastifyReply } from 'fastify';
import type { SafeHtml } from './html';

/**
 * Scripts and styles from this origin only (no inline code, so an injected tag could not run),
 * fetches and the live WebSocket to this origin, no framing, forms post back here only.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every public page carries. */
export function withPageHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('x-frame-options', 'DENY')
    .header('referrer-policy', 'no-referrer');
}

/** An HTML page that nobody stores: answers may show a citizen's dossier. */
export function sendPage(reply: FastifyReply, status: number, page: SafeHtml): FastifyReply {
  return withPageHeaders(reply)
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(page.value);
}
