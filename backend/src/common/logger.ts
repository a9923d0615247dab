import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  // Tokens and passwords must never reach the logs.
  return pino({ level, base: undefined, redact: ['req.headers.authorization', 'req.headers.cookie', 'password', 'refreshToken'] });
}

/** Routes Nest's own log lines through pino so everything is one JSON stream. Nest's routine
 * `log` lines (every route mapped at boot) go to debug, so info shows requests and problems. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) { this.logger.debug({ context }, String(message)); }
  error(message: unknown, trace?: string, context?: string) { this.logger.error({ context, trace }, String(message)); }
  warn(message: unknown, context?: string) { this.logger.warn({ context }, String(message)); }
  debug(message: unknown, context?: string) { this.logger.debug({ context }, String(message)); }
  verbose(message: unknown, context?: string) { this.logger.trace({ context }, String(message)); }
}
