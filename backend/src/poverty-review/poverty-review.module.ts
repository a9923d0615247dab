import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { IndicatorRefreshModule } from '../poverty-indicators/indicator-refresh.module';
import { ResponsesModule } from '../responses/responses.module';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';
import { UnitsModule } from '../units/units.module';
import { CommuneReviewController } from './commune-review.controller';
import { ReviewListService } from './review-list.service';
import { ReviewListsService } from './review-lists.service';
import { ReviewComplaintsService } from './review-complaints.service';
import { ReviewReader } from './review-reader.service';
import { ReviewRecognitionService } from './review-recognition.service';
import { ReviewScope } from './review-scope.service';
import { ReviewSettingsController } from './review-settings.controller';
import { ReviewSettingsService } from './review-settings.service';
import { ReviewVillages } from './review-villages';
import { VillageReviewController } from './village-review.controller';
import { VillageStepsController } from './village-steps.controller';
import { VillageStepsService } from './village-steps.service';

/** The household review procedure of Decision 24/2021 (list → forms → meeting → posting →
 * recognition). Exports the settings, whose exclusion rule the indicators read. */
@Module({
  imports: [TypeOrmModule.forFeature([AdministrativeUnit]), CampaignsModule, UnitsModule, ResponsesModule, IndicatorRefreshModule],
  controllers: [ReviewSettingsController, CommuneReviewController, VillageReviewController, VillageStepsController],
  providers: [
    ReviewScope,
    ReviewSettingsService,
    ReviewVillages,
    ReviewReader,
    ReviewListService,
    VillageStepsService,
    ReviewComplaintsService,
    ReviewRecognitionService,
    ReviewListsService,
  ],
  exports: [ReviewSettingsService],
})
export class PovertyReviewModule {}
