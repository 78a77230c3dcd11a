import type { DossierTracking } from '@motcua/contracts';
import { trackingPage } from './tracking-page';

const TRACKING: DossierTracking = {
  code: '000.00.53.H48-220921-0099',
  procedureName: 'Đăng ký khai sinh',
  status: 'REGISTERED',
  nationalStatusCode: 1,
  dueAt: '2026-01-12T10:00:00Z',
  steps: [{ at: '2026-01-09T03:05:00Z', status: 'REGISTERED' }],
  resultReturn: { method: 'POST', branch: null },
};

describe(trackingPage.name, () => {
  it('shows a registered dossier with its provisional due date and its online submission', () => {
    const page = trackingPage({ tenant: 'hanoi', tracking: TRACKING }).value;
    expect(page).toContain('Đã đăng ký trực tuyến, chờ tiếp nhận');
    expect(page).toContain('Hạn trả kết quả (dự kiến)');
    expect(page).toContain('Ngày nộp trực tuyến');
    expect(page).toContain('12/01/2026 17:00');
    expect(page).toContain('Qua dịch vụ bưu chính công ích');
  });

  it('escapes what the visitor typed and the tenant in the form', () => {
    const page = trackingPage({ tenant: 'hanoi', code: '"><script>x</script>' }).value;
    expect(page).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(page).not.toContain('<script>x');
  });

  it('shows only the message when no tenant is settled', () => {
    const page = trackingPage({ message: 'Chưa xác định đơn vị' }).value;
    expect(page).toContain('role="alert">Chưa xác định đơn vị</p>');
    expect(page).not.toContain('<form');
  });
});
