import { requestContext } from './request-context';

describe('requestContext', () => {
  it('carries the context through async calls and lets it be annotated', async () => {
    const seen = await requestContext.run({ tenant: 'hanoi' }, async () => {
      await Promise.resolve();
      requestContext.annotate({ dossierCode: 'X' });
      return requestContext.current();
    });
    expect(seen).toMatchObject({ tenant: 'hanoi', dossierCode: 'X' });
    expect(requestContext.current()).toBeUndefined();
  });
});
