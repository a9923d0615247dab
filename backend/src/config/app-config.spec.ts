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

describe('loadConfig initial admin', () => {
  it('binds the first admin to the national root unless told otherwise', () => {
    expect(loadConfig({ INITIAL_ADMIN_USERNAME: 'root', INITIAL_ADMIN_PASSWORD: 'quan-tri-2026' }).initialAdmin).toEqual({ username: 'root', password: 'quan-tri-2026', unitCode: 'VN' });
    expect(loadConfig({ INITIAL_ADMIN_USERNAME: 'root', INITIAL_ADMIN_PASSWORD: 'x', INITIAL_ADMIN_UNIT: '15' }).initialAdmin?.unitCode).toBe('15');
    expect(loadConfig({}).initialAdmin).toBeNull();
  });

  it('refuses a username without a password', () => {
    expect(() => loadConfig({ INITIAL_ADMIN_USERNAME: 'root' })).toThrow(/go together/);
  });
});
