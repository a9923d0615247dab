import { formatPollCode, normalisePollCode } from './collection-mode';
import { pollItemsOf } from './poll-items';
import { coverage, evaluateUnit, type ItemCounts, type PollItemRef, ratioHundredths, satisfactionRate, sumCounts, type UnitCounts } from './poll-rates';
import { DEFAULT_POLL_RULES, describePassRule, formatPercent, type PollRules } from './poll-rules';
import { CRITERIA_2021, CRITERIA_2026, SATISFACTION_POLL_2021_FORM, SATISFACTION_POLL_2026_FORM } from './satisfaction-poll-forms';
import { closingDate } from './working-days';

const counts = (satisfied: number, notSatisfied: number, unanswered = 0): ItemCounts => ({ satisfied, notSatisfied, unanswered });
const item = (n: number): PollItemRef => ({ name: `item_${n}`, number: n, overall: false });
const OVERALL: PollItemRef = { name: 'overall', number: null, overall: true };
const everyItem = (min: number): PollRules => ({ ...DEFAULT_POLL_RULES, passRule: { kind: 'every_item', min } });

describe('ratioHundredths and satisfactionRate (two decimals from integer counts, half up)', () => {
  it('gives 98.61% for 71 satisfied of 72 answered (the guidance example)', () => {
    expect(satisfactionRate(counts(71, 1))).toBe(9861);
    expect(formatPercent(9861)).toBe('98,61');
  });

  it('gives 94.74% coverage for 72 forms from 76 households', () => {
    expect(coverage(72, 76)).toBe(9474);
  });

  it('rounds exact halves up and everything else to the nearest hundredth', () => {
    expect(ratioHundredths(1, 800)).toBe(13); // 0.125% → 0.13%
    expect(ratioHundredths(1, 3)).toBe(3333); // 33.333…%
    expect(ratioHundredths(2, 3)).toBe(6667); // 66.666…%
    expect(ratioHundredths(17_999, 20_000)).toBe(9000); // 89.995% → 90.00%
  });

  it('leaves unanswered forms out of the denominator', () => {
    // 71 satisfied, 1 not, 3 blank: 71 / 72, not 71 / 75.
    expect(satisfactionRate(counts(71, 1, 3))).toBe(9861);
  });

  it('has no rate when nobody answered, and no coverage when the household total is unknown', () => {
    expect(satisfactionRate(counts(0, 0, 5))).toBeNull();
    expect(coverage(10, null)).toBeNull();
    expect(coverage(0, 0)).toBeNull();
  });
});

describe('sumCounts (a commune sums its villages’ counts; guidance: never average percentages)', () => {
  const names = ['item_1'];
  // Village A: 18 of 20 satisfied = 90.00%; village B: 98 of 100 = 98.00%.
  const villageA: UnitCounts = { households: 25, returned: 20, items: { item_1: counts(18, 2) } };
  const villageB: UnitCounts = { households: 110, returned: 100, items: { item_1: counts(98, 2) } };

  it('gives 116 of 120 = 96.67%, where averaging the village rates would give 94.00%', () => {
    const commune = sumCounts([villageA, villageB], names);
    expect(commune).toEqual({ households: 135, returned: 120, items: { item_1: counts(116, 4) } });
    expect(satisfactionRate(commune.items.item_1!)).toBe(9667);
    expect((satisfactionRate(villageA.items.item_1!)! + satisfactionRate(villageB.items.item_1!)!) / 2).toBe(9400);
  });

  it('so the commune passes a 95% rule that the averaged rates would fail', () => {
    const commune = evaluateUnit(sumCounts([villageA, villageB], names), [item(1)], everyItem(95));
    expect(commune.verdict).toBe('passed');
    expect(commune.coverage).toBe(8889); // 120 / 135
  });

  it('has no commune household total while one village has none', () => {
    expect(sumCounts([villageA, { ...villageB, households: null }], names).households).toBeNull();
  });
});

describe('evaluateUnit with the every-item rule (≥ 90%, Decision 320/QĐ-TTg)', () => {
  const items = [item(1), OVERALL];
  const unit = (item1: ItemCounts, overall: ItemCounts, returned = 100, households = 100): UnitCounts => ({ households, returned, items: { item_1: item1, overall } });

  it('passes when every item is exactly at 90.00%', () => {
    const result = evaluateUnit(unit(counts(90, 10), counts(99, 1)), items, everyItem(90));
    expect(result.verdict).toBe('passed');
    expect(result.items.map((i) => [i.name, i.rate, i.passed])).toEqual([['item_1', 9000, true], ['overall', 9900, true]]);
  });

  it('fails when one item is at 89.90%', () => {
    const result = evaluateUnit(unit(counts(899, 101), counts(99, 1), 1000, 1000), items, everyItem(90));
    expect(result.items[0]).toMatchObject({ rate: 8990, passed: false });
    expect(result.verdict).toBe('failed');
  });

  it('judges on the published figure: 89.995% is printed 90.00% and passes', () => {
    const result = evaluateUnit(unit(counts(17_999, 2001), counts(99, 1), 20_000, 20_000), items, everyItem(90));
    expect(result.items[0]).toMatchObject({ rate: 9000, passed: true });
  });

  it('fails an item nobody answered', () => {
    expect(evaluateUnit(unit(counts(0, 0, 100), counts(99, 1)), items, everyItem(90)).verdict).toBe('failed');
  });
});

describe('evaluateUnit with the average-and-overall rule (items 1–9 ≥ 95% and overall ≥ 98%)', () => {
  const items = [...Array.from({ length: 10 }, (_, i) => item(i + 1)), OVERALL];
  const rules: PollRules = { ...DEFAULT_POLL_RULES, passRule: { kind: 'average_and_overall', items: [1, 2, 3, 4, 5, 6, 7, 8, 9], averageMin: 95, overallMin: 98 } };
  /** Items 1–9 at 19 of 20 (95.00%) unless overridden, item 10 at 50%, overall as given. */
  const unit = (overall: ItemCounts, item9 = counts(19, 1)): UnitCounts => ({
    households: 20,
    returned: 20,
    items: { ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`item_${i + 1}`, counts(19, 1)])), item_9: item9, item_10: counts(10, 10), overall },
  });

  it('passes at exactly 95.00% average and 98.00% overall; item 10 is outside the rule', () => {
    const result = evaluateUnit({ ...unit(counts(49, 1)), households: 20 }, items, rules);
    expect(result).toMatchObject({ average: 9500, rulePassed: true, verdict: 'passed' });
    expect(result.items.find((i) => i.name === 'overall')).toMatchObject({ rate: 9800, passed: true });
    expect(result.items.find((i) => i.name === 'item_10')).toMatchObject({ rate: 5000, passed: null });
  });

  it('fails with overall at 97.98% (4 899 of 5 000)', () => {
    expect(evaluateUnit(unit(counts(4899, 101)), items, rules)).toMatchObject({ average: 9500, verdict: 'failed' });
  });

  it('fails when the average of items 1–9 is 94.99% (eight at 95.00%, one at 94.91%)', () => {
    // (8 × 9500 + 9491) / 9 = 9499
    expect(evaluateUnit(unit(counts(49, 1), counts(9491, 509)), items, rules)).toMatchObject({ average: 9499, verdict: 'failed' });
  });

  it('describes the rule in words for the report', () => {
    expect(describePassRule(rules.passRule)).toBe('Bình quân các nội dung 1–9 đạt từ 95,00% trở lên và nội dung đánh giá chung đạt từ 98,00% trở lên');
  });
});

describe('validity (a poll below its minimum coverage is "không hợp lệ" whatever its rates)', () => {
  const all = (returned: number, households: number | null): UnitCounts => ({ households, returned, items: { item_1: counts(returned, 0) } });

  it('is valid at exactly 70% coverage (70 of 100 households)', () => {
    expect(evaluateUnit(all(70, 100), [item(1)], DEFAULT_POLL_RULES)).toMatchObject({ coverage: 7000, coverageMet: true, verdict: 'passed' });
  });

  it('is not valid at 69% even with every answer satisfied', () => {
    expect(evaluateUnit(all(69, 100), [item(1)], DEFAULT_POLL_RULES)).toMatchObject({ coverage: 6900, coverageMet: false, rulePassed: true, verdict: 'invalid' });
  });

  it('is not valid while the household total is unknown', () => {
    expect(evaluateUnit(all(10, null), [item(1)], DEFAULT_POLL_RULES).verdict).toBe('invalid');
  });
});

describe('closingDate (working days: Saturdays and Sundays skipped, public holidays not)', () => {
  it.each([
    ['2026-03-02', 20, '2026-03-27'], // Monday + four full weeks
    ['2026-03-07', 20, '2026-04-03'], // a Saturday start counts from Monday 9 March
    ['2026-03-06', 1, '2026-03-06'], // the opening Friday is day 1
    ['2026-04-27', 5, '2026-05-01'], // 30/4 and 1/5 are holidays, yet counted
  ])('from %s, %i working days end on %s', (opensOn, days, expected) => {
    expect(closingDate(opensOn, days)).toBe(expected);
  });
});

describe('the standard questionnaires', () => {
  it('asks the ten 2026–2030 criteria, the overall item and proposals', () => {
    const items = pollItemsOf(SATISFACTION_POLL_2026_FORM);
    expect(items).toHaveLength(CRITERIA_2026.length + 1);
    expect(items[0]).toEqual({ name: 'item_1', title: '1. Quy hoạch', number: 1, overall: false });
    expect(items[9]!.title).toBe('10. Tiếp cận pháp luật và an ninh, quốc phòng');
    expect(items[10]).toMatchObject({ name: 'overall', number: null, overall: true });
  });

  it('asks the nineteen 2021–2025 criteria of Decision 318 and the overall item', () => {
    const items = pollItemsOf(SATISFACTION_POLL_2021_FORM);
    expect(items).toHaveLength(20);
    expect(CRITERIA_2021).toHaveLength(19);
    expect(items[18]!.title).toBe('19. Quốc phòng và An ninh');
  });

  it('finds the items of an adapted version: in panels, with plain or localised choices, other questions ignored', () => {
    const adapted = {
      pages: [
        {
          elements: [
            { type: 'panel', name: 'p', elements: [{ type: 'radiogroup', name: 'item_2', title: { default: 'Two', vi: 'Hai' }, choices: ['not_satisfied', 'satisfied'] }] },
            { type: 'radiogroup', name: 'age_group', choices: ['young', 'old'] },
            { type: 'dropdown', name: 'item_3', choices: ['satisfied', 'not_satisfied'] },
            { type: 'radiogroup', name: 'roads', choices: [{ value: 'satisfied' }, { value: 'not_satisfied' }] },
          ],
        },
      ],
    };
    expect(pollItemsOf(adapted)).toEqual([
      { name: 'item_2', title: 'Hai', number: 2, overall: false },
      { name: 'roads', title: 'roads', number: null, overall: false },
    ]);
  });
});

describe('one-time codes', () => {
  it('reads a code however it was typed, and refuses look-alike characters', () => {
    expect(normalisePollCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalisePollCode('ABCD-EFG0')).toBeNull();
    expect(normalisePollCode('ABC')).toBeNull();
    expect(formatPollCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
