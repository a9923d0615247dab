import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useDownloadXlsx } from '../api/download-lists';

/** Downloads the lists as one xlsx, a sheet per list (the server streams it and logs the download). */
export function DownloadButton({ path }: { path: string }) {
  const { t } = useTranslation();
  const download = useDownloadXlsx(path);
  return (
    <div>
      <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? t('app.processing') : t('povertyReview.download')}
      </button>
      <ErrorAlert error={download.error} />
    </div>
  );
}
