import request from 'supertest';
import { parsePrometheusText, sampleValue, type PrometheusSample } from '@motcua/testing';
import { postGraphql, startGatewayStack, type GatewayStack } from './support/gateway-stack';

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
    }
  }
`;

describe('gateway metrics', () => {
  let stack: GatewayStack;
  const server = () => stack.gateway.getHttpServer();

  async function scrape(): Promise<PrometheusSample[]> {
    const res = await request(server()).get('/metrics');
    expect(res.status).toBe(200);
    return parsePrometheusText(res.text);
  }

  beforeAll(async () => {
    stack = await startGatewayStack({ database: 'gateway_metrics', services: [] });
  });

  afterAll(() => stack?.close());

  it('counts and times GraphQL operations by name, type and outcome, and HTTP requests by route', async () => {
    expect((await postGraphql(stack.gateway, 'query Ping { __typename }')).status).toBe(200);
    expect((await postGraphql(stack.gateway, 'query Ping { __typename }')).status).toBe(200);
    expect((await postGraphql(stack.gateway, '{ __typename }')).status).toBe(200);
    // Refused (no caller): an error code, not a crash of the metrics.
    const refused = await postGraphql(stack.gateway, SUBMIT, {
      input: {
        idempotencyKey: 'metrics-0001',
        procedureCode: '1.001193',
        components: [],
        branchId: 'hn-ba-dinh',
        channel: 'COUNTER',
        applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
      },
    });
    const refusedCode = (refused.body as { errors?: { extensions?: { code?: string } }[] })
      .errors?.[0]?.extensions?.code;
    expect(refusedCode).toMatch(/^[A-Z_]+$/);
    // Not GraphQL at all: refused before execution, seen in the HTTP metrics only.
    const unparseable = await postGraphql(stack.gateway, 'query {');
    await request(server()).get('/no-such-page');

    const samples = await scrape();
    const value = (name: string, labels: Record<string, string>) =>
      sampleValue(samples, name, labels);
    const ping = { operation: 'Ping', type: 'query', outcome: 'ok' };
    expect(value('motcua_graphql_operations_total', ping)).toBe(2);
    expect(value('motcua_graphql_operation_duration_seconds_count', ping)).toBe(2);
    expect(
      value('motcua_graphql_operations_total', {
        operation: 'anonymous',
        type: 'query',
        outcome: 'ok',
      }),
    ).toBe(1);
    expect(
      value('motcua_graphql_operations_total', {
        operation: 'Submit',
        type: 'mutation',
        outcome: refusedCode!,
      }),
    ).toBe(1);
    expect(
      samples.filter((s) => s.name === 'motcua_graphql_operations_total').map((s) => s.value),
    ).toEqual([2, 1, 1]);

    expect(
      value('motcua_http_requests_total', {
        service: 'gateway',
        method: 'POST',
        route: '/graphql',
        status: String(unparseable.status),
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(unparseable.status).toBeGreaterThanOrEqual(400);
    expect(
      value('motcua_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBe(1);
    expect(value('process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);
    // No database, no outbox.
    expect(samples.some((s) => s.name === 'motcua_outbox_backlog_events')).toBe(false);
  });
});
