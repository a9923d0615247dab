import { TARGET_METRICS, type TargetDto, type TargetMetric, type TargetRequest } from '@ntm/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useSaveTarget } from '../api/targets';

type Props = {
  /** The target edited, or the defaults of a new one. */
  target: TargetDto | TargetRequest;
  onClose: () => void;
  onSaved: (message: string) => void;
};

const optionalNumber = (value: string) => (value === '' ? null : Number(value));

/** Create or edit a target (admin, audited by the server). */
export function TargetDialog({ target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveTarget();
  const id = 'id' in target ? target.id : null;
  const [form, setForm] = useState({
    label: target.label,
    metric: target.metric,
    parameter: target.parameter ?? '',
    fromYear: String(target.fromYear),
    toYear: String(target.toYear),
    baseline: target.baseline === null ? '' : String(target.baseline),
    target: String(target.target),
  });
  const errors = fieldErrorsOf(save.error);
  const field = (name: keyof typeof form) => ({
    value: form[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => setForm((previous) => ({ ...previous, [name]: event.target.value })),
  });

  const submit = () => {
    const request: TargetRequest = {
      unitCode: target.unitCode,
      setId: target.setId,
      label: form.label,
      metric: form.metric,
      parameter: form.parameter || null,
      fromYear: Number(form.fromYear),
      toYear: Number(form.toYear),
      baseline: optionalNumber(form.baseline),
      target: Number(form.target),
    };
    save.mutate({ id, request }, { onSuccess: () => onSaved(t('criteria.targets.saved')) });
  };
  return (
    <ConfirmDialog open title={id ? t('criteria.targets.editTitle') : t('criteria.targets.createTitle')} confirmLabel={t('criteria.targets.save')} mutation={save} onConfirm={submit} onCancel={onClose}>
      <TextField label={t('criteria.targets.label')} required {...field('label')} />
      <SelectField
        label={t('criteria.targets.metric')}
        required
        {...field('metric')}
        onChange={(event) => setForm((previous) => ({ ...previous, metric: event.target.value as TargetMetric }))}
        options={TARGET_METRICS.map((metric) => ({ value: metric, label: t(`criteria.targets.metrics.${metric}`) }))}
      />
      <TextField label={t('criteria.targets.parameter')} hint={t('criteria.targets.parameterHint')} {...field('parameter')} />
      <div className="field-row">
        <TextField label={t('criteria.targets.fromYear')} type="number" required {...field('fromYear')} />
        <TextField label={t('criteria.targets.toYear')} type="number" required {...field('toYear')} />
      </div>
      <div className="field-row">
        <TextField label={t('criteria.targets.baseline')} type="number" step="0.01" {...field('baseline')} />
        <TextField label={t('criteria.targets.target')} type="number" step="0.01" required {...field('target')} />
      </div>
    </ConfirmDialog>
  );
}
