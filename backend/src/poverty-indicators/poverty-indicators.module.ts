import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { UnitsModule } from '../units/units.module';
import { PovertyIndicator } from './entities/poverty-indicator.entity';
import { IndicatorRefreshModule } from './indicator-refresh.module';
import { NtmExclusionRules } from './ntm-exclusion-rules';
import { PovertyIndicatorsExporter } from './poverty-indicators-export.service';
import { PovertyIndicatorsController } from './poverty-indicators.controller';
import { PovertyIndicatorsService } from './poverty-indicators.service';

@Module({
  imports: [TypeOrmModule.forFeature([PovertyIndicator]), CampaignsModule, UnitsModule, IndicatorRefreshModule],
  controllers: [PovertyIndicatorsController],
  providers: [PovertyIndicatorsService, PovertyIndicatorsExporter, NtmExclusionRules],
})
export class PovertyIndicatorsModule {}
