import type { CriteriaIndicator, ThresholdColumn } from '@ntm/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useSetThreshold } from '../api/criteria-mutations';
import { CriteriaValueField } from './criteria-value-field';

type Props = {
  provinceCode: string;
  setId: string;
  indicator: CriteriaIndicator;
  column: ThresholdColumn;
  fromYear: number;
  onClose: () => void;
  onSaved: (message: string) => void;
};

/** The province's value beside the national one, from a year on; an empty value removes it. */
export function ThresholdDialog({ provinceCode, setId, indicator, column, fromYear: initialYear, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSetThreshold();
  const yesNo = indicator.comparison === 'yes_no';
  const [value, setValue] = useState('');
  const [fromYear, setFromYear] = useState(String(initialYear));
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(save.error);
  const parsed = value === '' ? null : yesNo ? value === 'true' : Number(value);

  const submit = () =>
    save.mutate(
      { provinceCode, setId, indicatorId: indicator.id, column, fromYear: Number(fromYear), value: parsed, note },
      { onSuccess: () => onSaved(t('criteria.sets.saved', { indicator: indicator.id })) },
    );
  return (
    <ConfirmDialog
      open
      title={t('criteria.sets.editTitle', { indicator: `${indicator.id} ${indicator.name}`, column })}
      confirmLabel={t('criteria.sets.save')}
      mutation={save}
      onConfirm={submit}
      onCancel={onClose}
    >
      <CriteriaValueField
        label={yesNo ? t('criteria.sets.value') : `${t('criteria.sets.value')} (${indicator.unit})`}
        comparison={indicator.comparison}
        value={value}
        onChange={setValue}
        error={errors.value}
        emptyLabel={t('criteria.sets.remove')}
      />
      <TextField label={t('criteria.sets.fromYear')} type="number" required value={fromYear} onChange={(event) => setFromYear(event.target.value)} error={errors.fromYear} />
      <TextAreaField label={t('criteria.sets.note')} required value={note} onChange={(event) => setNote(event.target.value)} error={errors.note} />
    </ConfirmDialog>
  );
}
