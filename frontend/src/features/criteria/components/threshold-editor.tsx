import type { CriteriaIndicator, ThresholdColumn } from '@ntm/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useSetThreshold } from '../api/criteria-mutations';
import { columnLabel } from './column-label';
import { CriteriaValueField } from './criteria-value-field';

export type ThresholdEdit = { indicator: CriteriaIndicator; column: ThresholdColumn; fromYear: number };

type Props = ThresholdEdit & {
  provinceCode: string;
  setId: string;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** Inline, under the row it edits: the province's value from a year on, with the note the audit
 * keeps; an empty value removes the province's value. */
export function ThresholdEditor({ provinceCode, setId, indicator, column, fromYear: initialYear, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSetThreshold();
  const [value, setValue] = useState('');
  const [fromYear, setFromYear] = useState(String(initialYear));
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(save.error);
  const yesNo = indicator.comparison === 'yes_no';
  const parsed = value === '' ? null : yesNo ? value === 'true' : Number(value);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      { provinceCode, setId, indicatorId: indicator.id, column, fromYear: Number(fromYear), value: parsed, note },
      { onSuccess: () => onSaved(t('criteria.sets.saved', { indicator: indicator.id })) },
    );
  };
  return (
    <form className="crit-inline-form" onSubmit={submit} aria-label={t('criteria.sets.editTitle', { indicator: indicator.id, column: columnLabel(column, t) })}>
      <div className="field-row">
        <CriteriaValueField
          label={yesNo ? t('criteria.sets.value') : `${t('criteria.sets.value')} (${indicator.unit})`}
          comparison={indicator.comparison}
          value={value}
          onChange={setValue}
          error={errors.value}
          emptyLabel={t('criteria.sets.remove')}
        />
        <TextField label={t('criteria.sets.fromYear')} type="number" required value={fromYear} onChange={(event) => setFromYear(event.target.value)} error={errors.fromYear} />
      </div>
      <TextAreaField label={t('criteria.sets.note')} required rows={2} value={note} onChange={(event) => setNote(event.target.value)} error={errors.note} />
      <FormActions mutation={save} shownFields={['value', 'fromYear', 'note']} submitLabel={t('criteria.sets.save')} onCancel={onClose} />
    </form>
  );
}
