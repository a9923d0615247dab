import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitsModule } from '../units/units.module';
import { CampaignHooks } from './campaign-hooks';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { Campaign } from './entities/campaign.entity';
import { CampaignUnit } from './entities/campaign-unit.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Campaign, CampaignUnit]), UnitsModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CampaignLifecycleService, CampaignHooks],
  exports: [CampaignsService, CampaignLifecycleService, CampaignHooks],
})
export class CampaignsModule {}
