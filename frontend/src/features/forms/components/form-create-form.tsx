import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SurveyDefinition } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { fieldErrorsOf } from '../../../lib/api-client';
import { useCreateForm } from '../api/create-form';
import { parseDefinition, type ParsedDefinition } from '../hooks/parse-definition';
import { JsonFileInput } from './json-file-input';

const SHOWN_FIELDS = ['key', 'title'];

type Start = 'blank' | 'file';

export function FormCreateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateForm();
  const [key, setKey] = useState('');
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<Start>('blank');
  const [file, setFile] = useState<ParsedDefinition | null>(null);
  const errors = fieldErrorsOf(mutation.error);
  const fileError = file && !file.ok ? t('forms.fileNotJson', { line: file.line, column: file.column }) : undefined;

  const blank = (): SurveyDefinition => ({
    pages: [{ name: 'page1', elements: [{ type: 'text', name: 'question1', title: t('forms.blankQuestion') }] }],
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const definition = start === 'blank' ? blank() : file?.ok ? file.definition : null;
    if (!definition) return;
    mutation.mutate(
      { key: key.trim(), title: title.trim(), definition },
      { onSuccess: (form) => void navigate(`/forms/${form.id}`) },
    );
  };

  return (
    <form className="card form-grid" onSubmit={onSubmit} aria-labelledby="form-create-title">
      <h2 id="form-create-title">{t('forms.createTitle')}</h2>
      <TextField
        label={t('forms.key')}
        hint={t('forms.keyHint')}
        required
        autoComplete="off"
        spellCheck={false}
        value={key}
        error={errors.key}
        onChange={(e) => setKey(e.target.value)}
      />
      <TextField label={t('forms.formTitle')} required value={title} error={errors.title} onChange={(e) => setTitle(e.target.value)} />
      <fieldset className="choice-group">
        <legend>{t('forms.startFrom')}</legend>
        {(['blank', 'file'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="start" value={option} checked={start === option} onChange={() => setStart(option)} />
            {t(`forms.start.${option}`)}
          </label>
        ))}
      </fieldset>
      {start === 'file' ? (
        <div className="form-wide">
          <JsonFileInput label={t('forms.jsonFile')} required onLoad={(text) => setFile(parseDefinition(text))} />
          {fileError ? (
            <p className="field-error" role="alert">
              {fileError}
            </p>
          ) : null}
        </div>
      ) : null}
      <FormActions mutation={mutation} shownFields={SHOWN_FIELDS} submitLabel={t('forms.create')} onCancel={onCancel} />
    </form>
  );
}
