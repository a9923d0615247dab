import { type DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { AccountsModule } from './accounts/accounts.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CriteriaModule } from './criteria/criteria.module';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { FormsModule } from './forms/forms.module';
import { HealthController } from './health/health.controller';
import { PovertyReviewModule } from './poverty-review/poverty-review.module';
import { PollsModule } from './polls/polls.module';
import { HouseholdsModule } from './households/households.module';
import { ProxyTablesModule } from './proxy-tables/proxy-tables.module';
import { PovertyIndicatorsModule } from './poverty-indicators/poverty-indicators.module';
import { ResponsesModule } from './responses/responses.module';
import { UnitsModule } from './units/units.module';

@Module({})
export class AppModule {
  /** `uiDir`: the built front end to serve at `/`, when present. */
  static forRoot(config: AppConfig, databaseUrl: string, uiDir?: string): DynamicModule {
    const ui = uiDir && existsSync(uiDir) ? [ServeStaticModule.forRoot({ rootPath: uiDir, exclude: ['/api/{*rest}'] })] : [];
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AuditModule,
        UnitsModule,
        AccountsModule,
        AuthModule,
        FormsModule,
        CampaignsModule,
        AssignmentsModule,
        ResponsesModule,
        PovertyReviewModule,
        PollsModule,
        HouseholdsModule,
        PovertyIndicatorsModule,
        ProxyTablesModule,
        CriteriaModule,
        ...ui,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
