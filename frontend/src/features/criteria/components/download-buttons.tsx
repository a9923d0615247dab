import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useDownloadCriteriaSummary, useDownloadUnitCriteria } from '../api/criteria-downloads';

type Props = { unit: string; set: string; year: number };

export function DashboardDownload(scope: Props) {
  const { t } = useTranslation();
  const download = useDownloadCriteriaSummary();
  return (
    <DownloadButton label={t('criteria.download')} pending={download.isPending} error={download.error} onClick={() => download.mutate(scope)} />
  );
}

export function UnitDownload(scope: Props) {
  const { t } = useTranslation();
  const download = useDownloadUnitCriteria();
  return (
    <DownloadButton label={t('criteria.unit.download')} pending={download.isPending} error={download.error} onClick={() => download.mutate(scope)} />
  );
}

function DownloadButton({ label, pending, error, onClick }: { label: string; pending: boolean; error: unknown; onClick: () => void }) {
  return (
    <>
      <p className="form-actions">
        <button type="button" className="button" disabled={pending} onClick={onClick}>
          {label}
        </button>
      </p>
      <ErrorAlert error={error} />
    </>
  );
}
