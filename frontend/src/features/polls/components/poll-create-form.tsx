import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_POLL_RULES, vietnamToday } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useCreatePoll, usePollForms } from '../api/create-poll';

type Props = { defaultUnit: string; onCancel: () => void; onCreated: (pollId: string) => void };

/** A poll with the default rules (editable on its page); the closing date follows the window. */
export function PollCreateForm({ defaultUnit, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const forms = usePollForms();
  const create = useCreatePoll();
  const today = vietnamToday();
  const [value, setValue] = useState({ name: '', formVersionId: '', opensOn: today, closesOn: '', unitCode: defaultUnit });
  const errors = fieldErrorsOf(create.error);
  const set = (field: keyof typeof value) => (event: { target: { value: string } }) => setValue({ ...value, [field]: event.target.value });
  const options = (forms.data ?? []).map((f) => ({ value: f.versionId, label: t(f.key.endsWith('2021') ? 'polls.form2021' : 'polls.form2026') }));
  const formVersionId = value.formVersionId || options.find((o) => o.label === t('polls.form2026'))?.value || options[0]?.value || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: value.name.trim(),
        formVersionId,
        year: Number(value.opensOn.slice(0, 4)),
        opensOn: value.opensOn,
        closesOn: value.closesOn || undefined,
        unitCodes: [value.unitCode.trim()],
        rules: DEFAULT_POLL_RULES,
      },
      { onSuccess: (poll) => onCreated(poll.campaign.id) },
    );
  };

  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('polls.createTitle')}</h2>
      <TextField label={t('polls.name')} required maxLength={300} value={value.name} onChange={set('name')} error={errors.name} />
      <SelectField label={t('polls.form')} options={options} value={formVersionId} onChange={set('formVersionId')} error={errors.formVersionId} />
      <div className="form-grid">
        <TextField label={t('polls.opensOn')} type="date" required value={value.opensOn} onChange={set('opensOn')} error={errors.opensOn} />
        <TextField label={t('polls.closesOn')} type="date" hint={t('polls.closesOnHint')} value={value.closesOn} onChange={set('closesOn')} error={errors.closesOn} />
      </div>
      <TextField label={t('polls.commune')} required value={value.unitCode} onChange={set('unitCode')} error={errors['unitCodes[0]']} />
      <FormActions mutation={create} shownFields={Object.keys(errors)} submitLabel={t('polls.create')} onCancel={onCancel} />
    </form>
  );
}
