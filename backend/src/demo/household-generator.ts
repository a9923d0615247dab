import type { HouseholdMemberInput, MemberRelation, Sex } from '@ntm/shared';
import type { HouseholdRecord } from '../households/write-households';
import { ETHNIC_NAMES, type EthnicNames } from './household-names';
import { between, pick, type Random, seededRandom } from './seeded-random';

export type GeneratorVillage = { code: string; path: string; communeCode: string; name?: string };

/** What became of a household that no longer lives in the village; `mergedIntoIndex` is the
 * index, among the generated households, of the one it merged into. */
export type HouseholdFate = { status: 'moved' | 'merged' | 'dissolved'; effectiveOn: string; reason: string; mergedIntoIndex?: number };

export type GeneratedHousehold = HouseholdRecord & { fate: HouseholdFate | null };

export type GeneratorOptions = {
  seed?: number;
  /** Households in each village: a number, or a range drawn per village. */
  perVillage?: number | { min: number; max: number };
  /** Some households moved, merged or dissolved during the reference year. */
  fates?: boolean;
  /** Ages are counted at this year's end; nobody is born after it. */
  referenceYear?: number;
  /** Put before every code, to add households beside those a village already has. */
  codePrefix?: string;
};

/** Household sizes 1–9, weighted as in a rural commune of the northern mountains. */
const SIZE_WEIGHTS = [6, 12, 18, 22, 18, 11, 7, 4, 2];
const FATE_REASONS: Readonly<Record<HouseholdFate['status'], readonly string[]>> = {
  moved: ['Chuyển đến xã khác làm ăn', 'Cả hộ vào Bình Dương làm công nhân', 'Chuyển về quê vợ sinh sống'],
  merged: ['Nhập vào hộ bố mẹ đẻ', 'Về ở chung với hộ con trai'],
  dissolved: ['Chủ hộ qua đời, không còn thành viên', 'Người duy nhất của hộ đến ở với người thân ngoài tỉnh'],
};

/**
 * Plausible households (Vietnamese, H'Mông, Tày and Dao names; a head, usually a spouse, children,
 * sometimes a parent, or an older couple with a married child and grandchildren), deterministic
 * for a seed and a village code whatever the order of `villages`. Codes are `<village suffix>.<nnn>`,
 * unique in a commune whose villages end in different suffixes (02839-01 → 01.001, 01.002…).
 */
export function generateHouseholds(villages: readonly GeneratorVillage[], options: GeneratorOptions = {}): GeneratedHousehold[] {
  const { seed = 2025, perVillage = { min: 60, max: 250 }, fates = false, referenceYear = 2025, codePrefix = '' } = options;
  const result: GeneratedHousehold[] = [];
  const ids = { next: hash(String(seed)) % 1_000_000 };
  for (const village of villages) {
    const random = seededRandom(seed ^ hash(village.code));
    const count = typeof perVillage === 'number' ? perVillage : between(random, perVillage.min, perVillage.max);
    const dominant = ETHNIC_NAMES[hash(village.code) % ETHNIC_NAMES.length]!;
    const stayers: number[] = [];
    for (let n = 1; n <= count; n++) {
      const names = random() < 0.75 ? dominant : pick(random, ETHNIC_NAMES);
      const members = household(random, names, referenceYear, ids);
      const fate = fates ? fateOf(random, members.length, stayers, referenceYear) : null;
      if (!fate) stayers.push(result.length);
      result.push({
        communeCode: village.communeCode, villageCode: village.code, villagePath: village.path,
        code: `${codePrefix}${village.code.split('-').at(-1)}.${String(n).padStart(3, '0')}`,
        headName: members[0]!.fullName, address: village.name ?? null, members, fate,
      });
    }
  }
  return result;
}

type Person = HouseholdMemberInput & { surname: string; age: number };

function household(random: Random, names: EthnicNames, year: number, ids: { next: number }): Person[] {
  const size = 1 + weighted(random, SIZE_WEIGHTS);
  const make = (relation: MemberRelation, sex: Sex, age: number, surname = pick(random, names.surnames)) => person(random, names, { relation, sex, age, surname, year }, ids);
  const head = make('head', random() < 0.86 ? 'male' : 'female', between(random, 22, 82));
  const members = [head];
  const spouse = size >= 2 && random() < 0.85 ? make('spouse', other(head.sex), clamp(head.age + between(random, -6, 4), 18, 90)) : null;
  if (spouse) members.push(spouse);
  const family = head.sex === 'male' ? head.surname : (spouse?.surname ?? head.surname);
  const left = () => size - members.length;
  if (head.age >= 58 && left() >= 3) {
    const son = make('child', 'male', head.age - between(random, 22, 32), family);
    members.push(son, make('child_in_law', 'female', clamp(son.age + between(random, -4, 2), 18, 90)));
    while (left() > 0) members.push(make('grandchild', random() < 0.5 ? 'male' : 'female', between(random, 0, Math.max(0, son.age - 19)), son.surname));
    return members;
  }
  if (left() >= 2 && head.age <= 50 && random() < 0.3) {
    const sex: Sex = random() < 0.6 ? 'female' : 'male';
    members.push(make('parent', sex, clamp(head.age + between(random, 22, 30), 40, 95), sex === 'male' ? head.surname : undefined));
  }
  // Born while the younger parent was 18 to 45.
  const parentAge = Math.min(head.age, spouse?.age ?? head.age);
  const youngest = Math.max(0, parentAge - 45);
  const oldest = Math.max(youngest, Math.min(parentAge - 18, youngest + 25));
  const children = Array.from({ length: left() }, () => make('child', random() < 0.5 ? 'male' : 'female', between(random, youngest, oldest), family));
  return [...members, ...children.sort((a, b) => b.age - a.age)];
}

type PersonSpec = { relation: MemberRelation; sex: Sex; age: number; surname: string; year: number };

function person(random: Random, names: EthnicNames, spec: PersonSpec, ids: { next: number }): Person {
  const birthYear = spec.year - spec.age;
  const birthDate = `${birthYear}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
  const withId = spec.age >= 14 && random() < 0.6;
  return {
    fullName: `${spec.surname} ${pick(random, names.middle[spec.sex])} ${pick(random, names.given[spec.sex])}`,
    sex: spec.sex, birthDate, relationToHead: spec.relation, ethnicity: names.ethnicity,
    idNumber: withId ? citizenId(spec.sex, birthYear, ids) : null,
    surname: spec.surname, age: spec.age,
  };
}

/** The 12-digit căn cước number: birth province (010, Lào Cai), sex and century, year, serial. */
function citizenId(sex: Sex, birthYear: number, ids: { next: number }): string {
  const century = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
  // 7919 is prime to 10⁶: serials do not repeat within a million people.
  ids.next = (ids.next + 7919) % 1_000_000;
  return `010${century}${String(birthYear % 100).padStart(2, '0')}${String(ids.next).padStart(6, '0')}`;
}

/** About 2 in 100 households moved away, 1 dissolved (small ones) and 1 merged into an earlier one
 * of the village that stays (`stayers`: their indices). */
function fateOf(random: Random, size: number, stayers: readonly number[], year: number): HouseholdFate | null {
  const roll = random();
  const on = `${year}-${String(between(random, 2, 11)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
  const fate = (status: HouseholdFate['status'], mergedIntoIndex?: number) => ({ status, effectiveOn: on, reason: pick(random, FATE_REASONS[status]), mergedIntoIndex });
  if (roll < 0.02) return fate('moved');
  if (roll < 0.03 && size <= 2) return fate('dissolved');
  if (roll >= 0.03 && roll < 0.04 && stayers.length > 0) return fate('merged', pick(random, stayers));
  return null;
}

function weighted(random: Random, weights: readonly number[]): number {
  let roll = random() * weights.reduce((a, b) => a + b, 0);
  return Math.max(0, weights.findIndex((w) => (roll -= w) < 0));
}

const other = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** FNV-1a: a stable number for a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
