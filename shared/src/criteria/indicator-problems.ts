import { CRITERIA_FEEDS, type ThresholdColumn } from './criteria-set';

export type Add = (field: string, reason: string) => void;
type Json = Record<string, unknown>;
export type SetContext = { columns: readonly ThresholdColumn[] | null; years: { from: number; to: number } | null };

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
export const isYear = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 2000 && (value as number) <= 2100;

const COMPARISONS = ['gte', 'lte', 'eq', 'yes_no'];
const INDICATOR_KEYS = ['id', 'name', 'unit', 'comparison', 'thresholds', 'source', 'legalBasis', 'status'];

/** One indicator of a set: its fields, its source and its thresholds against the set's scheme and years. */
export function indicatorProblems(indicator: unknown, field: string, context: SetContext, add: Add): void {
  if (!isObject(indicator)) return add(field, 'phải là một đối tượng');
  for (const key of Object.keys(indicator)) if (!INDICATOR_KEYS.includes(key)) add(`${field}.${key}`, 'không phải trường của chỉ tiêu');
  if (!isText(indicator.id)) add(`${field}.id`, 'cần có mã chỉ tiêu');
  if (!isText(indicator.name)) add(`${field}.name`, 'cần có tên chỉ tiêu');
  if (typeof indicator.unit !== 'string') add(`${field}.unit`, 'đơn vị tính phải là chuỗi (để trống với chỉ tiêu Đạt/Không đạt)');
  if (typeof indicator.legalBasis !== 'string') add(`${field}.legalBasis`, 'căn cứ pháp lý phải là chuỗi');
  if (indicator.status !== 'verified' && indicator.status !== 'to_confirm') add(`${field}.status`, 'phải là verified hoặc to_confirm');
  const comparison = typeof indicator.comparison === 'string' && COMPARISONS.includes(indicator.comparison) ? indicator.comparison : null;
  if (!comparison) add(`${field}.comparison`, 'phải là gte (≥), lte (≤), eq (=) hoặc yes_no (Đạt/Không đạt)');
  sourceProblems(indicator.source, `${field}.source`, comparison, add);
  thresholdProblems(indicator.thresholds, `${field}.thresholds`, comparison, context, add);
}

function sourceProblems(source: unknown, field: string, comparison: string | null, add: Add): void {
  if (!isObject(source) || (source.kind !== 'manual' && source.kind !== 'feed')) return add(field, 'nguồn phải là { kind: "manual" } hoặc { kind: "feed", feed }');
  if (source.kind === 'manual') return;
  if (!(CRITERIA_FEEDS as readonly unknown[]).includes(source.feed)) return add(`${field}.feed`, `phải là một trong: ${CRITERIA_FEEDS.join(', ')}`);
  const booleanFeed = source.feed === 'poll.passed';
  if (comparison && booleanFeed !== (comparison === 'yes_no')) add(`${field}.feed`, booleanFeed ? 'nguồn Đạt/Không đạt cần phép so sánh yes_no' : 'nguồn số liệu cần phép so sánh gte, lte hoặc eq');
}

function thresholdProblems(thresholds: unknown, field: string, comparison: string | null, context: SetContext, add: Add): void {
  if (!isObject(thresholds)) return add(field, 'phải là bảng ngưỡng theo cột (có thể rỗng)');
  for (const [column, steps] of Object.entries(thresholds)) {
    const columnField = `${field}.${column}`;
    if (context.columns && !(context.columns as readonly string[]).includes(column)) add(columnField, `cột không dùng được với cách phân ngưỡng của bộ; dùng: ${context.columns.join(', ')}`);
    if (!Array.isArray(steps)) {
      add(columnField, 'phải là danh sách các mức theo năm');
      continue;
    }
    steps.forEach((step: unknown, index) => stepProblems(step, `${columnField}[${index}]`, index === 0 ? null : steps[index - 1], comparison, context, add));
  }
}

function stepProblems(step: unknown, field: string, previous: unknown, comparison: string | null, context: SetContext, add: Add): void {
  if (!isObject(step)) return add(field, 'phải là { fromYear, value }');
  const { fromYear, value } = step;
  if (!Number.isInteger(fromYear)) add(`${field}.fromYear`, 'phải là một năm');
  else if (context.years && ((fromYear as number) < context.years.from || (fromYear as number) > context.years.to)) add(`${field}.fromYear`, `phải nằm trong thời kỳ của bộ (${context.years.from}–${context.years.to})`);
  else if (isObject(previous) && typeof previous.fromYear === 'number' && (fromYear as number) <= previous.fromYear) add(`${field}.fromYear`, 'các mức phải theo thứ tự năm tăng dần');
  if (comparison === 'yes_no' && typeof value !== 'boolean') add(`${field}.value`, 'chỉ tiêu Đạt/Không đạt có ngưỡng là true hoặc false');
  else if (comparison && comparison !== 'yes_no' && !(typeof value === 'number' && Number.isFinite(value))) add(`${field}.value`, 'ngưỡng phải là một số');
}
