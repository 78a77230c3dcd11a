import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { depthLimitRule } from './depth-limit.rule';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: ID! child: Node }
`);
const errorsOf = (query: string, maxDepth = 3) =>
  validate(schema, parse(query), [depthLimitRule(maxDepth)]).map((e) => e.message);

describe(depthLimitRule.name, () => {
  it('accepts a query as deep as the limit', () => {
    expect(errorsOf('{ node { child { id } } }')).toEqual([]);
  });

  it('refuses a query one level deeper than the limit', () => {
    expect(errorsOf('query Deep { node { child { child { id } } } }')).toEqual([
      'Deep: query depth 4 at node exceeds the limit of 3',
    ]);
  });

  it('counts the fields of fragments, not the fragments themselves', () => {
    const viaFragments = `
      query Q { ...Root }
      fragment Root on Query { node { ...Kids } }
      fragment Kids on Node { child { ... on Node { child { id } } } }
    `;
    expect(errorsOf(viaFragments)).toEqual(['Q: query depth 4 at node exceeds the limit of 3']);
  });

  it('lets the standard introspection query through under a tight data limit', () => {
    expect(
      errorsOf(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })),
    ).toEqual([]);
  });

  it('refuses introspection nested past its own cap', () => {
    const ofTypes = 'ofType { '.repeat(20) + 'name' + ' }'.repeat(20);
    expect(errorsOf(`{ __schema { types { ${ofTypes} } } }`)).toEqual([
      expect.stringMatching(/query depth 23 at __schema exceeds the limit of 20/),
    ]);
  });
});
