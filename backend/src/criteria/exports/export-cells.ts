import {
  COMMUNE_LEVEL_LABELS_VI,
  COMPARISON_SYMBOLS_VI,
  type CommuneLevel,
  INDICATOR_STATE_LABELS_VI,
  type IndicatorState,
  type IndicatorView,
  NO_DATA_REASON_LABELS_VI,
  type ValueSource,
} from '@ntm/shared';

export const stateVi = (state: IndicatorState) => INDICATOR_STATE_LABELS_VI[state];
export const levelVi = (level: CommuneLevel) => COMMUNE_LEVEL_LABELS_VI[level];
/** Why an indicator has no data, in words (empty when it has). */
export const noDataCell = (view: IndicatorView) => (view.noData ? NO_DATA_REASON_LABELS_VI[view.noData] : null);
export const yesNoVi = (value: boolean) => (value ? 'Có' : 'Không');

/** A value as a cell: numbers stay numbers, yes/no in words. */
export const valueCell = (value: number | boolean | null) => (typeof value === 'boolean' ? (value ? 'Đạt' : 'Không đạt') : value);

export function thresholdCell(view: IndicatorView): string | number | null {
  if (view.indicator.comparison === 'yes_no') return COMPARISON_SYMBOLS_VI.yes_no;
  if (!view.threshold) return null;
  return `${COMPARISON_SYMBOLS_VI[view.indicator.comparison]} ${String(view.threshold.value)}`;
}

export const originCell = (view: IndicatorView) => (view.threshold ? (view.threshold.origin === 'provincial' ? 'Tỉnh' : 'Quốc gia') : null);

/** Where the value came from: the campaign (name, year), or the agency's entry with its evidence. */
export function sourceCell(source: ValueSource, manual: IndicatorView['manual']): string | null {
  switch (source.kind) {
    case 'campaign':
      return `${source.campaignName} (năm ${source.year})`;
    case 'manual': {
      if (!manual) return `Nhập tay: ${source.enteredBy}`;
      const evidence = [manual.evidenceUrl, manual.evidenceFile?.name].filter(Boolean).join('; ');
      return `Nhập tay: ${manual.enteredBy}, ${manual.enteredAt.slice(0, 10)} — ${manual.note} — minh chứng ngày ${manual.evidenceDate}: ${evidence}`;
    }
    case 'none':
      return null;
  }
}
