import { criteriaSetProblems } from './criteria-set-problems';
import { buildIndicator, buildSet, criteriaOf } from './testing/build-set';

const reasonsOf = (set: unknown) => criteriaSetProblems(set).map(({ field }) => field);

describe("criteriaSetProblems (a province's own set sent as JSON)", () => {
  it('accepts a well-formed set', () => {
    expect(criteriaSetProblems(buildSet())).toEqual([]);
  });

  it('rejects what is not an object', () => {
    expect(criteriaSetProblems([])).toEqual([{ field: '', reason: 'phải là một đối tượng JSON' }]);
  });

  it('names the broken top-level fields', () => {
    const broken = { ...buildSet({ id: 'bộ 1', name: ' ', fromYear: 2026, toYear: 2025, provinceCode: '015' }), extra: 1, scheme: 'district' };
    expect(reasonsOf(broken)).toEqual(['extra', 'id', 'name', 'provinceCode', 'toYear', 'scheme']);
  });

  it('finds duplicate criterion numbers and indicator ids, and empty criteria', () => {
    const set = buildSet({ criteria: [...criteriaOf([buildIndicator({ id: '1.1' })], [buildIndicator({ id: '1.1' })]), { number: 1, name: 'Trùng', indicators: [] }] });
    expect(criteriaSetProblems(set)).toEqual([
      { field: 'criteria[1].indicators[0].id', reason: 'mã chỉ tiêu bị trùng trong bộ tiêu chí' },
      { field: 'criteria[2].number', reason: 'số thứ tự tiêu chí bị trùng' },
      { field: 'criteria[2].indicators', reason: 'cần có ít nhất một chỉ tiêu' },
    ]);
  });

  it("refuses columns the scheme does not use, values of the wrong type, steps out of order or out of the set's years", () => {
    const indicator = buildIndicator({ thresholds: { G1: [{ fromYear: 2022, value: 1 }], TDMNPB: [{ fromYear: 2023, value: 50 }, { fromYear: 2022, value: true }, { fromYear: 2030, value: 60 }] } });
    expect(reasonsOf(buildSet({ criteria: criteriaOf([indicator]) }))).toEqual([
      'criteria[0].indicators[0].thresholds.G1',
      'criteria[0].indicators[0].thresholds.TDMNPB[1].fromYear',
      'criteria[0].indicators[0].thresholds.TDMNPB[1].value',
      'criteria[0].indicators[0].thresholds.TDMNPB[2].fromYear',
    ]);
  });

  it('wants a boolean threshold for a yes/no indicator and a comparison that fits the feed', () => {
    const yesNo = buildIndicator({ id: '1.1', comparison: 'yes_no', thresholds: { ALL: [{ fromYear: 2022, value: 1 }] } });
    const pollAsNumber = buildIndicator({ id: '2.1', source: { kind: 'feed', feed: 'poll.passed' } });
    const rateAsYesNo = buildIndicator({ id: '3.1', comparison: 'yes_no', source: { kind: 'feed', feed: 'income.perHead' } });
    const unknownFeed = { ...buildIndicator({ id: '4.1' }), source: { kind: 'feed', feed: 'income.total' } };
    expect(criteriaSetProblems(buildSet({ criteria: criteriaOf([yesNo], [pollAsNumber], [rateAsYesNo], [unknownFeed as never]) }))).toEqual([
      { field: 'criteria[0].indicators[0].thresholds.ALL[0].value', reason: 'chỉ tiêu Đạt/Không đạt có ngưỡng là true hoặc false' },
      { field: 'criteria[1].indicators[0].source.feed', reason: 'nguồn Đạt/Không đạt cần phép so sánh yes_no' },
      { field: 'criteria[2].indicators[0].source.feed', reason: 'nguồn số liệu cần phép so sánh gte, lte hoặc eq' },
      { field: 'criteria[3].indicators[0].source.feed', reason: expect.stringContaining('phải là một trong: poverty.multidimensionalRate') },
    ]);
  });

  it('wants names, a known comparison and status on every indicator', () => {
    const indicator = { ...buildIndicator({ name: '' }), comparison: 'gt', status: 'draft', colour: 'red' };
    expect(reasonsOf(buildSet({ criteria: criteriaOf([indicator as never]) }))).toEqual([
      'criteria[0].indicators[0].colour',
      'criteria[0].indicators[0].name',
      'criteria[0].indicators[0].status',
      'criteria[0].indicators[0].comparison',
    ]);
  });
});
