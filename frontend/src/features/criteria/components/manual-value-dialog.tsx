import type { IndicatorView } from '@ntm/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useSaveManualValue } from '../api/criteria-mutations';
import { CriteriaValueField } from './criteria-value-field';

type Props = {
  view: IndicatorView;
  unitCode: string;
  setId: string;
  year: number;
  onClose: () => void;
  onSaved: (message: string) => void;
};

const today = () => new Date().toISOString().slice(0, 10);

/** An agency's value with its evidence (a link or a file, a note and the evidence's date). */
export function ManualValueDialog({ view, unitCode, setId, year, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveManualValue();
  const { indicator } = view;
  const yesNo = indicator.comparison === 'yes_no';
  const [value, setValue] = useState(view.value === null ? '' : String(view.value));
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [evidenceDate, setEvidenceDate] = useState(today());
  const errors = fieldErrorsOf(save.error);

  const submit = () => {
    const request = {
      unitCode,
      setId,
      indicatorId: indicator.id,
      year,
      value: yesNo ? value === 'true' : Number(value),
      note,
      evidenceDate,
      evidenceUrl: evidenceUrl || undefined,
    };
    save.mutate({ request, file }, { onSuccess: () => onSaved(t('criteria.manual.saved', { indicator: indicator.id })) });
  };
  return (
    <ConfirmDialog
      open
      title={t('criteria.manual.title', { indicator: `${indicator.id} ${indicator.name}` })}
      confirmLabel={t('criteria.manual.save')}
      mutation={save}
      onConfirm={submit}
      onCancel={onClose}
    >
      <CriteriaValueField
        label={yesNo ? t('criteria.manual.valueYesNo') : t('criteria.manual.value', { unit: indicator.unit })}
        comparison={indicator.comparison}
        required
        value={value}
        onChange={setValue}
        error={errors.value}
        emptyLabel="—"
      />
      <TextField label={t('criteria.manual.evidenceUrl')} type="url" value={evidenceUrl} onChange={(event) => setEvidenceUrl(event.target.value)} hint={t('criteria.manual.evidenceHint')} error={errors.evidenceUrl} />
      <TextField label={t('criteria.manual.evidenceFile')} type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} error={errors.evidenceFileId ?? errors.file} />
      <TextAreaField label={t('criteria.manual.note')} required value={note} onChange={(event) => setNote(event.target.value)} error={errors.note} />
      <TextField label={t('criteria.manual.date')} type="date" required value={evidenceDate} onChange={(event) => setEvidenceDate(event.target.value)} error={errors.evidenceDate} />
    </ConfirmDialog>
  );
}
