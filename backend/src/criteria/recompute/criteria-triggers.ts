import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type CampaignAction, type CampaignKind, childPath, NATIONAL_ROOT_PATH, provinceCodeOfPath } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { CampaignHooks } from '../../campaigns/campaign-hooks';
import type { Campaign } from '../../campaigns/entities/campaign.entity';
import { CriteriaRecomputer, currentYear, type RecomputeScope } from './criteria-recomputer';

/** Campaigns whose finalised figures feed the criteria. */
const FEEDING_KINDS: readonly CampaignKind[] = ['household_review', 'income_survey', 'satisfaction_poll'];

/** "/VN/15/02839/…" → "/VN/15/": the province's path (every unit below a province starts with it). */
export const provincePathOf = (path: string) => childPath(NATIONAL_ROOT_PATH, provinceCodeOfPath(path)!);

/** When the criteria are recomputed, inside the transaction of the change that calls for it. */
@Injectable()
export class CriteriaTriggers implements OnApplicationBootstrap {
  constructor(
    private readonly hooks: CampaignHooks,
    private readonly recomputer: CriteriaRecomputer,
  ) {}

  /** Registered at bootstrap, after every module's onModuleInit registered its hook, so the poll
   * results and the poverty indicators are frozen (or discarded) before the criteria read them. */
  onApplicationBootstrap(): void {
    this.hooks.onTransition((manager, campaign, action) => this.onCampaignAction(manager, campaign, action));
  }

  /** Finalising (or un-finalising) a feeding campaign: its communes, from its year to now. */
  async onCampaignAction(manager: EntityManager, campaign: Campaign, action: CampaignAction): Promise<void> {
    if ((action !== 'finalise' && action !== 'unfinalise') || !FEEDING_KINDS.includes(campaign.kind)) return;
    const communes: { code: string; path: string }[] = await manager.query(
      `SELECT DISTINCT c.code, c.path FROM campaign_unit cu
         JOIN administrative_unit u ON u.code = cu.unit_code
         JOIN administrative_unit c ON c.type = 'commune' AND (starts_with(c.path, u.path) OR starts_with(u.path, c.path))
        WHERE cu.campaign_id = $1`,
      [campaign.id],
    );
    const years = range(campaign.year, currentYear());
    for (const [provincePath, codes] of groupBy(communes, (c) => provincePathOf(c.path))) {
      await this.recompute(manager, { provincePath, communes: codes.map((c) => c.code), years });
    }
  }

  /** A manual value saved: its unit's commune, that year, every set. */
  async afterManualValue(manager: EntityManager, unit: { path: string; type: string; code: string; parentCode: string | null }, year: number): Promise<void> {
    const commune = unit.type === 'village' ? unit.parentCode! : unit.code;
    await this.recompute(manager, { provincePath: provincePathOf(unit.path), communes: [commune], years: [year] });
  }

  /** A province threshold saved: the province, the years of its set (every set of those years,
   * since a commune's level combines the sets of a period). */
  async afterThreshold(manager: EntityManager, provincePath: string, set: { fromYear: number; toYear: number }): Promise<void> {
    await this.recompute(manager, { provincePath, years: range(set.fromYear, set.toYear) });
  }

  recompute(manager: EntityManager, scope: Omit<RecomputeScope, 'provinceCode'>): Promise<{ units: number; years: number[] }> {
    return this.recomputer.recompute(manager, { ...scope, provinceCode: provinceCodeOfPath(scope.provincePath)! });
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
