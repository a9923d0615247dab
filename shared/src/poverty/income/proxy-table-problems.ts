import type { FieldError } from '../../api/error-codes';
import { isNtmRegion } from '../../units/ntm-region';
import { POVERTY_STANDARD_IDS, RESIDENCE_AREAS } from '../standard';
import { PROXY_FACT_KEYS, PROXY_FACT_VALUES, type ProxyFactKey } from './proxy-score';

type Problem = Pick<FieldError, 'field' | 'reason'>;
type Json = Record<string, unknown>;

const TITLE_MAX = 200;
const CONTENT_KEYS = ['title', 'standards', 'regions', 'base', 'items', 'thresholds'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPoints = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isFact = (value: unknown): value is ProxyFactKey => (PROXY_FACT_KEYS as readonly unknown[]).includes(value);

/**
 * Why an edited B1 table (`ProxyTableContent`, as JSON) cannot be scored with, field by field, in
 * Vietnamese: what the browser shows while an administrator edits and what the server answers 400 with.
 * Empty when the table is usable.
 */
export function proxyTableProblems(table: unknown): Problem[] {
  if (!isObject(table)) return [{ field: '', reason: 'phải là một đối tượng JSON' }];
  const problems: Problem[] = [];
  const add = (field: string, reason: string) => void problems.push({ field, reason });
  for (const key of Object.keys(table)) if (!CONTENT_KEYS.includes(key)) add(key, 'không phải trường của bảng điểm');
  if (typeof table.title !== 'string' || table.title.trim() === '') add('title', 'cần có tên bảng');
  else if (table.title.length > TITLE_MAX) add('title', `dài quá ${TITLE_MAX} ký tự`);
  checkList(table.standards, 'standards', (value) => (POVERTY_STANDARD_IDS as readonly unknown[]).includes(value), 'không phải chuẩn nghèo đã biết', add);
  checkList(table.regions, 'regions', (value) => typeof value === 'string' && isNtmRegion(value), 'không phải vùng kinh tế - xã hội đã biết', add);
  checkAreas(table.base, 'base', add, (value, field) => {
    if (!isPoints(value)) add(field, 'phải là một số');
  });
  checkItems(table.items, add);
  checkAreas(table.thresholds, 'thresholds', add, (value, field) => checkThresholds(value, field, add));
  return problems;
}

type Add = (field: string, reason: string) => void;

function checkList(value: unknown, field: string, known: (item: unknown) => boolean, unknownReason: string, add: Add): void {
  if (!Array.isArray(value) || value.length === 0) return add(field, 'cần có ít nhất một giá trị');
  value.forEach((item, index) => {
    if (!known(item)) add(`${field}[${index}]`, unknownReason);
    else if (value.indexOf(item) !== index) add(`${field}[${index}]`, 'bị lặp lại');
  });
}

/** Both areas, rural and urban, each checked by `each`. */
function checkAreas(value: unknown, field: string, add: Add, each: (area: unknown, field: string) => void): void {
  if (!isObject(value)) return add(field, 'cần có giá trị cho nông thôn (rural) và thành thị (urban)');
  for (const area of RESIDENCE_AREAS) {
    if (!(area in value)) add(`${field}.${area}`, area === 'rural' ? 'thiếu giá trị cho nông thôn' : 'thiếu giá trị cho thành thị');
    else each(value[area], `${field}.${area}`);
  }
}

function checkItems(items: unknown, add: Add): void {
  if (!Array.isArray(items) || items.length === 0) return add('items', 'cần có ít nhất một tiêu chí chấm điểm');
  const seen = new Set<string>();
  items.forEach((item: unknown, index) => {
    const field = `items[${index}]`;
    if (!isObject(item)) return add(field, 'phải là một đối tượng');
    if (typeof item.label !== 'string' || item.label.trim() === '') add(`${field}.label`, 'cần có tên tiêu chí');
    if (!isFact(item.fact)) return add(`${field}.fact`, `phải là một trong: ${PROXY_FACT_KEYS.join(', ')}`);
    if (seen.has(item.fact)) add(`${field}.fact`, 'tiêu chí này đã có ở dòng trước');
    seen.add(item.fact);
    const values = PROXY_FACT_VALUES[item.fact];
    checkAreas(item.points, `${field}.points`, add, (points, pointsField) => {
      if (!isObject(points)) return add(pointsField, 'phải là bảng giá trị → điểm');
      for (const [value, score] of Object.entries(points)) {
        if (!values.includes(value)) add(`${pointsField}.${value}`, `giá trị không có; dùng: ${values.join(', ')}`);
        else if (!isPoints(score)) add(`${pointsField}.${value}`, 'điểm phải là một số');
      }
    });
  });
}

/** "Thresholds ordered": a score at or under `line` stands for income at or under the poverty line,
 * so the income-only tier (when used) lies under it and the average band's upper bound over it. */
function checkThresholds(value: unknown, field: string, add: Add): void {
  if (!isObject(value)) return add(field, 'phải có line và averageUpper');
  const { incomeOnlyPoor, line, averageUpper } = value;
  if (incomeOnlyPoor !== null && !isPoints(incomeOnlyPoor)) add(`${field}.incomeOnlyPoor`, 'phải là một số hoặc null');
  if (!isPoints(line)) add(`${field}.line`, 'phải là một số');
  if (!isPoints(averageUpper)) add(`${field}.averageUpper`, 'phải là một số');
  if (!isPoints(line)) return;
  if (isPoints(averageUpper) && averageUpper <= line) add(`${field}.averageUpper`, 'phải lớn hơn ngưỡng chuẩn nghèo (line)');
  if (isPoints(incomeOnlyPoor) && incomeOnlyPoor >= line) add(`${field}.incomeOnlyPoor`, 'phải nhỏ hơn ngưỡng chuẩn nghèo (line)');
}
