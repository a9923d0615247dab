import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { SelectField } from '../../../components/ui/select-field';
import { formatDate } from '../../../lib/format';
import { usePublishedForms, usePublishedVersions } from '../api/form-options';

type FormChoice = { formId: string; formVersionId: string };

type Props = FormChoice & { onChange: (choice: FormChoice) => void; error?: string };

/** A form, then one of its published versions (the newest is chosen when the form changes). */
export function FormVersionPicker({ formId, formVersionId, onChange, error }: Props) {
  const { t } = useTranslation();
  const forms = usePublishedForms();
  const versions = usePublishedVersions(formId);
  const newest = versions.data?.[0]?.id;

  useEffect(() => {
    if (formId && !formVersionId && newest) onChange({ formId, formVersionId: newest });
  }, [formId, formVersionId, newest, onChange]);

  const formOptions = (forms.data ?? []).map((form) => ({ value: form.id, label: `${form.title} (${form.key})` }));
  const versionOptions = (versions.data ?? []).map((version) => ({
    value: version.id,
    label: t('campaigns.versionOption', { version: version.version, date: formatDate(version.publishedAt) }),
  }));

  return (
    <>
      <SelectField
        label={t('campaigns.form')}
        required
        value={formId}
        options={[{ value: '', label: t('campaigns.chooseForm') }, ...formOptions]}
        onChange={(event) => onChange({ formId: event.target.value, formVersionId: '' })}
      />
      <SelectField
        label={t('campaigns.formVersion')}
        required
        value={formVersionId}
        error={error}
        disabled={!formId}
        options={[{ value: '', label: t('campaigns.chooseVersion') }, ...versionOptions]}
        onChange={(event) => onChange({ formId, formVersionId: event.target.value })}
      />
      <ErrorAlert error={forms.error ?? versions.error} />
    </>
  );
}
