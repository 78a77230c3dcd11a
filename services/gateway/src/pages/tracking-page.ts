import { DossierStatus, type DossierTracking } from '@motcua/contracts';
import { DOSSIER_STATUS_LABEL, RETURN_METHOD_LABEL } from './dossier-status-labels';
import { html, type SafeHtml } from './html';
import { pageDocument } from './page-layout';
import { formatVietnamTime } from './vietnam-time';

export const TRACKING_PATH = '/tra-cuu';
const TITLE = 'Tra cứu hồ sơ thủ tục hành chính';

export interface TrackingPageState {
  /** Absent when no tenant could be settled: the page shows only the message. */
  tenant?: string;
  /** The code typed, shown back in the form. */
  code?: string;
  message?: string;
  tracking?: DossierTracking;
}

/** The public tracking page: the form, then the dossier found or a message. */
export function trackingPage(state: TrackingPageState): SafeHtml {
  return pageDocument({
    title: TITLE,
    bodyClass: 'tracking',
    body: html`<main>
      <h1>${TITLE}</h1>
      ${state.message ? html`<p class="message" role="alert">${state.message}</p>` : null}
      ${state.tenant ? trackingForm(state.tenant, state.code ?? '') : null}
      ${state.tracking ? trackingResult(state.tracking) : null}
    </main>`,
  });
}

function trackingForm(tenant: string, code: string): SafeHtml {
  return html`<form method="post" action="${TRACKING_PATH}" autocomplete="off">
    <input type="hidden" name="tenant" value="${tenant}" />
    <label for="code">Mã hồ sơ</label>
    <input
      id="code"
      name="code"
      value="${code}"
      maxlength="64"
      required
      placeholder="000.00.53.H48-220921-0099"
    />
    <p class="hint">In trên giấy tiếp nhận và hẹn trả kết quả.</p>
    <label for="phone">Số điện thoại</label>
    <input id="phone" name="phone" type="tel" inputmode="tel" maxlength="20" required />
    <p class="hint">Số điện thoại đã khai khi nộp hồ sơ.</p>
    <button type="submit">Tra cứu</button>
  </form>`;
}

/** When the dossier was received: the receipt step, or its online registration before that. */
function receipt(tracking: DossierTracking): { label: string; at: string } | null {
  const received = tracking.steps.find((s) => s.status === DossierStatus.Received);
  if (received) return { label: 'Ngày tiếp nhận', at: received.at };
  const first = tracking.steps[0];
  return first ? { label: 'Ngày nộp trực tuyến', at: first.at } : null;
}

function trackingResult(tracking: DossierTracking): SafeHtml {
  const received = receipt(tracking);
  const provisional = tracking.status === DossierStatus.Registered ? ' (dự kiến)' : '';
  const branch = tracking.resultReturn.branch;
  return html`<section class="result" aria-labelledby="result-title">
    <h2 id="result-title">Hồ sơ ${tracking.code}</h2>
    <dl class="facts">
      <dt>Thủ tục</dt>
      <dd data-field="procedure">${tracking.procedureName}</dd>
      <dt>Trạng thái</dt>
      <dd class="status" data-field="status">${DOSSIER_STATUS_LABEL[tracking.status]}</dd>
      ${
        received
          ? html`<dt>${received.label}</dt>
              <dd data-field="received-at">${formatVietnamTime(received.at)}</dd>`
          : null
      }
      <dt>Hạn trả kết quả${provisional}</dt>
      <dd data-field="due-at">${formatVietnamTime(tracking.dueAt)}</dd>
      <dt>Nhận kết quả</dt>
      <dd data-field="result-return">
        ${RETURN_METHOD_LABEL[tracking.resultReturn.method]}${
          branch ? html`: ${branch.name}${branch.address ? html`, ${branch.address}` : null}` : null
        }
      </dd>
    </dl>
    <h2>Quá trình xử lý</h2>
    <ol class="timeline" data-field="timeline">
      ${tracking.steps.map(
        (step) =>
          html`<li>
            <time datetime="${step.at}">${formatVietnamTime(step.at)}</time
            >${DOSSIER_STATUS_LABEL[step.status]}
          </li>`,
      )}
    </ol>
  </section>`;
}
