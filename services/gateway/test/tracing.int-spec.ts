import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SpanAttribute, installTestTracing } from '@motcua/platform';
import { demoRequiredComponents, waitFor } from '@motcua/testing';
import { graphqlClient, startGatewayStack, type GatewayStack } from './support/gateway-stack';

const JUDICIAL_RECORD = '2.000488';
const PERSONAL_ID = '001090012345';
const PHONE = '0912345678';

const SUBMIT = /* GraphQL */ `
  mutation SubmitDossier($input: SubmitDossierInput!) {
    submitDossier(input: $input) {
      code
    }
  }
`;

const serviceOf = (span: ReadableSpan) => span.attributes[SpanAttribute.service];
const describeSpan = (span: ReadableSpan) =>
  `${String(serviceOf(span))} ${SpanKind[span.kind]} ${span.name}`;

/**
 * One GraphQL request is one trace: the gateway's HTTP span, its RPC to reception, reception's
 * outbox publication, and routing's and notification's handling of the events that follow,
 * each a child of the span before it. All services run in this process on one in-memory
 * exporter; `motcua.service` tells their spans apart.
 */
describe('tracing across services', () => {
  let exporter: InMemorySpanExporter;
  let stack: GatewayStack;
  let gateway: NestFastifyApplication;
  let receiver: Record<string, string>;
  const { gql, data } = graphqlClient(() => gateway);

  const spansOf = (traceId: string) =>
    exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);

  beforeAll(async () => {
    exporter = installTestTracing();
    stack = await startGatewayStack({
      database: 'gateway_tracing',
      services: ['catalog', 'identity', 'reception', 'routing', 'notification'],
    });
    ({ gateway } = stack);
    receiver = await stack.staffAuth('demo.hanoi.receiver');
  });

  afterAll(() => stack?.close());

  it('follows a submitted dossier from the gateway through reception, routing and notification', async () => {
    exporter.reset();
    const { submitDossier } = await data<{ submitDossier: { code: string } }>(
      SUBMIT,
      {
        input: {
          idempotencyKey: `gateway-tracing-${randomUUID()}`,
          procedureCode: JUDICIAL_RECORD,
          components: demoRequiredComponents(JUDICIAL_RECORD),
          branchId: 'hn-ba-dinh',
          applicant: { fullName: 'Nguyễn Văn An', personalId: PERSONAL_ID, phone: PHONE },
        },
      },
      receiver,
    );

    const root = await waitFor(
      () =>
        exporter
          .getFinishedSpans()
          .find((s) => s.kind === SpanKind.SERVER && s.name === 'mutation SubmitDossier'),
      { what: 'the gateway span of submitDossier' },
    );
    const traceId = root.spanContext().traceId;
    expect(root.parentSpanContext).toBeUndefined();
    expect(serviceOf(root)).toBe('gateway');
    expect(root.attributes).toMatchObject({
      [SpanAttribute.graphqlOperationType]: 'mutation',
      [SpanAttribute.graphqlOperationName]: 'SubmitDossier',
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'http.response.status_code': 200,
    });

    // Routing decides (dossier.received), then notification hears of the routed dossier.
    const consumed = (service: string, type: string) =>
      spansOf(traceId).find(
        (s) =>
          s.kind === SpanKind.CONSUMER && serviceOf(s) === service && s.name === `process ${type}`,
      );
    await waitFor(() => consumed('routing', 'dossier.received.v1'), {
      what: 'routing to handle dossier.received in the trace',
    });
    await waitFor(() => consumed('notification', 'dossier.routed.v1'), {
      what: 'notification to handle dossier.routed in the trace',
    });

    // Every span but the root has its parent in the same trace: no hole in the chain. Spans end
    // after their children, so a parent may still be running: wait until none is missing.
    const orphansOf = (spans: ReadableSpan[]) => {
      const ids = new Set(spans.map((s) => s.spanContext().spanId));
      return spans.filter((s) => s !== root && !ids.has(s.parentSpanContext?.spanId ?? ''));
    };
    let orphans: ReadableSpan[] = [];
    const spans = await waitFor(
      () => {
        const all = spansOf(traceId);
        orphans = orphansOf(all);
        return orphans.length === 0 && all;
      },
      { what: 'every span of the trace to have its parent' },
    ).catch((err: Error) => {
      throw new Error(`${err.message}; orphans: ${orphans.map(describeSpan).join('; ')}`);
    });
    // Catalog too: reception looks the procedure up.
    expect([...new Set(spans.map(serviceOf))]).toEqual(
      expect.arrayContaining(['gateway', 'reception', 'routing', 'notification']),
    );

    // The chain, kind by kind: gateway HTTP -> RPC client -> reception RPC server -> relay.
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext!.spanId);
    const submitServer = spans.find(
      (s) => s.kind === SpanKind.SERVER && s.name === 'process reception.dossier.submit.v1',
    );
    expect(submitServer && serviceOf(submitServer)).toBe('reception');
    expect(submitServer!.attributes).toMatchObject({
      [SpanAttribute.messagingDestination]: expect.stringContaining('reception.dossier.submit.v1'),
      [SpanAttribute.tenant]: 'hanoi',
    });
    const submitClient = parentOf(submitServer!);
    expect(submitClient && describeSpan(submitClient)).toBe(
      'gateway CLIENT send reception.dossier.submit.v1',
    );
    expect(parentOf(submitClient!)).toBe(root);
    const routingReceived = consumed('routing', 'dossier.received.v1')!;
    const published = parentOf(routingReceived)!;
    expect(describeSpan(published)).toBe('reception PRODUCER publish dossier.received.v1');
    expect(parentOf(published)).toBe(submitServer);

    // No personal data in any attribute.
    const attributeText = JSON.stringify(spans.map((s) => s.attributes));
    expect(attributeText).not.toContain(PERSONAL_ID);
    expect(attributeText).not.toContain(PHONE);
    expect(
      spans.find((s) => s.attributes[SpanAttribute.dossierCode] === submitDossier.code),
    ).toBeDefined();
  });

  it("continues the caller's trace and records GraphQL errors on the request's span", async () => {
    exporter.reset();
    const callerTraceId = '0af7651916cd43dd8448eb211c80319c';
    const callerSpanId = 'b7ad6b7169203331';
    const body = await gql(
      'query Missing($code: String!) { dossier(code: $code) { code } }',
      { code: 'NO-SUCH-DOSSIER' },
      { ...receiver, traceparent: `00-${callerTraceId}-${callerSpanId}-01` },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

    const span = await waitFor(
      () => exporter.getFinishedSpans().find((s) => s.name === 'query Missing'),
      { what: 'the gateway span of the query' },
    );
    expect(span.spanContext().traceId).toBe(callerTraceId);
    expect(span.parentSpanContext).toMatchObject({ spanId: callerSpanId, isRemote: true });
    expect(span.attributes[SpanAttribute.errorType]).toBe('NOT_FOUND');
    expect(span.events.map((e) => e.name)).toEqual(['exception']);
    // A refused request is the caller's error, not the platform's.
    expect(span.status.code).not.toBe(SpanStatusCode.ERROR);
  });
});
