import type { AttachmentContentType } from '@motcua/contracts';

/** Bytes the sniffer needs to decide. */
export const SNIFF_BYTES = 4;

const SIGNATURES: readonly [AttachmentContentType, readonly number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
];

/** The accepted type the first bytes announce; undefined for anything else. */
export function sniffContentType(head: Uint8Array): AttachmentContentType | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((b, i) => head[i] === b))?.[0];
}
