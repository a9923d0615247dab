import { useId, useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/error-alert';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportCall = { file: File; dryRun: boolean };
export type ImportOutcome = { dryRun: boolean; errors: readonly unknown[] };

type Props<R extends ImportOutcome> = {
  mutation: UseMutationResult<R, Error, ImportCall>;
  /** The columns the file must have, shown under the file input. */
  fileHint: string;
};

/** Check the file with a dry run first; "Nhập dữ liệu" is enabled only when the check found no error. */
export function ImportFileForm<R extends ImportOutcome>({ mutation, fileHint }: Props<R>) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const report = mutation.data;
  const canImport = Boolean(file && report?.dryRun && report.errors.length === 0 && !mutation.isPending);

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) mutation.mutate({ file, dryRun: true });
  };

  return (
    <form className="card" onSubmit={check}>
      <div className="field">
        <label htmlFor={id}>{t('import.file')}</label>
        <input
          id={id}
          type="file"
          accept={ACCEPT}
          required
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            mutation.reset();
          }}
        />
        <p id={`${id}-hint`} className="field-hint">
          {fileHint}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={!file || mutation.isPending}>
          {t('import.check')}
        </button>
        <button type="button" className="button button-primary" disabled={!canImport} onClick={() => file && mutation.mutate({ file, dryRun: false })}>
          {t('import.run')}
        </button>
      </div>
      <div role="status" aria-live="polite" className="import-progress">
        {mutation.isPending ? (
          <>
            <progress aria-label={t('app.processing')} />
            <span>{t('app.processing')}</span>
          </>
        ) : null}
      </div>
      <ErrorAlert error={mutation.error} />
    </form>
  );
}
