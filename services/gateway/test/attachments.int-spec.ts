import { createHash, randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HeadObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { Objm } from '@nats-io/obj';
import request from 'supertest';
import { connectRpcTestClient, demoRequiredComponents, type RpcTestClient } from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { signAttachmentToken } from '../src/attachments/attachment-token';
import { attachmentBucket } from '../src/attachments/nats-attachment-store';
import { attachmentObjectKey } from '../src/attachments/s3-attachment-store';
import { loadGatewayConfig } from '../src/config/gateway.config';
import {
  gatewayTestEnv,
  graphqlClient,
  startApp,
  startGatewayStack,
  type GatewayStack,
} from './support/gateway-stack';
import { startS3TestServer, type S3TestServer } from './support/s3-test-server';

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

/** The byte stores a gateway can be configured with (`ATTACHMENT_STORE`). */
type StoreKind = 'nats' | 's3';
const STORES: StoreKind[] = ['nats', 's3'];

describe('gateway attachments', () => {
  let stack: GatewayStack;
  let prefix: string;
  let s3: S3TestServer;
  /** One gateway per store, on the same services, prefix and signing key; GraphQL works on both. */
  const gateways = {} as Record<StoreKind, NestFastifyApplication>;
  let client: RpcTestClient;
  let receiver: Record<string, string>;
  let otherReceiver: Record<string, string>;
  let dossierCode: string;
  let componentName: string;
  const graphql = {
    nats: graphqlClient(() => gateways.nats).gql,
    s3: graphqlClient(() => gateways.s3).gql,
  };
  const gql = graphql.nats;

  async function requestUpload(
    contentType: string,
    size: number,
    via: StoreKind = 'nats',
  ): Promise<AttachmentUpload> {
    const res = await graphql[via]<{ requestAttachmentUpload: AttachmentUpload }>(
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
  const put = (via: StoreKind, url: string, body: Buffer, contentType = 'application/pdf') =>
    request(gateways[via].getHttpServer()).put(url).set('content-type', contentType).send(body);

  /** Whether the object is in the store of `kind`, looked up there, not through a gateway. */
  async function storedIn(kind: StoreKind, attachmentId: string): Promise<boolean> {
    if (kind === 'nats') {
      const bucket = await new Objm(client.nc).open(attachmentBucket(prefix)).catch(() => null);
      return (await bucket?.info(attachmentId)) != null;
    }
    const head = new HeadObjectCommand({
      Bucket: s3.config.bucket,
      Key: attachmentObjectKey(prefix, attachmentId),
    });
    return s3.client.send(head).then(
      () => true,
      (err: unknown) => {
        if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return false;
        throw err;
      },
    );
  }

  // Two gateways, the services they need and an S3 server: slow to start on a loaded machine.
  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_attachments',
      services: ['catalog', 'identity', 'reception'],
      realms: ['hanoi', 'hcmc'],
      citizenIssuer: false,
      receptionEnv: { ATTACHMENT_MAX_BYTES: String(MAX_BYTES) },
      gatewayEnv: { ATTACHMENT_SIGNING_KEY: SIGNING_KEY },
    });
    prefix = stack.prefix;
    gateways.nats = stack.gateway;
    s3 = await startS3TestServer();
    gateways.s3 = await startApp([
      AppModule.forRoot(
        loadGatewayConfig(
          gatewayTestEnv(prefix, { ATTACHMENT_SIGNING_KEY: SIGNING_KEY, ...s3.env }),
        ),
      ),
    ]);
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
  }, 180_000);

  afterAll(async () => {
    if (client) {
      const store = await new Objm(client.nc).open(attachmentBucket(prefix)).catch(() => undefined);
      await store?.destroy();
    }
    await gateways.s3?.close();
    await s3?.close();
    await client?.close();
    await stack?.close();
  });

  describe.each(STORES)('in the %s store', (kind) => {
    const gateway = () => gateways[kind];
    const gql = graphql[kind];
    const otherStore: StoreKind = kind === 'nats' ? 's3' : 'nats';
    const download = (url: string) =>
      request(gateway().getHttpServer())
        .get(url)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });

    it('stores an uploaded PDF with its digest and size and serves it back byte-identical when a receiver uploads', async () => {
      const upload = await requestUpload('PDF', PDF.length, kind);
      expect(upload.uploadUrl).toMatch(/^\/attachments\/[\w-]+\.[\w-]+$/);

      const stored = await put(kind, upload.uploadUrl, PDF);
      expect(stored.status).toBe(200);
      expect(stored.body).toMatchObject({
        id: upload.attachmentId,
        dossierCode,
        contentType: 'application/pdf',
        size: PDF.length,
        sha256: createHash('sha256').update(PDF).digest('hex'),
        status: 'STORED',
      });
      // The bytes went to the configured store and to it alone.
      expect(await storedIn(kind, upload.attachmentId)).toBe(true);
      expect(await storedIn(otherStore, upload.attachmentId)).toBe(false);
      const record = await client.rpc.request(
        'reception.attachment.get.v1',
        { attachmentId: upload.attachmentId },
        {
          tenant: 'hanoi',
          // Reception lets supervisors read every dossier of the tenant (and its scans).
          actor: { kind: 'STAFF', subject: 's', tenant: 'hanoi', roles: ['SUPERVISOR'] },
        },
      );
      expect(record.status).toBe('STORED');

      const url = await gql<{ attachmentDownloadUrl: string }>(
        `query { attachmentDownloadUrl(attachmentId: "${upload.attachmentId}") }`,
        {},
        receiver,
      );
      expect(url.errors).toBeUndefined();
      const downloaded = await download(url.data!.attachmentDownloadUrl);
      expect(downloaded.status).toBe(200);
      expect(downloaded.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(downloaded.body as Buffer, PDF)).toBe(0);

      const again = await put(kind, upload.uploadUrl, PDF);
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

    it('answers 404 when a valid download link names an attachment that is not stored', async () => {
      const token = signAttachmentToken(
        {
          attachmentId: randomUUID(),
          tenant: 'hanoi',
          action: 'download',
          contentType: 'application/pdf',
          maxSize: MAX_BYTES,
          exp: Date.now() + 60_000,
        },
        SIGNING_KEY,
      );
      expect((await download(`/attachments/${token}`)).status).toBe(404);
    });

    it('answers 403 when the token is tampered with or expired', async () => {
      const upload = await requestUpload('PDF', PDF.length, kind);
      const token = upload.uploadUrl.replace('/attachments/', '');
      const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
      expect((await put(kind, `/attachments/${tampered}`, PDF)).status).toBe(403);

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
      expect((await put(kind, `/attachments/${expired}`, PDF)).status).toBe(403);
      // An upload token does not open the download route.
      expect((await request(gateway().getHttpServer()).get(upload.uploadUrl)).status).toBe(403);
      expect(await storedIn(kind, upload.attachmentId)).toBe(false);
    });

    it('answers 415 and stores nothing when a PNG is uploaded as a declared PDF', async () => {
      const upload = await requestUpload('PDF', PNG.length, kind);
      const res = await put(kind, upload.uploadUrl, PNG, 'image/png');
      expect(res.status).toBe(415);
      expect(await storedIn(kind, upload.attachmentId)).toBe(false);
    });

    it('answers 413 and stores nothing when the body exceeds the size limit', async () => {
      const upload = await requestUpload('PDF', PDF.length, kind);
      const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
      expect((await put(kind, upload.uploadUrl, big)).status).toBe(413);
      expect(await storedIn(kind, upload.attachmentId)).toBe(false);
    });
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
    const { attachmentId, uploadUrl } = await requestUpload('PDF', PDF.length);
    expect((await put('nats', uploadUrl, PDF)).status).toBe(200);
    const query = `query { attachmentDownloadUrl(attachmentId: "${attachmentId}") }`;
    const forbidden = await gql(query, {}, { ...otherReceiver, 'x-tenant': 'hanoi' });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // In its own tenant the attachment does not exist.
    const missing = await gql(query, {}, otherReceiver);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
