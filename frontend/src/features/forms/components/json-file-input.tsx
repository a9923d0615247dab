import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../components/ui/field-shell';

type Props = { label: string; hint?: string; required?: boolean; onLoad: (text: string) => void };

/** Reads a .json file chosen by the user and hands over its text. */
export function JsonFileInput({ label, hint, required, onLoad }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(undefined);
    if (!file) return;
    file.text().then(onLoad, () => setError(t('forms.fileUnreadable')));
  };
  return (
    <FieldShell label={label} hint={hint} required={required} error={error}>
      {(control) => <input {...control} type="file" accept=".json,application/json" required={required} onChange={onChange} />}
    </FieldShell>
  );
}
