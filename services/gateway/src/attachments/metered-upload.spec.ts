import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sniffContentType } from './content-sniffer';
import { MeteredUpload } from './metered-upload';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

async function drain(upload: MeteredUpload): Promise<void> {
  const reader = upload.stream.getReader();
  while (!(await reader.read()).done);
}

describe(MeteredUpload.name, () => {
  it('measures digest, size and type when the bytes are the declared type within the limit', async () => {
    const upload = new MeteredUpload(
      Readable.from([PDF.subarray(0, 2), PDF.subarray(2)]),
      'application/pdf',
      100,
    );
    await drain(upload);
    expect(upload.measure()).toEqual({
      sha256: createHash('sha256').update(PDF).digest('hex'),
      size: PDF.length,
      contentType: 'application/pdf',
    });
  });

  it('fails with 413 when the stream grows past the limit', async () => {
    const upload = new MeteredUpload(Readable.from([PDF, Buffer.alloc(64)]), 'application/pdf', 32);
    await expect(drain(upload)).rejects.toMatchObject({ status: 413 });
    expect(upload.refusal()?.status).toBe(413);
  });

  it('fails with 415 when the bytes are not the declared type', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    const upload = new MeteredUpload(Readable.from([png]), 'application/pdf', 100);
    await expect(drain(upload)).rejects.toMatchObject({ status: 415 });
  });

  it('fails with 415 when the body is empty', async () => {
    const upload = new MeteredUpload(Readable.from([]), 'image/png', 100);
    await expect(drain(upload)).rejects.toMatchObject({ status: 415 });
  });
});

describe('sniffContentType', () => {
  it('recognises PDF, JPEG and PNG when their magic bytes lead', () => {
    expect(sniffContentType(PDF)).toBe('application/pdf');
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffContentType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe('image/png');
    expect(sniffContentType(Buffer.from('GIF89a'))).toBeUndefined();
  });
});
