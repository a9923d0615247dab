import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PovertyReviewModule } from '../poverty-review/poverty-review.module';
import { UnitsModule } from '../units/units.module';
import { PovertyIndicator } from './entities/poverty-indicator.entity';
import { IndicatorCampaignHook } from './indicator-campaign-hook';
import { IndicatorRefreshModule } from './indicator-refresh.module';
import { PovertyIndicatorsExporter } from './poverty-indicators-export.service';
import { PovertyIndicatorsController } from './poverty-indicators.controller';
import { PovertyIndicatorsService } from './poverty-indicators.service';

@Module({
  imports: [TypeOrmModule.forFeature([PovertyIndicator]), CampaignsModule, UnitsModule, IndicatorRefreshModule, PovertyReviewModule],
  controllers: [PovertyIndicatorsController],
  providers: [PovertyIndicatorsService, PovertyIndicatorsExporter, IndicatorCampaignHook],
})
export class PovertyIndicatorsModule {}
