import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/errors/error-filter';
import { validationFailed } from './common/errors/validation-errors';
import { createLogger, PinoNestLogger } from './common/logger';
import type { AppConfig } from './config/app-config';

export type AppOptions = { uiDir?: string };

/** The configured application, not yet listening: used by main.ts, the HTTP tests and benches. */
export async function createApp(config: AppConfig, databaseUrl: string, options: AppOptions = {}): Promise<NestExpressApplication> {
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, options.uiDir), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '1mb', extended: false });
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationFailed,
    }),
  );
  app.useGlobalFilters(new ErrorFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('NTM Survey API').setVersion('0.1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  return app;
}
