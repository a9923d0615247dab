import { DEFAULT_PROXY_SCORING_TABLE } from './default-proxy-table';
import type { ProxyTableContent } from './proxy-score';
import { proxyTableOfVersion } from './proxy-table-contracts';
import { proxyTableProblems } from './proxy-table-problems';

const { title, standards, regions, base, items, thresholds } = DEFAULT_PROXY_SCORING_TABLE;
const content: ProxyTableContent = { title, standards, regions, base, items, thresholds };
const edited = (changes: Record<string, unknown>) => ({ ...content, ...changes });
const fields = (table: unknown) => proxyTableProblems(table).map((problem) => problem.field);

describe('proxyTableProblems', () => {
  it('accepts the shipped table’s content', () => {
    expect(proxyTableProblems(content)).toEqual([]);
  });

  it('rejects what is not an object, and names fields the table does not have', () => {
    expect(fields([])).toEqual(['']);
    expect(fields(null)).toEqual(['']);
    expect(fields(edited({ status: 'verified' }))).toEqual(['status']);
  });

  it('needs a title, known standards and regions, each once', () => {
    expect(fields(edited({ title: '  ' }))).toEqual(['title']);
    expect(fields(edited({ standards: [] }))).toEqual(['standards']);
    expect(fields(edited({ standards: ['ND07_2022_2025', 'ND99'] }))).toEqual(['standards[1]']);
    expect(fields(edited({ regions: ['TDMNPB', 'TDMNPB'] }))).toEqual(['regions[1]']);
    expect(proxyTableProblems(edited({ regions: ['XX'] }))).toEqual([{ field: 'regions[0]', reason: 'không phải vùng kinh tế - xã hội đã biết' }]);
  });

  it('needs a numeric base for both rural and urban areas', () => {
    expect(proxyTableProblems(edited({ base: { rural: 0 } }))).toEqual([{ field: 'base.urban', reason: 'thiếu giá trị cho thành thị' }]);
    expect(fields(edited({ base: { rural: '5', urban: 0 } }))).toEqual(['base.rural']);
    expect(fields(edited({ base: 3 }))).toEqual(['base']);
  });

  it('checks each item: a known characteristic once, a label, numeric points for values it can take, in both areas', () => {
    const car = { fact: 'car', label: 'Có ô tô', points: { rural: { yes: 40 }, urban: { yes: 40 } } };
    expect(fields(edited({ items: [] }))).toEqual(['items']);
    expect(fields(edited({ items: [car, car] }))).toEqual(['items[1].fact']);
    expect(fields(edited({ items: [{ ...car, fact: 'boat' }] }))).toEqual(['items[0].fact']);
    expect(fields(edited({ items: [{ ...car, label: '' }] }))).toEqual(['items[0].label']);
    expect(fields(edited({ items: [{ ...car, points: { rural: { yes: 40 } } }] }))).toEqual(['items[0].points.urban']);
    expect(fields(edited({ items: [{ ...car, points: { rural: { Yes: 40 }, urban: { yes: 'bốn mươi' } } }] }))).toEqual([
      'items[0].points.rural.Yes',
      'items[0].points.urban.yes',
    ]);
    expect(proxyTableProblems(edited({ items: [{ ...car, fact: 'cattle', points: { rural: { '3': 5 }, urban: {} } }] }))).toEqual([
      { field: 'items[0].points.rural.3', reason: 'giá trị không có; dùng: 0, 1, 2+' },
    ]);
  });

  it('needs ordered thresholds: income-only tier < line < average upper bound, for both areas', () => {
    const rural = { incomeOnlyPoor: null, line: 80, averageUpper: 110 };
    expect(fields(edited({ thresholds: { rural } }))).toEqual(['thresholds.urban']);
    expect(fields(edited({ thresholds: { rural, urban: { ...rural, averageUpper: 80 } } }))).toEqual(['thresholds.urban.averageUpper']);
    expect(fields(edited({ thresholds: { rural, urban: { ...rural, incomeOnlyPoor: 80 } } }))).toEqual(['thresholds.urban.incomeOnlyPoor']);
    expect(fields(edited({ thresholds: { rural, urban: { ...rural, incomeOnlyPoor: 79.5 } } }))).toEqual([]);
    expect(fields(edited({ thresholds: { rural, urban: { line: 'x', averageUpper: 1 } } }))).toEqual(['thresholds.urban.incomeOnlyPoor', 'thresholds.urban.line']);
  });
});

describe('proxyTableOfVersion', () => {
  it('takes id, version, status and basis from the stored row', () => {
    const table = proxyTableOfVersion({ id: 'row-1', version: 3, status: 'verified', legalBasis: 'QĐ 12/2026 của UBND tỉnh', table: content });
    expect(table).toEqual({ ...content, id: 'row-1', version: 3, status: 'verified', basis: 'QĐ 12/2026 của UBND tỉnh' });
  });
});
