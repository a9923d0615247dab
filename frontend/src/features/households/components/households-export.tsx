import { useTranslation } from 'react-i18next';
import type { ExportFormat, HouseholdStatus } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useExportHouseholds } from '../api/export-households';

/** Downloads the names of the households shown (unit and status filter); logged by the server. */
export function HouseholdsExport({ unit, status }: { unit: string; status: HouseholdStatus | undefined }) {
  const { t } = useTranslation();
  const download = useExportHouseholds();
  const run = (format: ExportFormat) => download.mutate({ unit, status, format });
  return (
    <section className="page-section" aria-labelledby="households-export-title">
      <h2 id="households-export-title">{t('households.export.title')}</h2>
      <p className="muted">{t('households.export.hint')}</p>
      <p className="form-actions">
        <button type="button" className="button" disabled={download.isPending} onClick={() => run('xlsx')}>
          {t('households.export.xlsx')}
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => run('csv')}>
          {t('households.export.csv')}
        </button>
      </p>
      <ErrorAlert error={download.error} />
    </section>
  );
}
