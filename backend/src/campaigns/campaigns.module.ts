import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IndicatorRefreshModule } from '../poverty-indicators/indicator-refresh.module';
import { UnitsModule } from '../units/units.module';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { Campaign } from './entities/campaign.entity';
import { CampaignUnit } from './entities/campaign-unit.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignUnit]), UnitsModule, IndicatorRefreshModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignLifecycleService],
  exports: [CampaignsService],
})
export class CampaignsModule {}
