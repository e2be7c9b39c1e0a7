import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data in development', () => {
    const c = loadConfig({}, '/srv/nap');
    expect(c).toMatchObject({ nodeEnv: 'development', port: 3000, databaseUrl: null, dataDir: '/srv/nap/.data', seedDemo: true, suppressionThreshold: 4 });
  });

  it('never seeds a server database unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/nap' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/nap', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    [{ DATABASE_URL: 'nonsense' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@db/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://db:5432/' }, 'DATABASE_URL'],
    [{ PORT: '80a' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db:5432/nap' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, 'DATABASE_URL'],
  ])('names the variable at fault: %o', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.startsWith(variable)).toBe(true);
    expect((error as ConfigError).message).not.toContain('\n');
  });
});
