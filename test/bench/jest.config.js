/** `npm run bench`: the benchmarks, printing their figures; they assert no timings. */
const { resolve } = require('node:path');
const base = require('../../jest.config.js');

module.exports = {
  rootDir: resolve(__dirname, '../..'),
  testTimeout: 600000,
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  projects: [
    {
      ...base.projects[2],
      displayName: 'bench',
      rootDir: resolve(__dirname, '..'),
      testMatch: ['<rootDir>/bench/**/*.bench.ts'],
    },
  ],
};
