import type { CriteriaSetSummary } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';

type Props = {
  years: number[];
  year: number;
  sets: CriteriaSetSummary[];
  set: CriteriaSetSummary | undefined;
  onChange: (next: { set?: string; year?: number }) => void;
};

/** Year first: it decides which sets (2021–2025 or 2026–2030) can be chosen. */
export function CriteriaFilters({ years, year, sets, set, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field-row filters" role="group" aria-label={t('criteria.filters')}>
      <SelectField
        label={t('criteria.year')}
        value={String(year)}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(event) => onChange({ year: Number(event.target.value) })}
      />
      <SelectField
        label={t('criteria.set')}
        value={set?.id ?? ''}
        options={sets.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(event) => onChange({ set: event.target.value })}
      />
    </div>
  );
}
