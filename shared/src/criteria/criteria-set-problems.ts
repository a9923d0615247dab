import type { FieldError } from '../api/error-codes';
import { COMMUNE_GROUPS, NTM_REGIONS } from '../units/ntm-region';
import { indicatorProblems, type Add, isObject, isText, isYear } from './indicator-problems';
import type { ThresholdColumn, ThresholdScheme } from './criteria-set';

type Problem = Pick<FieldError, 'field' | 'reason'>;

const SET_KEYS = ['id', 'version', 'name', 'unitLevel', 'tier', 'fromYear', 'toYear', 'scheme', 'legalBasis', 'status', 'provinceCode', 'criteria'];
const ID_PATTERN = /^[A-Za-z0-9_]{1,60}$/;

/** The threshold columns each scheme allows: the 7 regions, the 3 commune groups, and always `ALL`. */
export const SCHEME_COLUMNS: Readonly<Record<ThresholdScheme, readonly ThresholdColumn[]>> = {
  region: [...NTM_REGIONS, 'ALL'],
  group: [...COMMUNE_GROUPS.map((group) => `G${group}` as const), 'ALL'],
  single: ['ALL'],
};

const oneOf = (values: readonly string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);

/**
 * Why a criteria set sent as JSON (a province's own set) cannot be evaluated, field by field, in
 * Vietnamese: what the server answers 400 with and the editor shows. Empty when the set is usable.
 */
export function criteriaSetProblems(set: unknown): Problem[] {
  if (!isObject(set)) return [{ field: '', reason: 'phải là một đối tượng JSON' }];
  const problems: Problem[] = [];
  const add: Add = (field, reason) => void problems.push({ field, reason });
  for (const key of Object.keys(set)) if (!SET_KEYS.includes(key)) add(key, 'không phải trường của bộ tiêu chí');
  if (typeof set.id !== 'string' || !ID_PATTERN.test(set.id)) add('id', 'mã bộ tiêu chí chỉ gồm chữ không dấu, số và dấu gạch dưới (tối đa 60 ký tự)');
  if (!Number.isInteger(set.version) || (set.version as number) < 1) add('version', 'phiên bản phải là số nguyên từ 1');
  if (!isText(set.name)) add('name', 'cần có tên bộ tiêu chí');
  if (!isText(set.legalBasis)) add('legalBasis', 'cần có căn cứ pháp lý');
  if (!oneOf(['commune', 'village'])(set.unitLevel)) add('unitLevel', 'phải là commune (xã) hoặc village (thôn)');
  if (!oneOf(['ntm', 'advanced', 'model', 'modern'])(set.tier)) add('tier', 'phải là một trong: ntm, advanced, model, modern');
  if (!oneOf(['verified', 'to_confirm'])(set.status)) add('status', 'phải là verified hoặc to_confirm');
  if (set.provinceCode !== null && !(typeof set.provinceCode === 'string' && /^\d{2}$/.test(set.provinceCode))) add('provinceCode', 'phải là mã tỉnh 2 chữ số hoặc null');
  const yearsValid = isYear(set.fromYear) && isYear(set.toYear) && set.fromYear <= set.toYear;
  if (!isYear(set.fromYear)) add('fromYear', 'phải là một năm (2000–2100)');
  if (!isYear(set.toYear)) add('toYear', 'phải là một năm (2000–2100)');
  else if (isYear(set.fromYear) && set.fromYear > set.toYear) add('toYear', 'năm kết thúc phải không nhỏ hơn năm bắt đầu');
  const scheme = oneOf(Object.keys(SCHEME_COLUMNS))(set.scheme) ? (set.scheme as ThresholdScheme) : null;
  if (!scheme) add('scheme', 'phải là region (theo vùng), group (theo nhóm xã) hoặc single (một mức)');
  const context = { columns: scheme ? SCHEME_COLUMNS[scheme] : null, years: yearsValid ? { from: set.fromYear as number, to: set.toYear as number } : null };
  checkCriteria(set.criteria, add, (indicator, field) => indicatorProblems(indicator, field, context, add));
  return problems;
}

function checkCriteria(criteria: unknown, add: Add, checkIndicator: (indicator: unknown, field: string) => void): void {
  if (!Array.isArray(criteria) || criteria.length === 0) return add('criteria', 'cần có ít nhất một tiêu chí');
  const numbers = new Set<unknown>();
  const ids = new Set<unknown>();
  criteria.forEach((criterion: unknown, index) => {
    const field = `criteria[${index}]`;
    if (!isObject(criterion)) return add(field, 'phải là một đối tượng');
    if (!Number.isInteger(criterion.number) || (criterion.number as number) < 1) add(`${field}.number`, 'số thứ tự tiêu chí phải là số nguyên từ 1');
    else if (numbers.has(criterion.number)) add(`${field}.number`, 'số thứ tự tiêu chí bị trùng');
    numbers.add(criterion.number);
    if (!isText(criterion.name)) add(`${field}.name`, 'cần có tên tiêu chí');
    const indicators = criterion.indicators;
    if (!Array.isArray(indicators) || indicators.length === 0) return add(`${field}.indicators`, 'cần có ít nhất một chỉ tiêu');
    indicators.forEach((indicator: unknown, position) => {
      const indicatorField = `${field}.indicators[${position}]`;
      checkIndicator(indicator, indicatorField);
      if (!isObject(indicator) || typeof indicator.id !== 'string') return;
      if (ids.has(indicator.id)) add(`${indicatorField}.id`, 'mã chỉ tiêu bị trùng trong bộ tiêu chí');
      ids.add(indicator.id);
    });
  });
}
