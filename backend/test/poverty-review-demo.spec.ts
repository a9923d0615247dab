import { seedPreviousRecognitions } from '../src/demo/demo-recognitions';
import { buildHousehold, buildReviewCommune } from './support/poverty-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo recognitions of the previous years', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('demo');
  });
  afterAll(() => t.close());

  it('recognises whatever active households the commune has for 2025 and 2024, with the movement, once', async () => {
    const area = await buildReviewCommune(t, 2);
    for (let i = 1; i <= 40; i++) await buildHousehold(t, area.villages[i % 2]!, { code: `D${String(i).padStart(3, '0')}` });
    await buildHousehold(t, area.villages[0]!, { code: 'D999', status: 'moved' });

    expect(await seedPreviousRecognitions(t.dataSource.manager, area.commune, 2025)).toBe(40);
    const rows = await t.dataSource.query(
      `SELECT year, poverty_class, coalesce(movement, '-') AS movement, count(*)::int AS n FROM household_recognition r JOIN household h ON h.id = r.household_id
        WHERE h.commune_code = $1 AND r.source = 'imported' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [area.commune],
    );
    expect(rows.map((r: Record<string, string | number>) => `${r.year} ${r.poverty_class} ${r.movement} ${r.n}`)).toEqual([
      '2024 near_poor - 4',
      '2024 not_poor - 30',
      '2024 poor - 6',
      '2025 near_poor newly_near_poor 2',
      '2025 near_poor remained_near_poor 2',
      '2025 not_poor escaped_poor 2',
      '2025 not_poor unchanged 28',
      '2025 poor near_poor_to_poor 2',
      '2025 poor remained_poor 4',
    ]);
    expect(await seedPreviousRecognitions(t.dataSource.manager, area.commune, 2025)).toBe(0);
  });
});
