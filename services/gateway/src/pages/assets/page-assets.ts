import { createHash } from 'node:crypto';
import { PAGES_ICON } from './pages-icon';
import { PAGES_STYLESHEET } from './pages-stylesheet';
import { QUEUE_BOARD_SCRIPT } from './queue-board-script';

export interface PageAsset {
  /** The URL pages link to; the content hash in the query makes a new release load afresh. */
  path: string;
  route: string;
  contentType: string;
  body: string;
  etag: string;
}

function asset(route: string, contentType: string, body: string): PageAsset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  return { route, path: `${route}?v=${hash}`, contentType, body, etag: `"${hash}"` };
}

/** The static files of the public pages, held in memory (they are a few kilobytes). */
export const PAGE_ASSETS = {
  icon: asset('/assets/pages/icon.svg', 'image/svg+xml', PAGES_ICON),
  stylesheet: asset('/assets/pages/pages.css', 'text/css; charset=utf-8', PAGES_STYLESHEET),
  queueBoardScript: asset(
    '/assets/pages/queue-board.js',
    'text/javascript; charset=utf-8',
    QUEUE_BOARD_SCRIPT,
  ),
} as const;
