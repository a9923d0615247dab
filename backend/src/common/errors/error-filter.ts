import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@ntm/shared';
import type { Response } from 'express';
import { DomainError } from './domain-error';
import { httpStatusOf } from './http-status-of';
import { fromUniqueViolation } from './unique-violations';

type BodyParserError = Error & { type?: string; status?: number };

/** The single place where failures become HTTP answers `{ statusCode, code, message, details? }`. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const { code, message, details, current } = exception;
      return { statusCode: httpStatusOf(code), code, message, details, current };
    }
    // Nest wraps body-parser failures in an HttpException whose cause keeps the parser's type.
    const parserBody = fromBodyParser(((exception as { cause?: unknown })?.cause ?? exception) as BodyParserError);
    if (parserBody) return parserBody;
    if (exception instanceof HttpException) return fromHttpException(exception);
    const uniqueBody = fromUniqueViolation(exception);
    if (uniqueBody) return uniqueBody;
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { statusCode: 500, code: 'INTERNAL', message: 'Internal server error' };
  }
}

function fromBodyParser(error: BodyParserError): ErrorBody | null {
  switch (error?.type) {
    case 'entity.parse.failed':
      return { statusCode: 400, code: 'MALFORMED_JSON', message: 'The request body is not valid JSON' };
    case 'entity.too.large':
      return { statusCode: 400, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: error.message };
    default:
      return null;
  }
}

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_ATTEMPTS',
};

/** Framework exceptions (unknown route, multer limits…). Oversized uploads answer 400 like bodies. */
function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const code = CODE_BY_STATUS[status] ?? (status < 500 ? 'VALIDATION_FAILED' : 'INTERNAL');
  return { statusCode: status === 413 ? 400 : status, code, message: exception.message };
}
