module.exports = async function globalTeardown() {
  await globalThis.__NTM_TEST_DB__?.stop();
};
