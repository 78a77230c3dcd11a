import { nextTraceparent, requestContext, traceIdOf } from './request-context';

describe(nextTraceparent.name, () => {
  it('continues the parent trace with a new span id', () => {
    const parent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const child = nextTraceparent(parent);
    expect(traceIdOf(child)).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(child).not.toBe(parent);
    expect(child).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });

  it('starts a new trace without a valid parent', () => {
    expect(traceIdOf(nextTraceparent('garbage'))).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('requestContext', () => {
  it('carries the context through async calls and lets it be annotated', async () => {
    const seen = await requestContext.run(
      { tenant: 'hanoi', traceparent: nextTraceparent() },
      async () => {
        await Promise.resolve();
        requestContext.annotate({ dossierCode: 'X' });
        return requestContext.current();
      },
    );
    expect(seen).toMatchObject({ tenant: 'hanoi', dossierCode: 'X' });
    expect(requestContext.current()).toBeUndefined();
  });
});
