// Plain JS: jest loads global setup before any transform applies. Uses the built backend.
const { startTestDatabase } = require('../../backend/dist/testing/test-database-server');

module.exports = async function globalSetup() {
  const server = await startTestDatabase(process.env.DATABASE_URL);
  globalThis.__NTM_TEST_DB__ = server;
  Object.assign(process.env, server.env);
};
