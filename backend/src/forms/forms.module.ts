import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FormVersion } from './entities/form-version.entity';
import { SurveyForm } from './entities/survey-form.entity';
import { FormsController } from './forms.controller';
import { FormsService } from './forms.service';
import { PublishedDefinitions } from './published-definitions';

@Module({
  imports: [TypeOrmModule.forFeature([SurveyForm, FormVersion])],
  controllers: [FormsController],
  providers: [FormsService, PublishedDefinitions],
  exports: [FormsService, PublishedDefinitions],
})
export class FormsModule {}
