import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import request, { type Response } from 'supertest';
import { connect } from '@nats-io/transport-node';
import type { LocalIdp } from '@motcua/local-idp';
import { TEST_NATS_URL, demoRequiredComponents } from '@motcua/testing';
import { AppModule } from '../src/app.module';
import { loadGatewayConfig } from '../src/config/gateway.config';
import { SCHEMA_FILE } from '../src/generate-schema';
import {
  gatewayTestEnv,
  postGraphql as post,
  startApp,
  startGatewayStack,
  type GatewayStack,
  type GraphqlBody,
} from './support/gateway-stack';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
      status
      dueAt
    }
  }
`;
const submitInput = (channel: 'COUNTER' | 'ONLINE') => ({
  idempotencyKey: `gateway-test-${channel}-0001`,
  procedureCode: '1.001193',
  components: demoRequiredComponents('1.001193'),
  branchId: 'hn-ba-dinh',
  channel,
  applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
});

describe('gateway', () => {
  let stack: GatewayStack;
  let prefix: string;
  let idp: LocalIdp;
  let gateway: NestFastifyApplication;

  const gatewayEnv = (extra: Record<string, string> = {}) => gatewayTestEnv(prefix, extra);
  const gql = (
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => post(gateway, query, variables, headers);
  const bodyOf = <T = Record<string, unknown>>(res: Response) => res.body as GraphqlBody<T>;
  const errorsOf = (res: Response) => bodyOf(res).errors ?? [];
  const tokenOf = (issuer: string, username: string) => stack.tokenFor(username, issuer);

  beforeAll(async () => {
    stack = await startGatewayStack({ database: 'gateway', services: ['catalog', 'identity'] });
    ({ prefix, idp, gateway } = stack);
  });

  afterAll(async () => {
    await stack?.close();
  });

  describe('schema', () => {
    it('serves the schema committed in schema.graphql', () => {
      const served = printSchema(lexicographicSortSchema(gateway.get(GraphQLSchemaHost).schema));
      expect(`${served}\n`).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
    });

    it('answers the full introspection query GraphiQL sends', async () => {
      const res = await gql(getIntrospectionQuery());
      expect(res.status).toBe(200);
      expect(bodyOf<{ __schema: unknown }>(res).data?.__schema).toBeDefined();
    });

    it('serves GraphiQL outside production', async () => {
      const res = await request(gateway.getHttpServer()).get('/graphiql');
      expect(res.status).toBe(200);
    });

    it('is ready when NATS is, without a database', async () => {
      const res = await request(gateway.getHttpServer()).get('/health/ready');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', info: { nats: { status: 'up' } } });
      expect(res.body.info.database).toBeUndefined();
    });
  });

  describe('catalog fields', () => {
    it('lists the tenants with their regions', async () => {
      const res = await gql(
        '{ tenants { id name statisticsCode regions { code name validFrom validTo } } }',
      );
      expect(res.status).toBe(200);
      const { tenants } = bodyOf<{
        tenants: { id: string; regions: { code: string; validFrom: string }[] }[];
      }>(res).data!;
      expect(tenants.map((t) => t.id)).toEqual(
        expect.arrayContaining(['hanoi', 'hcmc', 'quang-ninh']),
      );
      expect(tenants.find((t) => t.id === 'hcmc')?.regions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'binh-duong', validFrom: '2025-07-01' }),
        ]),
      );
    });

    it('finds the branches near a point, nearest first', async () => {
      type Branches = { branches: { id: string; tenant: string; lat: number; lng: number }[] };
      const all = (await gql('{ branches(tenant: "hanoi") { id tenant lat lng } }'))
        .body as GraphqlBody<Branches>;
      const target = all.data!.branches[0];
      expect(target.tenant).toBe('hanoi');
      const near = (
        await gql(
          'query Near($at: GeoPointInput!) { branches(near: $at, radiusKm: 1) { id name unitCode } }',
          { at: { lat: target.lat, lng: target.lng } },
        )
      ).body as GraphqlBody<Branches>;
      expect(near.data!.branches[0].id).toBe(target.id);
      const far = (await gql('{ branches(near: { lat: 0, lng: 0 }, radiusKm: 5) { id } }'))
        .body as GraphqlBody<Branches>;
      expect(far.data!.branches).toEqual([]);
    });

    it('pages procedures with cursors and searches them', async () => {
      type Page = {
        procedures: {
          edges: { cursor: string; node: { code: string; name: string; level: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
          totalCount: number;
        };
      };
      const query = `query Page($first: Int, $after: String, $search: String) {
        procedures(first: $first, after: $after, search: $search) {
          edges { cursor node { code name level durationDays boundaryFreeScope } }
          pageInfo { hasNextPage endCursor }
          totalCount
        }
      }`;
      const hanoi = { 'x-tenant': 'hanoi' };
      const first = bodyOf<Page>(await gql(query, { first: 5 }, hanoi)).data!.procedures;
      expect(first.edges).toHaveLength(5);
      expect(first.totalCount).toBeGreaterThanOrEqual(12);
      expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[4].cursor });

      const second = bodyOf<Page>(
        await gql(query, { first: 5, after: first.pageInfo.endCursor }, hanoi),
      ).data!.procedures;
      expect(second.edges[0].node.code > first.edges[4].node.code).toBe(true);
      // Every edge's cursor is a position to resume from.
      const fromMiddle = bodyOf<Page>(
        await gql(query, { first: 1, after: first.edges[2].cursor }, hanoi),
      ).data!.procedures;
      expect(fromMiddle.edges[0].node.code).toBe(first.edges[3].node.code);

      const found = bodyOf<Page>(await gql(query, { search: 'khai sinh' }, hanoi)).data!.procedures;
      expect(found.edges.length).toBeGreaterThan(0);
      expect(found.edges.every((e) => /khai sinh/i.test(e.node.name))).toBe(true);
    });

    it('takes the tenant from the host name when it names a known tenant', async () => {
      const res = await gql('{ procedures(first: 1) { totalCount } }', undefined, {
        Host: 'hanoi.motcua.local',
      });
      expect(
        bodyOf<{ procedures: { totalCount: number } }>(res).data?.procedures.totalCount,
      ).toBeGreaterThan(0);
    });

    it('answers BAD_REQUEST when procedures are asked for without a tenant', async () => {
      const res = await gql('{ procedures { totalCount } }', undefined, {
        Host: 'nowhere.motcua.local',
      });
      expect(res.status).toBe(200);
      expect(errorsOf(res)).toEqual([
        expect.objectContaining({
          message: 'x-tenant header required',
          extensions: { code: 'BAD_REQUEST' },
        }),
      ]);
    });

    it('answers VALIDATION_FAILED with the bad field when a service refuses the arguments', async () => {
      const res = await gql('{ procedures(first: 1000) { totalCount } }', undefined, {
        'x-tenant': 'hanoi',
      });
      const [error] = errorsOf(res);
      expect(error.extensions?.code).toBe('VALIDATION_FAILED');
      expect(error.extensions?.details).toEqual([expect.objectContaining({ path: 'first' })]);
    });
  });

  describe('errors of the request itself', () => {
    it('answers 400 with GRAPHQL_PARSE_FAILED for a malformed query', async () => {
      const res = await gql('{ tenants { id ');
      expect(res.status).toBe(400);
      expect(errorsOf(res)[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('answers 400 with GRAPHQL_VALIDATION_FAILED for an unknown field or a literal of the wrong type', async () => {
      const unknown = await gql('{ tenants { id population } }');
      expect(unknown.status).toBe(400);
      expect(errorsOf(unknown)[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const wrongType = await gql('{ procedures(first: "ten") { totalCount } }', undefined, {
        'x-tenant': 'hanoi',
      });
      expect(wrongType.status).toBe(400);
      expect(errorsOf(wrongType)[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers 400 with BAD_USER_INPUT for variables that do not fit the input type', async () => {
      const res = await gql(SUBMIT, {
        input: { ...submitInput('COUNTER'), applicant: { fullName: 'An' }, channel: 'FAX' },
      });
      expect(res.status).toBe(400);
      const errors = errorsOf(res);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    });

    it('refuses a query nested deeper than the limit with GRAPHQL_VALIDATION_FAILED', async () => {
      const shallow = await startApp([
        AppModule.forRoot(loadGatewayConfig(gatewayEnv({ GRAPHQL_QUERY_DEPTH: '3' }))),
      ]);
      try {
        const hanoi = { 'x-tenant': 'hanoi' };
        const ok = await post(
          shallow,
          '{ procedures(first: 1) { pageInfo { hasNextPage } } }',
          undefined,
          hanoi,
        );
        expect(ok.status).toBe(200);
        const tooDeep = await post(
          shallow,
          '{ procedures(first: 1) { edges { node { code } } } }',
          undefined,
          hanoi,
        );
        expect(tooDeep.status).toBe(400);
        expect(errorsOf(tooDeep)).toEqual([
          expect.objectContaining({
            message: expect.stringMatching(/query depth 4 .* limit of 3/),
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        ]);
      } finally {
        await shallow.close();
      }
    });

    it('refuses introspection nested past its own cap', async () => {
      const ofTypes = `${'ofType { '.repeat(20)}name${' }'.repeat(20)}`;
      const res = await gql(`{ __schema { types { ${ofTypes} } } }`);
      expect(res.status).toBe(400);
      expect(errorsOf(res)[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('answers 400 with BAD_REQUEST for a body that is not JSON, without a stack', async () => {
      const res = await request(gateway.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send('{"query": ');
      expect(res.status).toBe(400);
      expect(errorsOf(res)[0].extensions?.code).toBe('BAD_REQUEST');
      expect(JSON.stringify(res.body)).not.toMatch(/"stack"|node_modules/);
    });
  });

  describe('unexpected failures', () => {
    /** A misbehaving stand-in for reception's tracking, answering `data` as it is. */
    async function withTrackingReply<T>(data: unknown, run: () => Promise<T>): Promise<T> {
      const nc = await connect({ servers: TEST_NATS_URL });
      const sub = nc.subscribe(`${prefix}reception.dossier.track.v1`, {
        callback: (_, msg) => void msg.respond(JSON.stringify({ ok: true, data })),
      });
      await nc.flush();
      try {
        return await run();
      } finally {
        sub.unsubscribe();
        await nc.close();
      }
    }
    const track = () =>
      gql(
        '{ trackDossier(code: "000.00.01.H26-260302-0001", phone: "0912345678") { code status steps { at } } }',
        undefined,
        { 'x-tenant': 'hanoi' },
      );

    it('answers INTERNAL with a generic message and no stack when a resolver fails', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        const res = await withTrackingReply({ code: 'X' }, track);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({
          data: { trackDossier: null },
          errors: [
            {
              message: 'Internal error',
              path: ['trackDossier'],
              locations: expect.any(Array),
              extensions: { code: 'INTERNAL' },
            },
          ],
        });
        expect(logged).toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    });

    it('answers INTERNAL when a service returns a value the schema cannot represent', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        const reply = {
          code: 'X',
          status: 'BOGUS',
          nationalStatusCode: 2,
          dueAt: '2026-03-02T01:00:00Z',
          steps: [],
        };
        const res = await withTrackingReply(reply, track);
        expect(res.status).toBe(200);
        expect(errorsOf(res)).toEqual([
          expect.objectContaining({ message: 'Internal error', extensions: { code: 'INTERNAL' } }),
        ]);
        expect(JSON.stringify(res.body)).not.toMatch(/BOGUS|stack/);
      } finally {
        logged.mockRestore();
      }
    });
  });

  describe('dossier fields', () => {
    it('answers UNAUTHENTICATED for dossier(code) without a token', async () => {
      const res = await gql('{ dossier(code: "000.00.01.H26-260302-0001") { code } }', undefined, {
        'x-tenant': 'hanoi',
      });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        data: { dossier: null },
        errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })],
      });
    });

    it('answers UNAUTHENTICATED for a token that is not a valid JWT of a known issuer', async () => {
      const res = await gql('{ dossier(code: "000.00.01.H26-260302-0001") { code } }', undefined, {
        authorization: 'Bearer not-a-jwt-at-all.x.y',
      });
      expect(errorsOf(res)[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('answers SERVICE_UNAVAILABLE for trackDossier when reception is not running', async () => {
      const res = await gql(
        '{ trackDossier(code: "000.00.01.H26-260302-0001", phone: "0912345678") { status } }',
        undefined,
        { 'x-tenant': 'hanoi' },
      );
      expect(res.status).toBe(200);
      expect(errorsOf(res)).toEqual([
        expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE' } }),
      ]);
    });

    it('lets a hanoi receiver through to reception (SERVICE_UNAVAILABLE while it is not running)', async () => {
      const auth = { authorization: await tokenOf(idp.issuers.staff.hanoi, 'demo.hanoi.receiver') };
      const get = await gql(
        '{ dossier(code: "000.00.01.H26-260302-0001") { code } }',
        undefined,
        auth,
      );
      expect(errorsOf(get)[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const submit = await gql(SUBMIT, { input: submitInput('COUNTER') }, auth);
      expect(errorsOf(submit)[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // The staff member's tenant serves public fields too.
      const procedures = await gql('{ procedures(first: 1) { totalCount } }', undefined, auth);
      expect(
        bodyOf<{ procedures: { totalCount: number } }>(procedures).data?.procedures.totalCount,
      ).toBeGreaterThan(0);
    });

    it("answers FORBIDDEN when staff name another tenant than their token's", async () => {
      const auth = {
        authorization: await tokenOf(idp.issuers.staff.hanoi, 'demo.hanoi.receiver'),
        'x-tenant': 'hcmc',
      };
      const res = await gql(
        '{ dossier(code: "000.00.01.H26-260302-0001") { code } }',
        undefined,
        auth,
      );
      expect(errorsOf(res)[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('answers FORBIDDEN when staff without a receiving role submit a dossier', async () => {
      const auth = { authorization: await tokenOf(idp.issuers.staff.hanoi, 'demo.hanoi.handler') };
      const res = await gql(SUBMIT, { input: submitInput('COUNTER') }, auth);
      expect(errorsOf(res)[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lets citizens submit online only', async () => {
      const auth = {
        authorization: await tokenOf(idp.issuers.citizen, 'citizen.nguyen-van-an'),
        'x-tenant': 'hanoi',
      };
      const counter = await gql(SUBMIT, { input: submitInput('COUNTER') }, auth);
      expect(errorsOf(counter)[0].extensions?.code).toBe('FORBIDDEN');
      const online = await gql(SUBMIT, { input: submitInput('ONLINE') }, auth);
      expect(errorsOf(online)[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // Reading a dossier is for reception to decide (their own only).
      const read = await gql(
        '{ dossier(code: "000.00.01.H26-260302-0001") { code } }',
        undefined,
        auth,
      );
      expect(errorsOf(read)[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      const staffOnly = await gql('{ routingRules { id } }', undefined, auth);
      expect(errorsOf(staffOnly)[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
