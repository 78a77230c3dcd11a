// One jest run covers unit specs (src/**/*.spec.ts), integration specs (test/**/*.int-spec.ts)
// and end-to-end specs (e2e/**/*.e2e-spec.ts). swc compiles TypeScript and the ESM-only
// packages (NestJS 12, jose, openid-client, mercurius...) to CommonJS: jest on Node 20 cannot
// load them otherwise (see ../shared/STACK.md).
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'load-esm',
  '@borewit',
  'content-disposition',
  'cookie',
  'quick-lru',
  'jose',
  'oauth4webapi',
  'openid-client',
  'mercurius',
  'oidc-provider',
  'nanoid',
  'quick-lru',
  'eta',
  '@koa',
  'koa',
];
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/e2e', '<rootDir>/deploy'],
  testMatch: ['**/src/**/*.spec.ts', '**/test/**/*.int-spec.ts', '**/e2e/**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j|mj|cj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@motcua/([a-z-]+)$': '<rootDir>/libs/$1/src' },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
  // In-process stacks (several services, demo seeds) start slowly on a busy 2-core machine.
  testTimeout: 120_000,
};
