import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportFileForm } from '../../../components/import/import-file-form';
import { ImportReport } from '../../../components/import/import-report';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useImportHouseholds, useImportTemplate } from '../api/import-households';

/** Households from xlsx/CSV, one row per member: a dry run lists every wrong row, then the import
 * writes all of it or nothing. */
export function HouseholdsImportPage() {
  const { t } = useTranslation();
  const mutation = useImportHouseholds();
  const template = useImportTemplate();
  const report = mutation.data;
  return (
    <section className="page page-narrow" aria-labelledby="households-import-title">
      <title>{`${t('households.importTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/households">{t('households.backToList')}</Link>
      </p>
      <h1 id="households-import-title">{t('households.importTitle')}</h1>
      <p className="muted">{t('households.importIntro')}</p>
      <p>
        <button type="button" className="button" disabled={template.isPending} onClick={() => template.mutate()}>
          {t('households.template')}
        </button>
      </p>
      <ErrorAlert error={template.error} />
      <ImportFileForm mutation={mutation} fileHint={t('households.importHint')} />
      {report && !mutation.isPending ? (
        <ImportReport
          report={report}
          counts={[
            { label: t('households.householdCount'), value: report.households },
            { label: t('households.memberRows'), value: report.members },
            { label: t('import.created'), value: report.created },
            { label: t('import.updated'), value: report.updated },
          ]}
        />
      ) : null}
    </section>
  );
}
