import { useTranslation } from 'react-i18next';

const MAX_ROWS_SHOWN = 1000;

export type ImportRowError = { row: number; code?: string | null; field: string; reason: string };

type Props = {
  report: { dryRun: boolean; errors: readonly ImportRowError[] };
  /** The counts of the file and of what the import does (rows, created, updated…). */
  counts: readonly { label: string; value: number }[];
  /** Units name the code of each wrong row; households name only the row. */
  withCode?: boolean;
};

export function ImportReport({ report, counts, withCode = false }: Props) {
  const { t } = useTranslation();
  const errors = report.errors.slice(0, MAX_ROWS_SHOWN);
  const outcome = report.errors.length > 0
    ? report.dryRun ? t('import.dryRunErrors') : t('import.notImported')
    : report.dryRun ? t('import.dryRunOk') : t('import.imported');

  return (
    <section className="card" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{report.dryRun ? t('import.dryRunTitle') : t('import.resultTitle')}</h2>
      <p className={report.errors.length > 0 ? 'alert alert-error' : 'alert alert-success'}>{outcome}</p>
      <dl className="summary">
        {[...counts, { label: t('import.errorCount'), value: report.errors.length }].map(({ label, value }) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      {errors.length > 0 ? (
        <div className="table-wrap" role="region" aria-labelledby="import-errors-caption" tabIndex={0}>
          <table>
            <caption id="import-errors-caption">
              {t('import.errorsTitle')}
              {report.errors.length > errors.length ? ` — ${t('import.errorsTruncated', { shown: errors.length, total: report.errors.length })}` : null}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                {withCode ? <th scope="col">{t('import.code')}</th> : null}
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={`${error.row}-${error.field}-${index}`}>
                  <td>{error.row}</td>
                  {withCode ? <td>{error.code ?? '—'}</td> : null}
                  <td>{error.field}</td>
                  <td>{error.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
