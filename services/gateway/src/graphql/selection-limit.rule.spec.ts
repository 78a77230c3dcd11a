import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { selectionLimitRule } from './selection-limit.rule';

const schema = buildSchema(`
  type Query { tenants: [Tenant!]! track(code: String!): String }
  type Tenant { id: ID! name: String! }
`);
const errorsOf = (query: string, maxRootFields = 3, maxFields = 10) =>
  validate(schema, parse(query), [selectionLimitRule({ maxRootFields, maxFields })]).map(
    (e) => e.message,
  );

describe(selectionLimitRule.name, () => {
  it('counts every alias of a root field', () => {
    expect(errorsOf('{ a: track(code: "1") b: track(code: "2") c: track(code: "3") }')).toEqual([]);
    expect(
      errorsOf(
        'query Q { a: track(code: "1") b: track(code: "2") c: track(code: "3") d: track(code: "4") }',
      ),
    ).toEqual(['Q: 4 root fields exceed the limit of 3 (send separate requests)']);
  });

  it('counts root fields brought in by fragments', () => {
    expect(
      errorsOf(
        '{ ...R ...R2 } fragment R on Query { a: track(code: "1") b: track(code: "2") } fragment R2 on Query { c: track(code: "3") d: track(code: "4") }',
      ),
    ).toHaveLength(1);
  });

  it('counts fields in all, a fragment as often as it is spread', () => {
    expect(errorsOf('{ tenants { id name id name id } }')).toEqual([]);
    expect(errorsOf('{ tenants { ...T ...T ...T } } fragment T on Tenant { id name id }')).toEqual(
      [],
    );
    expect(
      errorsOf('{ tenants { ...T ...T ...T ...T } } fragment T on Tenant { id name id }'),
    ).toEqual(['anonymous operation: 13 field selections exceed the limit of 10']);
  });

  it('lets the standard introspection query through the default limits', () => {
    expect(
      validate(schema, parse(getIntrospectionQuery()), [
        selectionLimitRule({ maxRootFields: 25, maxFields: 1000 }),
      ]),
    ).toEqual([]);
  });
});
