import type { PollItem, PollUnitResult } from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { PollResultItem, PollResultUnit } from './entities/poll-result.entity';

const CHUNK = 500;

/** Writes the results as they stand, inside the finalising transaction. */
export async function writeSnapshot(manager: EntityManager, campaignId: string, results: PollUnitResult[]): Promise<void> {
  await discardSnapshot(manager, campaignId);
  const units = results.map((r) => ({
    campaignId,
    unitCode: r.unit.code,
    level: r.level,
    unitName: r.unit.name,
    parentCode: r.parentCode,
    households: r.households,
    returned: r.returned,
    coverage: r.coverage,
    coverageMet: r.coverageMet,
    average: r.average,
    rulePassed: r.rulePassed,
    verdict: r.verdict,
  }));
  const items = results.flatMap((r) =>
    r.items.map((item, position) => ({
      campaignId,
      unitCode: r.unit.code,
      itemName: item.name,
      position,
      satisfied: item.satisfied,
      notSatisfied: item.notSatisfied,
      unanswered: item.unanswered,
      rate: item.rate,
      passed: item.passed,
    })),
  );
  for (let i = 0; i < units.length; i += CHUNK) await manager.insert(PollResultUnit, units.slice(i, i + CHUNK));
  for (let i = 0; i < items.length; i += CHUNK) await manager.insert(PollResultItem, items.slice(i, i + CHUNK));
}

export async function discardSnapshot(manager: EntityManager, campaignId: string): Promise<void> {
  await manager.delete(PollResultItem, { campaignId });
  await manager.delete(PollResultUnit, { campaignId });
}

/** The frozen results in the order they were computed (villages, communes, poll), or null. */
export async function readSnapshot(manager: EntityManager, campaignId: string, items: PollItem[]): Promise<{ results: PollUnitResult[]; frozenAt: Date } | null> {
  const units = await manager.query(
    `SELECT unit_code AS code, level, unit_name AS name, parent_code AS "parentCode", households, returned, coverage,
            coverage_met AS "coverageMet", average, rule_passed AS "rulePassed", verdict, frozen_at AS "frozenAt"
       FROM poll_result_unit WHERE campaign_id = $1
      ORDER BY CASE level WHEN 'village' THEN 0 WHEN 'commune' THEN 1 ELSE 2 END, unit_code`,
    [campaignId],
  );
  if (units.length === 0) return null;
  const rows: (PollUnitResult['items'][number] & { unitCode: string })[] = await manager.query(
    `SELECT unit_code AS "unitCode", item_name AS name, satisfied, not_satisfied AS "notSatisfied", unanswered, rate, passed
       FROM poll_result_item WHERE campaign_id = $1 ORDER BY unit_code, position`,
    [campaignId],
  );
  const byUnit = new Map<string, PollUnitResult['items']>();
  for (const { unitCode, ...item } of rows) byUnit.set(unitCode, [...(byUnit.get(unitCode) ?? []), item]);
  const order = new Map(items.map((item, i) => [item.name, i]));
  const results = units.map(({ code, name, frozenAt: _at, ...unit }: PollUnitResult & { code: string; name: string; frozenAt: Date }) => ({
    ...unit,
    unit: { code, name },
    items: (byUnit.get(code) ?? []).sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0)),
  }));
  return { results, frozenAt: units[0].frozenAt as Date };
}
