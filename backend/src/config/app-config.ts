import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { NATIONAL_ROOT_CODE } from '@ntm/shared';
import { randomBytes } from 'node:crypto';

const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

/** Every environment variable the server reads, validated once at boot. */
export class AppEnvironment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** Loads the demo province, villages and accounts. On by default with the embedded database. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  DEMO?: boolean;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(60)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(300)
  REFRESH_TOKEN_TTL_SECONDS = 14 * 24 * 3600;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  LOGIN_LOCK_SECONDS = 300;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  /** HTTP worker processes sharing the port; survey validation is CPU-bound, so one per core. */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(64)
  WEB_CONCURRENCY = 1;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** First admin of an empty database (see bootstrapAdmin). */
  @IsOptional()
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'INITIAL_ADMIN_USERNAME must be 3–64 of a-z, 0-9, dot, dash, underscore' })
  INITIAL_ADMIN_USERNAME?: string;

  @IsOptional()
  @IsString()
  INITIAL_ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  INITIAL_ADMIN_UNIT?: string;
}

export type InitialAdmin = { username: string; password: string; unitCode: string };

export type AppConfig = {
  nodeEnv: AppEnvironment['NODE_ENV'];
  port: number;
  databaseUrl: string | null;
  jwtSecret: string;
  demo: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  loginMaxFailures: number;
  loginLockSeconds: number;
  dataDir: string;
  workers: number;
  logLevel: string;
  initialAdmin: InitialAdmin | null;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = plainToInstance(AppEnvironment, stripEmpty(env), { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  if (Boolean(parsed.INITIAL_ADMIN_USERNAME) !== Boolean(parsed.INITIAL_ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid environment:\n  INITIAL_ADMIN_USERNAME and INITIAL_ADMIN_PASSWORD go together');
  }
  if (parsed.NODE_ENV === 'production' && !parsed.JWT_SECRET) {
    throw new ConfigError('Invalid environment:\n  JWT_SECRET: required when NODE_ENV=production');
  }
  return {
    nodeEnv: parsed.NODE_ENV,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL ?? null,
    // Outside production a per-process secret is fine: tokens simply do not survive a restart.
    jwtSecret: parsed.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    demo: parsed.DEMO ?? !parsed.DATABASE_URL,
    accessTokenTtlSeconds: parsed.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: parsed.REFRESH_TOKEN_TTL_SECONDS,
    loginMaxFailures: parsed.LOGIN_MAX_FAILURES,
    loginLockSeconds: parsed.LOGIN_LOCK_SECONDS,
    dataDir: parsed.DATA_DIR ?? '.data',
    workers: parsed.WEB_CONCURRENCY,
    logLevel: parsed.LOG_LEVEL,
    initialAdmin: parsed.INITIAL_ADMIN_USERNAME
      ? { username: parsed.INITIAL_ADMIN_USERNAME, password: parsed.INITIAL_ADMIN_PASSWORD!, unitCode: parsed.INITIAL_ADMIN_UNIT ?? NATIONAL_ROOT_CODE }
      : null,
  };
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')) as Record<
    string,
    string
  >;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
