import type { AccountKind } from './accounts';

export interface LoginPage {
  kind: AccountKind;
  /** Path of the interaction (`/vneid/interaction/<uid>`): the forms post below it. */
  interactionPath: string;
  /** Staff: the realm (tenant) signed in to. */
  realm?: string;
  /** What the user typed as login, shown again after an error. */
  login?: string;
  error?: string;
}

/** The form fields of the login page. */
export const LOGIN_FIELDS = {
  citizen: 'personal_id',
  staff: 'username',
  password: 'password',
} as const;

const TEXT = {
  citizen: {
    title: 'Đăng nhập bằng tài khoản định danh điện tử',
    provider: 'VNeID — Định danh điện tử quốc gia (môi trường demo)',
    login: 'Số định danh cá nhân',
    inputmode: 'numeric',
    pattern: '[0-9]{12}',
  },
  staff: {
    title: 'Đăng nhập cán bộ',
    provider: 'Hệ thống một cửa',
    login: 'Tên đăng nhập',
    inputmode: 'text',
    pattern: '.+',
  },
} as const;

/** The login page of a stand-in provider: a plain HTML form posting back to the interaction. */
export function renderLoginPage(page: LoginPage): string {
  const text = TEXT[page.kind];
  const field = LOGIN_FIELDS[page.kind];
  const heading = page.realm === undefined ? text.title : `${text.title} — ${page.realm}`;
  const error =
    page.error === undefined ? '' : `<p class="error" role="alert">${escapeHtml(page.error)}</p>`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:26rem;margin:3rem auto;padding:0 1rem;color:#222}
label{display:block;margin-top:1rem}input{width:100%;padding:.5rem;box-sizing:border-box}
button{margin-top:1.25rem;padding:.5rem 1rem}.error{color:#b00020}.provider{color:#666}
</style>
</head>
<body>
<p class="provider">${escapeHtml(text.provider)}</p>
<h1>${escapeHtml(heading)}</h1>
${error}
<form method="post" action="${escapeHtml(`${page.interactionPath}/login`)}">
<label for="${field}">${escapeHtml(text.login)}</label>
<input id="${field}" name="${field}" inputmode="${text.inputmode}" pattern="${text.pattern}" autocomplete="username" required value="${escapeHtml(page.login ?? '')}">
<label for="${LOGIN_FIELDS.password}">Mật khẩu</label>
<input id="${LOGIN_FIELDS.password}" name="${LOGIN_FIELDS.password}" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập</button>
</form>
<form method="post" action="${escapeHtml(`${page.interactionPath}/abort`)}">
<button type="submit">Hủy</button>
</form>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
