import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { demoRequiredComponents, launchChromium, pageProblems, waitForText } from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

const TENANT = { 'x-tenant': 'hanoi' };
const BA_DINH = 'Trung tâm Phục vụ hành chính công phường Ba Đình';
const APPLICANT = { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' };
const NOT_FOUND =
  'Không tìm thấy hồ sơ với mã hồ sơ và số điện thoại đã nhập. Vui lòng kiểm tra lại.';

/** `dd/MM/yyyy HH:mm` in Vietnam time (UTC+7 all year), computed apart from the page's code. */
function vietnamTime(iso: string): string {
  const t = new Date(Date.parse(iso) + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/**
 * The public pages in headless Chromium against the in-process stack: the tracking page works
 * without script; the queue board follows the live feed without a reload.
 */
describe('public pages in a browser', () => {
  let stack: GatewayStack;
  let browser: Browser;
  let base: string;
  let receiver: Record<string, string>;
  const contexts: BrowserContext[] = [];
  const { data } = graphqlClient(() => stack.gateway);

  async function openPage(options: { javaScriptEnabled: boolean }): Promise<[Page, string[]]> {
    const context = await browser.newContext({ ...options, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    return [page, pageProblems(page)];
  }

  async function submitted(): Promise<{
    code: string;
    dueAt: string;
    receivedAt: string;
    procedureName: string;
  }> {
    const { submitDossier } = await data<{
      submitDossier: {
        code: string;
        dueAt: string;
        procedureName: string;
        history: { at: string; status: string }[];
      };
    }>(
      `mutation Submit($input: SubmitDossierInput!) {
        submitDossier(input: $input) { code dueAt procedureName history { at status } }
      }`,
      {
        input: {
          idempotencyKey: `pages-${randomUUID()}`,
          procedureCode: '2.001610',
          components: demoRequiredComponents('2.001610'),
          branchId: 'hn-ba-dinh',
          applicant: APPLICANT,
        },
      },
      receiver,
    );
    const received = submitDossier.history.find((h) => h.status === 'RECEIVED')!;
    return {
      code: submitDossier.code,
      dueAt: submitDossier.dueAt,
      receivedAt: received.at,
      procedureName: submitDossier.procedureName,
    };
  }

  async function track(page: Page, code: string, phone: string): Promise<void> {
    await page.goto(`${base}/tra-cuu?tenant=hanoi`);
    await page.getByLabel('Mã hồ sơ').fill(code);
    await page.getByLabel('Số điện thoại').fill(phone);
    await page.getByRole('button', { name: 'Tra cứu' }).click();
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([
      startGatewayStack({
        database: 'gateway_pages',
        services: ['catalog', 'identity', 'reception'],
        gatewayEnv: { PUBLIC_LOOKUPS_PER_MINUTE: '8' },
      }),
      launchChromium(),
    ]);
    await stack.gateway.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(stack.gateway.getHttpServer().address() as AddressInfo).port}`;
    receiver = await stack.staffAuth('demo.hanoi.receiver');
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('tracks a dossier by code and phone, without script: status, dates and timeline in Vietnamese', async () => {
    const dossier = await submitted();
    const [page, problems] = await openPage({ javaScriptEnabled: false });

    await track(page, dossier.code, '0912 345 678');

    await waitForText(page.getByRole('heading', { level: 2 }), `Hồ sơ ${dossier.code}`);
    const field = async (name: string) =>
      (await page.locator(`[data-field="${name}"]`).innerText()).trim();
    expect(await field('procedure')).toBe(dossier.procedureName);
    expect(await field('status')).toBe('Đã tiếp nhận');
    expect(await field('received-at')).toBe(vietnamTime(dossier.receivedAt));
    expect(await field('due-at')).toBe(vietnamTime(dossier.dueAt));
    expect(await page.locator('[data-field="timeline"] li').allInnerTexts()).toEqual([
      `${vietnamTime(dossier.receivedAt)}Đã tiếp nhận`,
    ]);
    const html = await page.content();
    expect(html).not.toContain(APPLICANT.personalId);
    expect(html).not.toContain(APPLICANT.phone);
    expect(html).not.toContain(APPLICANT.fullName);
    expect(problems).toEqual([]);
  });

  it('answers a wrong phone and an unknown code with the same message', async () => {
    const dossier = await submitted();
    const [page, problems] = await openPage({ javaScriptEnabled: false });

    await track(page, dossier.code, '0987654321');
    await waitForText(page.getByRole('alert'), NOT_FOUND);
    expect(await page.locator('.result').count()).toBe(0);

    const unknown = dossier.code.replace(/\d{4}$/, '9999');
    await track(page, unknown, APPLICANT.phone);
    await waitForText(page.getByRole('alert'), NOT_FOUND);
    // The form keeps the code typed, never the phone.
    expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe(unknown);
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe('');
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('shows markup typed in the code field as text: nothing runs, no element appears', async () => {
    const [page, problems] = await openPage({ javaScriptEnabled: true });
    // Within the field's 64 characters.
    const attack = `"><img src=x onerror="document.title=1"><script>x</script>`;

    await track(page, attack, APPLICANT.phone);

    await waitForText(page.getByRole('alert'), /^Mã hồ sơ không đúng định dạng/);
    expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe(attack.toUpperCase());
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(0);
    expect(await page.title()).toBe('Tra cứu hồ sơ thủ tục hành chính');
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
  });

  it('shows a number called at a counter on the board as it happens, without a reload', async () => {
    const [page, problems] = await openPage({ javaScriptEnabled: true });
    // A refresh far away: only the live feed can bring the call in time.
    await page.goto(`${base}/man-hinh-cho?tenant=hanoi&branch=hn-ba-dinh&refresh=600`);
    // The subscription's first message, the board as it is: the gateway listens from here on.
    await page.locator('#board[data-connection="live"]').waitFor();
    await waitForText(page.locator('#branch-name'), BA_DINH);
    await waitForText(page.locator('#latest-call'), 'Chưa có số nào được mời');
    await page.evaluate('window.sameDocument = true');

    const { takeQueueTicket } = await data<{ takeQueueTicket: { number: string } }>(
      `mutation Take($input: TakeQueueTicketInput!) { takeQueueTicket(input: $input) { number } }`,
      { input: { branchId: 'hn-ba-dinh', serviceGroupCode: 'A' } },
      TENANT,
    );
    expect(takeQueueTicket.number).toBe('A001');
    const groupA = page.locator('tr[data-group="A"]');
    await waitForText(groupA.locator('td.count'), '1');
    await waitForText(groupA.locator('td.next'), 'A001');

    await data(
      `mutation { callNextQueueTicket(branchId: "hn-ba-dinh", counter: 3) { number } }`,
      {},
      receiver,
    );
    await waitForText(page.locator('#latest-call'), 'Mời số A001 đến quầy 3');
    await waitForText(groupA.locator('td.count'), '0');
    expect(await page.evaluate('window.sameDocument')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('reconnects the board after its socket drops and catches up with what happened meanwhile', async () => {
    const [page, problems] = await openPage({ javaScriptEnabled: true });
    const sockets: WebSocketRoute[] = [];
    let reconnected!: () => void;
    const secondSocket = new Promise<void>((resolve) => (reconnected = resolve));
    await page.routeWebSocket(/\/graphql$/, (socket) => {
      socket.connectToServer();
      if (sockets.push(socket) === 2) reconnected();
    });
    await page.goto(`${base}/man-hinh-cho?tenant=hanoi&branch=hn-ba-dinh&refresh=600`);
    await page.locator('#board[data-connection="live"]').waitFor();

    await sockets[0].close();
    await data(
      `mutation Take($input: TakeQueueTicketInput!) { takeQueueTicket(input: $input) { number } }`,
      { input: { branchId: 'hn-ba-dinh', serviceGroupCode: 'B' } },
      TENANT,
    );
    await data(
      `mutation { callNextQueueTicket(branchId: "hn-ba-dinh", counter: 2) { number } }`,
      {},
      receiver,
    );
    await secondSocket;

    await page.locator('#board[data-connection="live"]').waitFor();
    await waitForText(page.locator('#latest-call'), 'Mời số B001 đến quầy 2');
    expect(sockets).toHaveLength(2);
    expect(problems).toEqual([]);
  });

  it('tells on the board when the branch does not exist', async () => {
    const [page] = await openPage({ javaScriptEnabled: true });
    await page.goto(`${base}/man-hinh-cho?tenant=hanoi&branch=khong-co&refresh=600`);
    await waitForText(page.locator('#latest-call'), 'Không tìm thấy điểm tiếp nhận này.');
  });

  it('answers bad requests with Vietnamese pages under a strict policy', async () => {
    const noBranch = await fetch(`${base}/man-hinh-cho?tenant=hanoi`);
    expect(noBranch.status).toBe(400);
    expect(await noBranch.text()).toContain('Thiếu hoặc sai mã điểm tiếp nhận');
    const noTenant = await fetch(`${base}/man-hinh-cho?branch=hn-ba-dinh`);
    expect(noTenant.status).toBe(400);
    expect(await noTenant.text()).toContain('Chưa xác định đơn vị');
    const unknownTenant = await fetch(`${base}/tra-cuu?tenant=atlantis`);
    expect(unknownTenant.status).toBe(400);
    expect(await unknownTenant.text()).toContain('Không tìm thấy đơn vị này');
    const tooLarge = await fetch(`${base}/tra-cuu`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `tenant=hanoi&code=${'x'.repeat(5000)}`,
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain('Yêu cầu không hợp lệ');
    const otherType = await fetch(`${base}/tra-cuu`, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<code/>',
    });
    expect(otherType.status).toBe(415);
    expect(otherType.headers.get('content-type')).toContain('text/html');
    const csp = noBranch.headers.get('content-security-policy');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(noBranch.headers.get('cache-control')).toBe('no-store');
  });

  it('says "quá nhiều yêu cầu" once an address has used up its lookups', async () => {
    const dossier = await submitted();
    const [page] = await openPage({ javaScriptEnabled: false });
    // Other tests used some of the 8 lookups a minute; whatever is left goes here.
    for (let i = 0; i < 8; i++) await track(page, dossier.code, '0987654321');

    await track(page, dossier.code, APPLICANT.phone);

    await waitForText(page.getByRole('alert'), /^Quá nhiều yêu cầu tra cứu/);
    expect(await page.locator('.result').count()).toBe(0);
  });
});
