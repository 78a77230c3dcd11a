import QRCode from 'qrcode';

/** PNG of a QR code holding `text` (the dossier code), medium error correction. */
export function qrCodePng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 1 });
}
