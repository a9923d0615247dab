import { Injectable } from '@nestjs/common';
import { type CampaignAction, type CampaignKind, type ResponseStatus } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { invalidTransition } from '../common/errors/domain-error';
import { subtreePattern } from '../common/sql/escape-like';
import { upsertAncestorsSql, upsertVillagesSql } from './indicator-refresh.sql';

type CampaignRef = { id: string; kind: CampaignKind };
export type ReviewChange = { from: ResponseStatus; to: ResponseStatus; unitPath: string };

const REFRESH_AREA = upsertVillagesSql('area');
const REFRESH_ALL_VILLAGES = upsertVillagesSql('campaign');
const REFRESH_SOME_ANCESTORS = upsertAncestorsSql(true);
const REFRESH_ALL_ANCESTORS = upsertAncestorsSql(false);

/**
 * Keeps a household review campaign's stored indicators in step, by SQL only, inside the caller's
 * transaction. Every refresh first takes a transaction-level advisory lock on the campaign: two
 * approvals in different villages would otherwise each sum their commune from a snapshot without
 * the other's village, and the later write would lose the earlier one. Serialised, each refresh's
 * statements see every approval committed before it (READ COMMITTED takes a snapshot per statement).
 */
@Injectable()
export class IndicatorRefresher {
  /** An approval counts from now on; reopening one stops it counting. */
  async onReviewed(manager: EntityManager, campaign: CampaignRef, change: ReviewChange): Promise<void> {
    if (campaign.kind !== 'household_review' || (change.from !== 'approved' && change.to !== 'approved')) return;
    await this.refreshArea(manager, campaign.id, change.unitPath);
  }

  /** Finalising recomputes everything one last time and freezes it; un-finalising thaws it. */
  async onCampaignAction(manager: EntityManager, campaign: CampaignRef, action: CampaignAction): Promise<void> {
    if (campaign.kind !== 'household_review') return;
    if (action === 'finalise') {
      await this.refreshCampaign(manager, campaign.id);
      await manager.query(`UPDATE poverty_indicator SET frozen = true WHERE campaign_id = $1`, [campaign.id]);
    } else if (action === 'unfinalise') {
      await manager.query(`UPDATE poverty_indicator SET frozen = false WHERE campaign_id = $1`, [campaign.id]);
    }
  }

  /** The villages of an area (one village, or a commune once its recognitions are written) and
   * the areas above them. The campaign's first refresh builds every village's row, so that the
   * areas' sums cover the registry households of villages nobody has reviewed yet. */
  async refreshArea(manager: EntityManager, campaignId: string, areaPath: string): Promise<void> {
    const state = await this.lockAndRead(manager, campaignId);
    if (state === 'frozen') return;
    if (state === 'empty') return void (await this.rebuild(manager, campaignId));
    await manager.query(REFRESH_AREA, [campaignId, subtreePattern(areaPath)]);
    // Every code of the path: the area itself (a commune) and all above it; a village's own code is no village's ancestor.
    await manager.query(REFRESH_SOME_ANCESTORS, [campaignId, areaPath.split('/').filter(Boolean)]);
  }

  /** Every row of the campaign, from scratch; refused once the figures are frozen. Returns the number of units. */
  async refreshCampaign(manager: EntityManager, campaignId: string): Promise<number> {
    if ((await this.lockAndRead(manager, campaignId)) === 'frozen') throw invalidTransition('The indicators are frozen with the finalised campaign; un-finalise it first');
    return this.rebuild(manager, campaignId);
  }

  private async rebuild(manager: EntityManager, campaignId: string): Promise<number> {
    // Units that left the campaign's scope (edited while a draft) must not linger.
    await manager.query(`DELETE FROM poverty_indicator WHERE campaign_id = $1`, [campaignId]);
    await manager.query(REFRESH_ALL_VILLAGES, [campaignId]);
    await manager.query(REFRESH_ALL_ANCESTORS, [campaignId]);
    const [{ units }]: { units: number }[] = await manager.query(`SELECT count(*)::int AS units FROM poverty_indicator WHERE campaign_id = $1`, [campaignId]);
    return units;
  }

  private async lockAndRead(manager: EntityManager, campaignId: string): Promise<'empty' | 'frozen' | 'live'> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('poverty_indicator:' || $1::text, 0))`, [campaignId]);
    const [row]: { frozen: boolean }[] = await manager.query(`SELECT frozen FROM poverty_indicator WHERE campaign_id = $1 LIMIT 1`, [campaignId]);
    if (!row) return 'empty';
    return row.frozen ? 'frozen' : 'live';
  }
}
