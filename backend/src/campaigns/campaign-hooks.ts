import { Injectable } from '@nestjs/common';
import type { CampaignAction } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import type { Campaign } from './entities/campaign.entity';

/** Work another module must do inside a campaign's status change (e.g. freezing poll results at
 * finalisation): it commits or rolls back with the change itself. */
export type CampaignTransitionHook = (manager: EntityManager, campaign: Campaign, action: CampaignAction) => Promise<void>;

@Injectable()
export class CampaignHooks {
  private readonly hooks: CampaignTransitionHook[] = [];

  onTransition(hook: CampaignTransitionHook): void {
    this.hooks.push(hook);
  }

  async transitioned(manager: EntityManager, campaign: Campaign, action: CampaignAction): Promise<void> {
    for (const hook of this.hooks) await hook(manager, campaign, action);
  }
}
