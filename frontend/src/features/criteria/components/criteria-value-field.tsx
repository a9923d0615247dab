import type { Comparison } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';

type Props = {
  label: string;
  comparison: Comparison;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** The yes/no choice with no value (none yet, or "remove"). */
  emptyLabel: string;
  required?: boolean;
};

/** An indicator's value as typed: Đạt / Không đạt (`'true'`, `'false'`, `''`) for a qualitative
 * indicator, else a number with two decimals. */
export function CriteriaValueField({ label, comparison, value, onChange, error, emptyLabel, required }: Props) {
  const { t } = useTranslation();
  if (comparison !== 'yes_no') {
    return <TextField label={label} type="number" step="0.01" inputMode="decimal" required={required} value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
  }
  return (
    <SelectField
      label={label}
      required={required}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      options={[
        { value: '', label: emptyLabel },
        { value: 'true', label: t('criteria.yes') },
        { value: 'false', label: t('criteria.no') },
      ]}
    />
  );
}
