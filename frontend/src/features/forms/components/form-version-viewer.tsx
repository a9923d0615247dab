import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useFormVersion } from '../api/get-form-version';
import { formatDefinition } from '../hooks/parse-definition';
import { SurveyPreview } from './survey-preview';

type Props = { versionId: string; onClose: () => void };

/** One version, read-only: its preview and its JSON. */
export function FormVersionViewer({ versionId, onClose }: Props) {
  const { t } = useTranslation();
  const query = useFormVersion(versionId);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const version = query.data;

  return (
    <section className="card" aria-labelledby="version-view-title">
      <div className="page-heading">
        <h2 id="version-view-title">
          {t('forms.versionNumber', { version: version.version })} · {version.title}
        </h2>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('forms.closeView')}
        </button>
      </div>
      <SurveyPreview definition={version.definition} readOnly />
      <details className="json-view">
        <summary>{t('forms.showJson')}</summary>
        <pre className="code-block">{formatDefinition(version.definition)}</pre>
      </details>
    </section>
  );
}
