import { Logger } from '@nestjs/common';
import { GraphQLError, parse, validate, buildSchema } from 'graphql';
import { DomainError, ErrorCode } from '@motcua/contracts';
import { formatGraphqlErrors } from './error-formatter';

const located = (original: Error) =>
  new GraphQLError(original.message, { path: ['dossier'], originalError: original });
/** What mercurius throws when it refuses a request before execution. */
const rejection = (errors: readonly unknown[], statusCode = 400) =>
  Object.assign(new Error('Graphql validation error'), {
    code: 'MER_ERR_GQL_VALIDATION',
    statusCode,
    errors,
  });

describe(formatGraphqlErrors.name, () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('keeps the code, message and details of a domain error with status 200', () => {
    const domain = new DomainError(ErrorCode.ValidationFailed, 'Invalid input: first: too big', [
      { path: 'first', message: 'too big' },
    ]);
    const { statusCode, response } = formatGraphqlErrors({ data: null, errors: [located(domain)] });
    expect(statusCode).toBe(200);
    expect(response.errors).toEqual([
      {
        message: 'Invalid input: first: too big',
        path: ['dossier'],
        extensions: { code: 'VALIDATION_FAILED', details: [{ path: 'first', message: 'too big' }] },
      },
    ]);
  });

  it('hides an unexpected error behind INTERNAL without its message or stack', () => {
    const { statusCode, response } = formatGraphqlErrors({
      data: null,
      errors: [located(new TypeError('secret is undefined'))],
    });
    expect(statusCode).toBe(200);
    expect(response.errors).toEqual([
      { message: 'Internal error', path: ['dossier'], extensions: { code: 'INTERNAL' } },
    ]);
    expect(JSON.stringify(response)).not.toMatch(/secret|stack|at /);
  });

  it('answers 400 with GRAPHQL_PARSE_FAILED for a syntax error', () => {
    let syntaxError: unknown;
    try {
      parse('{ tenants { id ');
    } catch (err) {
      syntaxError = err;
    }
    const wrapper = new GraphQLError('Graphql validation error', {
      originalError: rejection([syntaxError]),
    });
    const { statusCode, response } = formatGraphqlErrors({ errors: [wrapper] });
    expect(statusCode).toBe(400);
    expect(response.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });

  it('answers 400 with one GRAPHQL_VALIDATION_FAILED per validation error', () => {
    const schema = buildSchema('type Query { a: Int }');
    const errors = validate(schema, parse('{ b c }'));
    const wrapper = new GraphQLError('Graphql validation error', {
      originalError: rejection(errors),
    });
    const { statusCode, response } = formatGraphqlErrors({ errors: [wrapper] });
    expect(statusCode).toBe(400);
    expect(response.errors).toHaveLength(2);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it('answers BAD_USER_INPUT for a variable of the wrong type', () => {
    const bad = new GraphQLError(
      'Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"',
    );
    const wrapper = new GraphQLError('Graphql validation error', {
      originalError: rejection([bad]),
    });
    expect(formatGraphqlErrors({ errors: [wrapper] }).response.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
  });

  it('keeps the status of an HTTP-level refusal and answers BAD_REQUEST', () => {
    const refusal = Object.assign(new Error('Body is not valid JSON'), {
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      statusCode: 400,
    });
    const { statusCode, response } = formatGraphqlErrors({
      errors: [new GraphQLError(refusal.message, { originalError: refusal })],
    });
    expect(statusCode).toBe(400);
    expect(response.errors?.[0]).toEqual({
      message: 'Body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('answers 405 with BAD_REQUEST for a mutation sent by GET', () => {
    const refusal = Object.assign(new Error('Method not allowed'), {
      code: 'MER_ERR_METHOD_NOT_ALLOWED',
      statusCode: 405,
      errors: [new Error('Operation cannot be performed via a GET request')],
    });
    const { statusCode, response } = formatGraphqlErrors({
      errors: [new GraphQLError(refusal.message, { originalError: refusal })],
    });
    expect(statusCode).toBe(405);
    expect(response.errors).toEqual([
      {
        message: 'Operation cannot be performed via a GET request',
        extensions: { code: 'BAD_REQUEST' },
      },
    ]);
  });

  it('answers 200 when part of the data resolved', () => {
    const domain = new DomainError(ErrorCode.NotFound, 'no such dossier');
    const { statusCode, response } = formatGraphqlErrors({
      data: { tenants: [] },
      errors: [located(domain)],
    });
    expect(statusCode).toBe(200);
    expect(response.data).toEqual({ tenants: [] });
  });
});
