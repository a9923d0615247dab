import type { CampaignKind, CommuneGroup, NtmRegion, PollVerdict } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import type { IndicatorRow } from '../../poverty-indicators/poverty-indicators.mapper';

/** What a recompute covers: the units under `pattern` (a LIKE on paths), limited to some communes
 * (and their villages) when `communes` is given, over `years`. */
export type FeedScope = { pattern: string; communes: string[] | null; years: number[] };

export type ScoredUnit = {
  code: string;
  name: string;
  path: string;
  parent_code: string | null;
  type: 'commune' | 'village';
  ntm_region: NtmRegion | null;
  commune_group: CommuneGroup | null;
  particularly_difficult: boolean;
};

type CampaignColumns = { year: number; campaign_id: string; campaign_name: string; campaign_kind: CampaignKind; campaign_year: number };
export type PovertyFeedRow = IndicatorRow & CampaignColumns;
export type PollFeedRow = CampaignColumns & { unit_code: string; verdict: PollVerdict; average: number | null };
export type ManualRow = { id: string; unit_code: string; set_id: string; indicator_id: string; year: number; value: number | boolean; entered_at: Date; entered_by: string };

/** Xã (not phường: the NTM commune sets are for rural communes) and the villages of xã, whose
 * village sets a province may adopt. A village without its own attributes takes its commune's. */
export function scoredUnits(manager: EntityManager, scope: FeedScope): Promise<ScoredUnit[]> {
  return manager.query(
    `SELECT u.code, u.name, u.path, u.parent_code, u.type,
            coalesce(u.ntm_region, p.ntm_region) AS ntm_region, coalesce(u.commune_group, p.commune_group) AS commune_group,
            u.particularly_difficult OR (u.type = 'village' AND p.particularly_difficult) AS particularly_difficult
       FROM administrative_unit u JOIN administrative_unit p ON p.code = u.parent_code
      WHERE u.path LIKE $1 AND (u.type = 'commune' OR (u.type = 'village' AND p.type = 'commune'))
        AND ($2::varchar[] IS NULL OR u.code = ANY($2) OR u.parent_code = ANY($2))
      ORDER BY u.path`,
    [scope.pattern, scope.communes],
  );
}

/**
 * Per unit and evaluated year, the poverty_indicator row of the latest finalised campaign of the
 * given kinds with a period year up to that year (and a row for the unit): one query for every
 * unit and year of the scope.
 */
export function povertyFeed(manager: EntityManager, scope: FeedScope, kinds: CampaignKind[]): Promise<PovertyFeedRow[]> {
  return manager.query(
    `SELECT DISTINCT ON (p.unit_code, y.year) y.year, p.*, c.id AS campaign_id, c.name AS campaign_name, c.kind AS campaign_kind, c.year AS campaign_year
       FROM unnest($2::int[]) AS y(year)
       JOIN campaign c ON c.status = 'finalised' AND c.kind = ANY($3) AND c.year <= y.year
       JOIN poverty_indicator p ON p.campaign_id = c.id AND p.unit_path LIKE $1
      WHERE $4::varchar[] IS NULL OR p.unit_code = ANY($4) OR p.parent_code = ANY($4)
      ORDER BY p.unit_code, y.year, c.year DESC, c.finalised_at DESC`,
    [scope.pattern, scope.years, kinds, scope.communes],
  );
}

/** Per unit and year, the frozen result of the latest finalised satisfaction poll covering it. */
export function pollFeed(manager: EntityManager, scope: FeedScope): Promise<PollFeedRow[]> {
  return manager.query(
    `SELECT DISTINCT ON (r.unit_code, y.year) y.year, r.unit_code, r.verdict, r.average,
            c.id AS campaign_id, c.name AS campaign_name, c.kind AS campaign_kind, c.year AS campaign_year
       FROM unnest($2::int[]) AS y(year)
       JOIN campaign c ON c.status = 'finalised' AND c.kind = 'satisfaction_poll' AND c.year <= y.year
       JOIN poll_result_unit r ON r.campaign_id = c.id AND r.level IN ('commune', 'village')
       JOIN administrative_unit u ON u.code = r.unit_code AND u.path LIKE $1
      WHERE $3::varchar[] IS NULL OR u.code = ANY($3) OR u.parent_code = ANY($3)
      ORDER BY r.unit_code, y.year, c.year DESC, c.finalised_at DESC`,
    [scope.pattern, scope.years, scope.communes],
  );
}

/** The value in force per (unit, set, indicator, year): the latest entry. */
export function manualFeed(manager: EntityManager, scope: FeedScope): Promise<ManualRow[]> {
  return manager.query(
    `SELECT DISTINCT ON (m.unit_code, m.set_id, m.indicator_id, m.year)
            m.id, m.unit_code, m.set_id, m.indicator_id, m.year, m.value, m.entered_at, a.full_name AS entered_by
       FROM criteria_manual_value m
       JOIN administrative_unit u ON u.code = m.unit_code AND u.path LIKE $1
       JOIN account a ON a.id = m.entered_by
      WHERE m.year = ANY($2::int[]) AND ($3::varchar[] IS NULL OR u.code = ANY($3) OR u.parent_code = ANY($3))
      ORDER BY m.unit_code, m.set_id, m.indicator_id, m.year, m.entered_at DESC, m.id DESC`,
    [scope.pattern, scope.years, scope.communes],
  );
}
