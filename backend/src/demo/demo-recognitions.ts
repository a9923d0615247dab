import { householdMovement, type PovertyClass } from '@ntm/shared';
import type { EntityManager } from 'typeorm';

export type DemoClasses = { year: PovertyClass; yearBefore: PovertyClass };

/**
 * The recognised classes of the `i`-th of `n` households (in a fixed shuffled order) for the demo
 * year and the year before, shaped like a mountain commune: about 15% poor and 10% near-poor, most
 * of the poor poor the year before too, and about 5% who escaped poverty that year, so a review of
 * the next year can show households falling back (tái nghèo).
 */
export function demoClasses(i: number, n: number): DemoClasses {
  const poor = Math.round(n * 0.15);
  const nearPoor = Math.round(n * 0.1);
  const escaped = Math.round(n * 0.05);
  if (i < poor) return { year: 'poor', yearBefore: i < poor - Math.round(poor / 3) ? 'poor' : 'near_poor' };
  if (i < poor + nearPoor) return { year: 'near_poor', yearBefore: i < poor + Math.ceil(nearPoor / 2) ? 'near_poor' : 'not_poor' };
  if (i < poor + nearPoor + escaped) return { year: 'not_poor', yearBefore: 'poor' };
  return { year: 'not_poor', yearBefore: 'not_poor' };
}

/**
 * Imported recognitions of `year` and the year before for every active household of the commune
 * (whatever the registry holds when it runs), with the movement between the two years. Runs once:
 * households that already have a recognition for `year` are left alone.
 */
export async function seedPreviousRecognitions(manager: EntityManager, communeCode: string, year: number): Promise<number> {
  const households: { id: string; villageCode: string; path: string }[] = await manager.query(
    `SELECT h.id, h.village_code AS "villageCode", h.village_path AS path FROM household h
      WHERE h.commune_code = $1 AND h.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM household_recognition r WHERE r.household_id = h.id AND r.year = $2)
      ORDER BY md5(h.code)`,
    [communeCode, year],
  );
  const classes = households.map((_, i) => demoClasses(i, households.length));
  const insert = (y: number, povertyClass: (c: DemoClasses) => PovertyClass, previous: (c: DemoClasses) => PovertyClass | null) =>
    manager.query(
      `INSERT INTO household_recognition (household_id, year, village_code, unit_path, poverty_class, previous_class, movement, source, recognised_on)
       SELECT t.id, $6::int, t.village_code, t.path, t.poverty_class, t.previous_class, t.movement, 'imported', make_date($6::int, 12, 15)
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[], $7::varchar[]) AS t(id, village_code, path, poverty_class, previous_class, movement)
       ON CONFLICT (household_id, year) DO NOTHING`,
      [
        households.map((h) => h.id),
        households.map((h) => h.villageCode),
        households.map((h) => h.path),
        classes.map(povertyClass),
        classes.map(previous),
        y,
        classes.map((c) => (previous(c) ? householdMovement(previous(c), povertyClass(c), false) : null)),
      ],
    );
  await insert(year - 1, (c) => c.yearBefore, () => null);
  await insert(year, (c) => c.year, (c) => c.yearBefore);
  return households.length;
}
