import {
  evaluateUnit,
  type ItemCounts,
  type PollItem,
  type PollRules,
  type PollUnitResult,
  sumCounts,
  type UnitCounts,
} from '@ntm/shared';
import type { EntityManager } from 'typeorm';
import { ITEM_COUNTS } from './polls.sql';
import { pollVillageRows, toPollVillage } from './poll-villages';

type ItemCountRow = ItemCounts & { code: string; name: string };
type PollRef = { id: string; name: string };

/**
 * Every village's counts in SQL (GROUP BY over the answers, voided batches left out), then each
 * commune and the whole poll as sums of their villages' counts, each judged by the poll's rules.
 */
export async function computePollResults(manager: EntityManager, poll: PollRef, items: PollItem[], rules: PollRules): Promise<PollUnitResult[]> {
  const names = items.map((item) => item.name);
  const [villages, itemRows]: [ReturnType<typeof toPollVillage>[], ItemCountRow[]] = await Promise.all([
    pollVillageRows(manager, poll.id, '/').then((rows) => rows.map(toPollVillage)),
    manager.query(ITEM_COUNTS, [poll.id, names]),
  ]);
  const countsOf = new Map<string, UnitCounts>(villages.map((v) => [v.code, { households: v.households, returned: v.returned, items: {} }]));
  for (const { code, name, ...counts } of itemRows) {
    const village = countsOf.get(code);
    if (village) village.items[name] = counts;
  }
  const judge = (counts: UnitCounts) => evaluateUnit(counts, items, rules);
  const communes = new Map<string, { name: string; villages: UnitCounts[] }>();
  const results: PollUnitResult[] = villages.map((village) => {
    const counts = countsOf.get(village.code)!;
    const commune = communes.get(village.communeCode) ?? { name: village.communeName, villages: [] };
    commune.villages.push(counts);
    communes.set(village.communeCode, commune);
    return { ...judge(counts), level: 'village', unit: { code: village.code, name: village.name }, parentCode: village.communeCode };
  });
  for (const [code, commune] of communes) {
    results.push({ ...judge(sumCounts(commune.villages, names)), level: 'commune', unit: { code, name: commune.name }, parentCode: null });
  }
  results.push({ ...judge(sumCounts([...countsOf.values()], names)), level: 'poll', unit: { code: '*', name: poll.name }, parentCode: null });
  return results;
}
