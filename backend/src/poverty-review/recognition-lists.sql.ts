import { RECOGNITION_LIST_MEMBERS, RECOGNITION_LISTS, type RecognitionList } from '@ntm/shared';

/** SQL literals of a fixed vocabulary (class and movement names), never of user input. */
function literals(values: readonly string[]): string {
  return values
    .map((value) => {
      if (!/^[a-z_]+$/.test(value)) throw new Error(`Not a vocabulary word: ${value}`);
      return `'${value}'`;
    })
    .join(', ');
}

/** Who is on `list`, as a condition over a household_recognition row aliased `alias`. */
export function recognitionListWhere(list: RecognitionList, alias = 'hr'): string {
  const members = RECOGNITION_LIST_MEMBERS[list];
  return 'classes' in members ? `${alias}.poverty_class IN (${literals(members.classes)})` : `${alias}.movement IN (${literals(members.movements)})`;
}

/** One row: how many households the campaign recognised under a unit path ($2, a LIKE pattern), and per list. */
export const RECOGNITION_COUNTS_SQL = `
  SELECT ${RECOGNITION_LISTS.map((list) => `count(*) FILTER (WHERE ${recognitionListWhere(list)})::int AS "${list}"`).join(',\n         ')}
    FROM household_recognition hr WHERE hr.campaign_id = $1 AND hr.unit_path LIKE $2`;
