import { PAGE_ASSETS } from './assets/page-assets';
import { html, type SafeHtml } from './html';
import { pageDocument } from './page-layout';

export const QUEUE_BOARD_PATH = '/man-hinh-cho';
const TITLE = 'Màn hình gọi số';

export interface QueueBoardPageOptions {
  tenant: string;
  branchId: string;
  /** How often the script re-reads the board besides the live feed. */
  refreshSeconds: number;
}

/**
 * The display board's shell: its script fills it from the `queueBoard` query and keeps it
 * current from the `queueBoardUpdated` subscription.
 */
export function queueBoardPage(options: QueueBoardPageOptions): SafeHtml {
  return pageDocument({
    title: TITLE,
    bodyClass: 'board',
    script: PAGE_ASSETS.queueBoardScript.path,
    body: html`<main
      id="board"
      data-tenant="${options.tenant}"
      data-branch="${options.branchId}"
      data-refresh-seconds="${options.refreshSeconds}"
    >
      <header>
        <h1 id="branch-name">${TITLE}</h1>
        <p id="connection" class="connection" role="status" data-state="connecting">
          Đang kết nối…
        </p>
      </header>
      <section aria-live="polite" aria-label="Số đang được mời">
        <p id="latest-call" class="call">Đang tải…</p>
        <ul id="recent-calls" class="recent"></ul>
      </section>
      <section aria-label="Số đang chờ">
        <table>
          <thead>
            <tr>
              <th scope="col">Nhóm thủ tục</th>
              <th scope="col">Số tiếp theo</th>
              <th scope="col" class="count">Đang chờ</th>
            </tr>
          </thead>
          <tbody id="waiting-rows"></tbody>
        </table>
      </section>
      <footer>
        <p>Thời gian chờ trung bình hôm nay: <strong id="average-wait">–</strong> phút</p>
        <p>Đã phục vụ hôm nay: <strong id="served-today">–</strong></p>
        <p>Cập nhật lúc <strong id="updated-at">–</strong></p>
      </footer>
      <noscript>Màn hình gọi số cần bật JavaScript.</noscript>
    </main>`,
  });
}

/** A board that cannot be shown (no tenant, no branch): the reason, large enough to read. */
export function queueBoardProblemPage(message: string): SafeHtml {
  return pageDocument({
    title: TITLE,
    bodyClass: 'board',
    body: html`<main>
      <h1>${TITLE}</h1>
      <p class="message" role="alert">${message}</p>
    </main>`,
  });
}
