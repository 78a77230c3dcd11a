import { isConnectionLost } from './connection-lost';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe(isConnectionLost.name, () => {
  it.each([
    withCode('terminating connection due to administrator command', '57P01'),
    withCode('the database system is starting up', '57P03'),
    withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    new Error('Connection terminated unexpectedly'),
    Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), {
      name: 'QueryRunnerAlreadyReleasedError',
    }),
    Object.assign(new Error('query failed'), {
      driverError: withCode('terminating connection due to administrator command', '57P01'),
    }),
  ])('knows a lost connection: %s', (err) => {
    expect(isConnectionLost(err)).toBe(true);
  });

  it.each([
    withCode('duplicate key value violates unique constraint', '23505'),
    withCode('invalid input syntax for type uuid', '22P02'),
    new Error('boom'),
    'Connection terminated',
  ])('does not take other failures for one: %s', (err) => {
    expect(isConnectionLost(err)).toBe(false);
  });
});
