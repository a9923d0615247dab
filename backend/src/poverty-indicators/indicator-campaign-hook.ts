import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CampaignHooks } from '../campaigns/campaign-hooks';
import { IndicatorRefresher } from './indicator-refresher';

/** Finalising a household review freezes its indicators, inside the status change's transaction. */
@Injectable()
export class IndicatorCampaignHook implements OnModuleInit {
  constructor(
    private readonly hooks: CampaignHooks,
    private readonly refresher: IndicatorRefresher,
  ) {}

  onModuleInit(): void {
    this.hooks.onTransition((manager, campaign, action) => this.refresher.onCampaignAction(manager, campaign, action));
  }
}
