import pdfParse from 'pdf-parse/lib/pdf-parse.js';

export interface InspectedPdf {
  numpages: number;
  /** Extracted text with every run of whitespace (including line wraps) collapsed to one space. */
  text: string;
  /** The raw bytes as latin1, for dictionary checks (MediaBox, image XObjects). */
  raw: string;
}

export async function inspectPdf(pdf: Buffer): Promise<InspectedPdf> {
  const result = await pdfParse(pdf);
  return {
    numpages: result.numpages,
    text: result.text.normalize('NFC').replace(/\s+/g, ' ').trim(),
    raw: pdf.toString('latin1'),
  };
}

/** Every page's MediaBox, e.g. `[0 0 419.53 595.28]`. */
export function mediaBoxes(raw: string): string[] {
  return [...raw.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => `[${m[1].trim()}]`);
}

export function hasImageXObject(raw: string): boolean {
  return /\/Type \/XObject\s*\/Subtype \/Image/.test(raw) || /\/Subtype \/Image/.test(raw);
}
