import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useImportUnits } from '../hooks/use-unit-mutations';
import { ImportReport } from './import-report';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Check the file with a dry run first; "Nhập dữ liệu" is enabled only when the check found no error. */
export function UnitsImportPage() {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const mutation = useImportUnits();
  const report = mutation.data;
  const canImport = Boolean(file && report?.dryRun && report.errors.length === 0 && !mutation.isPending);

  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file) mutation.mutate({ file, dryRun: true });
  };

  return (
    <section className="page page-narrow" aria-labelledby="import-title">
      <title>{`${t('import.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/units">← {t('import.back')}</Link>
      </p>
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="muted">{t('import.intro')}</p>
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
          <p id={`${id}-hint`} className="field-hint">{t('import.fileHint')}</p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={!file || mutation.isPending}>
            {t('import.check')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={!canImport}
            onClick={() => file && mutation.mutate({ file, dryRun: false })}
          >
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
      {report && !mutation.isPending ? <ImportReport report={report} /> : null}
    </section>
  );
}
