import { ANONYMOUS_OPERATION, OTHER_OPERATION, OperationNames } from './operation-names';
import { outcomeOf } from './graphql-metrics';

describe('GraphQL metric labels', () => {
  it('keeps operation names bounded: anonymous grouped, names past the cap grouped as other', () => {
    const names = new OperationNames(2);
    expect(names.label(undefined)).toBe(ANONYMOUS_OPERATION);
    expect(names.label('SubmitDossier')).toBe('SubmitDossier');
    expect(names.label('Dossier')).toBe('Dossier');
    expect(names.label('Attack1')).toBe(OTHER_OPERATION);
    expect(names.label('SubmitDossier')).toBe('SubmitDossier');
    expect(names.label('x'.repeat(65))).toBe(OTHER_OPERATION);
  });

  it('names the outcome by the first error code, never by free text', () => {
    expect(outcomeOf(undefined)).toBe('ok');
    expect(outcomeOf([])).toBe('ok');
    expect(outcomeOf([{ extensions: { code: 'FORBIDDEN' } }])).toBe('FORBIDDEN');
    expect(outcomeOf([{ extensions: { code: 'free text from somewhere' } }])).toBe('ERROR');
    expect(outcomeOf([{ extensions: {} }])).toBe('ERROR');
  });
});
