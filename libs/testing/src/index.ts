export * from './test-database';
export * from './test-subjects';
export * from './wait-for';
export * from './rpc-test-client';
export * from './service-env';
export * from './private-nats';
export * from './compile-fixture';
