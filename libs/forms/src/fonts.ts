/** Names under which the DejaVu faces are registered: the 14 standard PDF fonts lack Vietnamese. */
export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

let paths: { regular: string; bold: string } | undefined;

function fontPaths(): { regular: string; bold: string } {
  paths ??= {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
  return paths;
}

/** Embeds DejaVu Sans (regular and bold, subset by pdfkit) and selects the regular face. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const { regular, bold } = fontPaths();
  doc.registerFont(FONT_REGULAR, regular);
  doc.registerFont(FONT_BOLD, bold);
  doc.font(FONT_REGULAR);
}
