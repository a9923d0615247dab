import { Injectable } from '@nestjs/common';
import { type CriteriaSet, evaluateUnitCriteria, setsCoveringYear, type UnitCriteriaScore, vietnamToday } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { subtreePattern } from '../../common/sql/escape-like';
import { ReviewSettingsService } from '../../poverty-review/review-settings.service';
import { CriteriaCatalog } from '../catalog/criteria-catalog';
import { FeedValues } from './criteria-inputs';
import { type FeedScope, manualFeed, pollFeed, povertyFeed, type ScoredUnit, scoredUnits } from './criteria-feeds.sql';
import { levelsOfUnitYear } from './criteria-levels';
import { type EvaluationToWrite, writeEvaluations } from './criteria-writer.sql';

/** What to recompute in one province: some communes (and their villages) or all, some years or
 * every year of every set up to the current one. */
export type RecomputeScope = { provinceCode: string; provincePath: string; communes?: string[]; years?: number[] };

export const currentYear = () => Number(vietnamToday().slice(0, 4));

/**
 * Recomputes the evaluations of a province inside the caller's transaction: the feeds in a few
 * SQL queries for every unit and year at once, the shared evaluator per unit in Node, and one bulk
 * write. A transaction-level advisory lock per province serialises recomputes (a campaign
 * finalised while a manual value is saved would otherwise each write from a snapshot missing the
 * other's change). Closed years are skipped.
 */
@Injectable()
export class CriteriaRecomputer {
  constructor(
    private readonly catalog: CriteriaCatalog,
    private readonly settings: ReviewSettingsService,
  ) {}

  async recompute(manager: EntityManager, scope: RecomputeScope): Promise<{ units: number; years: number[] }> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('criteria:' || $1::text, 0))`, [scope.provinceCode]);
    const sets = await this.catalog.setsOf(manager, scope.provinceCode);
    const years = await this.openYears(manager, scope, sets);
    if (years.length === 0 || sets.length === 0) return { units: 0, years: [] };
    const feedScope: FeedScope = { pattern: subtreePattern(scope.provincePath), communes: scope.communes ?? null, years };
    // One statement at a time: a transaction has one connection.
    const units = await scoredUnits(manager, feedScope);
    const poverty = await povertyFeed(manager, feedScope, ['household_review']);
    const income = await povertyFeed(manager, feedScope, ['household_review', 'income_survey']);
    const polls = await pollFeed(manager, feedScope);
    const manual = await manualFeed(manager, feedScope);
    const overrides = await this.catalog.overrides(manager, scope.provinceCode);
    const rule = await this.settings.exclusionRule(scope.provinceCode, manager);
    const values = new FeedValues(rule, { poverty, income, polls, manual });
    const evaluations: EvaluationToWrite[] = [];
    for (const unit of units) {
      for (const year of years) {
        const scores = setsCoveringYear(sets, year, unit.type).map((set) => ({ set, score: evaluateUnitCriteria(set, profileOf(unit), year, values.inputs(set, unit, year), overrides.get(set.id) ?? []) }));
        evaluations.push(...this.withLevels(unit, year, scores, values));
      }
    }
    await writeEvaluations(manager, evaluations);
    return { units: units.length, years };
  }

  private withLevels(unit: ScoredUnit, year: number, scores: { set: CriteriaSet; score: UnitCriteriaScore }[], values: FeedValues): EvaluationToWrite[] {
    const poll = values.poll(unit, year);
    const levels = levelsOfUnitYear(scores, poll?.verdict ?? null);
    return scores.map(({ set, score }) => ({ unit, score, ...levels(set), pollCampaignId: poll?.campaign_id ?? null }));
  }

  /** The years asked for (or every year of the sets up to the current one) that are not closed. */
  private async openYears(manager: EntityManager, scope: RecomputeScope, sets: CriteriaSet[]): Promise<number[]> {
    const last = currentYear();
    const covered = new Set<number>();
    for (const set of sets) for (let y = set.fromYear; y <= Math.min(set.toYear, last); y++) covered.add(y);
    const closed: { year: number }[] = await manager.query(`SELECT year FROM criteria_closed_year WHERE province_code = $1`, [scope.provinceCode]);
    const closedYears = new Set(closed.map((r) => r.year));
    return [...covered].filter((y) => !closedYears.has(y) && (!scope.years || scope.years.includes(y))).sort((a, b) => a - b);
  }
}

function profileOf(unit: ScoredUnit) {
  return { ntmRegion: unit.ntm_region, communeGroup: unit.commune_group, particularlyDifficult: unit.particularly_difficult };
}

