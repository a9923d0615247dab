import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('refuses production without JWT_SECRET, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(/JWT_SECRET: required when NODE_ENV=production/);
  });

  it('names a variable that does not parse', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET must be at least 32 characters/);
  });

  it('turns demo mode on by default only with the embedded database', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', DEMO: '1' }).demo).toBe(true);
  });

  it('generates a secret outside production and reads the defaults', () => {
    const config = loadConfig({});
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config).toMatchObject({ port: 3000, accessTokenTtlSeconds: 900, loginMaxFailures: 5, dataDir: '.data' });
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });
});
