import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { FormsModule } from '../forms/forms.module';
import { IndicatorRefreshModule } from '../poverty-indicators/indicator-refresh.module';
import { ProxyTablesModule } from '../proxy-tables/proxy-tables.module';
import { UnitsModule } from '../units/units.module';
import { SurveyResponse } from './entities/survey-response.entity';
import { ResponseExporter } from './response-export.service';
import { ResponseReader } from './response-reader.service';
import { ResponseReview } from './response-review.service';
import { ResponseWriter } from './response-writer.service';
import { ReviewAssessor } from './review-assessor';
import { ResponsesController } from './responses.controller';
import { AnswerValidator } from './validation/answer-validator';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyResponse]), CampaignsModule, FormsModule, UnitsModule, IndicatorRefreshModule, ProxyTablesModule],
  controllers: [ResponsesController],
  providers: [ResponseWriter, ResponseReader, ResponseReview, ResponseExporter, AnswerValidator, ReviewAssessor],
  // The household review's complaints re-check a form through the same review step; polls validate with the same validator.
  exports: [ResponseReview, AnswerValidator],
})
export class ResponsesModule {}
