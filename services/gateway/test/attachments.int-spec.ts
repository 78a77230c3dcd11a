import { createHash, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Objm } from '@nats-io/obj';
import request from 'supertest';
import { connectRpcTestClient, demoRequiredComponents, type RpcTestClient } from '@motcua/testing';
import { attachmentBucket } from '../src/attachments/attachment-store.service';
import { signAttachmentToken } from '../src/attachments/attachment-token';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

interface AttachmentUpload {
  attachmentId: string;
  uploadUrl: string;
  expiresAt: string;
}

const SIGNING_KEY = 'attachments-test-signing-key-0123456789abcdef';
const MAX_BYTES = 4096;
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const UPLOAD_FIELDS = 'attachmentId uploadUrl expiresAt';

describe('gateway attachments', () => {
  let stack: GatewayStack;
  let prefix: string;
  let gateway: NestFastifyApplication;
  let client: RpcTestClient;
  let receiver: Record<string, string>;
  let otherReceiver: Record<string, string>;
  let dossierCode: string;
  let componentName: string;
  const { gql } = graphqlClient(() => gateway);

  async function requestUpload(contentType: string, size: number): Promise<AttachmentUpload> {
    const res = await gql<{ requestAttachmentUpload: AttachmentUpload }>(
      `mutation Upload($code: String!, $component: String!, $size: Int!) {
        requestAttachmentUpload(code: $code, componentName: $component,
          fileName: "de-nghi.pdf", contentType: ${contentType}, size: $size) { ${UPLOAD_FIELDS} }
      }`,
      { code: dossierCode, component: componentName, size },
      receiver,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.requestAttachmentUpload;
  }
  const put = (url: string, body: Buffer, contentType = 'application/pdf') =>
    request(gateway.getHttpServer()).put(url).set('content-type', contentType).send(body);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_attachments',
      services: ['catalog', 'identity', 'reception'],
      realms: ['hanoi', 'hcmc'],
      citizenIssuer: false,
      receptionEnv: { ATTACHMENT_MAX_BYTES: String(MAX_BYTES) },
      gatewayEnv: { ATTACHMENT_SIGNING_KEY: SIGNING_KEY },
    });
    ({ prefix, gateway } = stack);
    client = await connectRpcTestClient(prefix);
    receiver = await stack.staffAuth('demo.hanoi.receiver', 'hanoi');
    otherReceiver = await stack.staffAuth('demo.hcmc.receiver', 'hcmc');
    const submitted = await gql<{ submitDossier: { code: string } }>(
      `mutation Submit($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }`,
      {
        input: {
          idempotencyKey: `gateway-attachments-${randomUUID()}`,
          procedureCode: '2.001610',
          components: demoRequiredComponents('2.001610'),
          branchId: 'hn-ba-dinh',
          applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
        },
      },
      receiver,
    );
    expect(submitted.errors).toBeUndefined();
    dossierCode = submitted.data!.submitDossier.code;
    const { versions } = await client.rpc.request(
      'catalog.procedure.versions.v1',
      { code: '2.001610' },
      { tenant: 'hanoi' },
    );
    componentName = versions[0].components[0].name;
  });

  afterAll(async () => {
    if (client) {
      const store = await new Objm(client.nc).open(attachmentBucket(prefix)).catch(() => undefined);
      await store?.destroy();
    }
    await client?.close();
    await stack?.close();
  });

  it('stores an uploaded PDF with its digest and size and serves it back byte-identical when a receiver uploads', async () => {
    const upload = await requestUpload('PDF', PDF.length);
    expect(upload.uploadUrl).toMatch(/^\/attachments\/[\w-]+\.[\w-]+$/);

    const stored = await put(upload.uploadUrl, PDF);
    expect(stored.status).toBe(200);
    expect(stored.body).toMatchObject({
      id: upload.attachmentId,
      dossierCode,
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      status: 'STORED',
    });
    const record = await client.rpc.request(
      'reception.attachment.get.v1',
      { attachmentId: upload.attachmentId },
      { tenant: 'hanoi', actor: { kind: 'STAFF', subject: 's', tenant: 'hanoi', roles: [] } },
    );
    expect(record.status).toBe('STORED');

    const url = await gql<{ attachmentDownloadUrl: string }>(
      `query { attachmentDownloadUrl(attachmentId: "${upload.attachmentId}") }`,
      {},
      receiver,
    );
    expect(url.errors).toBeUndefined();
    const downloaded = await request(gateway.getHttpServer())
      .get(url.data!.attachmentDownloadUrl)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(downloaded.body as Buffer, PDF)).toBe(0);

    const again = await put(upload.uploadUrl, PDF);
    expect(again.status).toBe(409);

    // The dossier lists the scan under its component, and which components were handed in.
    const view = await gql<{
      dossier: {
        components: { name: string; required: boolean; handedIn: boolean }[];
        attachments: { id: string; componentName: string; status: string; sha256: string }[];
      };
    }>(
      `query { dossier(code: "${dossierCode}") {
        components { name required handedIn }
        attachments { id componentName status sha256 }
      } }`,
      {},
      receiver,
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.dossier.attachments).toContainEqual({
      id: upload.attachmentId,
      componentName,
      status: 'STORED',
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(view.data!.dossier.components).toContainEqual({
      name: componentName,
      required: true,
      handedIn: true,
    });
  });

  it('answers 403 when the token is tampered with or expired', async () => {
    const upload = await requestUpload('PDF', PDF.length);
    const token = upload.uploadUrl.replace('/attachments/', '');
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await put(`/attachments/${tampered}`, PDF)).status).toBe(403);

    const expired = signAttachmentToken(
      {
        attachmentId: upload.attachmentId,
        tenant: 'hanoi',
        action: 'upload',
        contentType: 'application/pdf',
        maxSize: MAX_BYTES,
        exp: Date.now() - 1000,
      },
      SIGNING_KEY,
    );
    expect((await put(`/attachments/${expired}`, PDF)).status).toBe(403);
    // An upload token does not open the download route.
    expect((await request(gateway.getHttpServer()).get(upload.uploadUrl)).status).toBe(403);
  });

  it('answers 415 when a PNG is uploaded as a declared PDF', async () => {
    const upload = await requestUpload('PDF', PNG.length);
    const res = await put(upload.uploadUrl, PNG, 'image/png');
    expect(res.status).toBe(415);
  });

  it('answers 413 when the body exceeds the size limit', async () => {
    const upload = await requestUpload('PDF', PDF.length);
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
    expect((await put(upload.uploadUrl, big)).status).toBe(413);
  });

  it('answers VALIDATION_FAILED when the declared size is over the limit or the component is not of the procedure', async () => {
    const ask = (component: string, size: number) =>
      gql(
        `mutation Upload($code: String!, $component: String!, $size: Int!) {
          requestAttachmentUpload(code: $code, componentName: $component, fileName: "a.pdf",
            contentType: PDF, size: $size) { attachmentId }
        }`,
        { code: dossierCode, component, size },
        receiver,
      );
    const tooBig = await ask(componentName, MAX_BYTES + 1);
    expect(tooBig.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const unknown = await ask('Giấy không thuộc thủ tục', 100);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('answers FORBIDDEN when a receiver of another tenant asks for a download URL', async () => {
    const upload = await requestUpload('PDF', PDF.length);
    expect((await put(upload.uploadUrl, PDF)).status).toBe(200);
    const query = `query { attachmentDownloadUrl(attachmentId: "${upload.attachmentId}") }`;
    const forbidden = await gql(query, {}, { ...otherReceiver, 'x-tenant': 'hanoi' });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // In its own tenant the attachment does not exist.
    const missing = await gql(query, {}, otherReceiver);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
