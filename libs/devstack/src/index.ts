export * from './preflight';
export * from './service-process';
export * from './stack';
export * from './platform-token';
