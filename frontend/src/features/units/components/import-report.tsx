import { useTranslation } from 'react-i18next';
import type { UnitImportReport } from '@ntm/shared';

const MAX_ROWS_SHOWN = 1000;

export function ImportReport({ report }: { report: UnitImportReport }) {
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
        <div><dt>{t('import.rows')}</dt><dd>{report.rows}</dd></div>
        <div><dt>{t('import.created')}</dt><dd>{report.created}</dd></div>
        <div><dt>{t('import.updated')}</dt><dd>{report.updated}</dd></div>
        <div><dt>{t('import.errorCount')}</dt><dd>{report.errors.length}</dd></div>
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
                <th scope="col">{t('import.code')}</th>
                <th scope="col">{t('import.field')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error, index) => (
                <tr key={`${error.row}-${error.field}-${index}`}>
                  <td>{error.row}</td>
                  <td>{error.code ?? '—'}</td>
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
