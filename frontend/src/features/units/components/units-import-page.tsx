import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportFileForm } from '../../../components/import/import-file-form';
import { ImportReport } from '../../../components/import/import-report';
import { useImportUnits } from '../hooks/use-unit-mutations';

export function UnitsImportPage() {
  const { t } = useTranslation();
  const mutation = useImportUnits();
  const report = mutation.data;

  return (
    <section className="page page-narrow" aria-labelledby="import-title">
      <title>{`${t('import.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/units">← {t('import.back')}</Link>
      </p>
      <h1 id="import-title">{t('import.title')}</h1>
      <p className="muted">{t('import.intro')}</p>
      <ImportFileForm mutation={mutation} fileHint={t('import.fileHint')} />
      {report && !mutation.isPending ? (
        <ImportReport
          report={report}
          withCode
          counts={[
            { label: t('import.rows'), value: report.rows },
            { label: t('import.created'), value: report.created },
            { label: t('import.updated'), value: report.updated },
          ]}
        />
      ) : null}
    </section>
  );
}
