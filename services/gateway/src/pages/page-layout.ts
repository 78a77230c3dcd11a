import { html, type SafeHtml } from './html';
import { PAGE_ASSETS } from './assets/page-assets';

/** The HTML document of a public page: Vietnamese, the shared stylesheet, optional page script. */
export function pageDocument(options: {
  title: string;
  bodyClass: string;
  body: SafeHtml;
  script?: string;
}): SafeHtml {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${options.title}</title>
        <link rel="icon" type="image/svg+xml" href="${PAGE_ASSETS.icon.path}" />
        <link rel="stylesheet" href="${PAGE_ASSETS.stylesheet.path}" />
        ${options.script ? html`<script src="${options.script}" defer></script>` : null}
      </head>
      <body class="${options.bodyClass}">
        ${options.body}
      </body>
    </html> `;
}
