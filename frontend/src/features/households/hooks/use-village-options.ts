import type { SelectOption } from '../../../components/ui/select-field';
import { useUnitLevel } from '../api/units';

/** The villages a household of `unitCode` may live in: those of its commune (the unit itself, or
 * the parent of a village). Empty above commune level, where a village code is typed instead. */
export function useVillageOptions(unitCode: string): SelectOption[] {
  const { unit } = useUnitLevel(unitCode);
  const commune = unit.data?.type === 'village' ? (unit.data.parentCode ?? '') : unit.data?.type === 'commune' || unit.data?.type === 'ward' ? unit.data.code : '';
  const { children } = useUnitLevel(commune);
  return (children.data?.items ?? []).filter((u) => u.type === 'village').map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }));
}
