import { useMutation } from '@tanstack/react-query';
import type { ExportFormat } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { apiDownload } from '../../../lib/api-client';
import { saveFile } from '../../../lib/save-file';

/** Downloads the campaign's responses in the caller's scope (the server streams the file). */
export function ResponsesExport({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: async (format: ExportFormat) => {
      const { fileName, blob } = await apiDownload('/responses/export', { campaignId, format });
      saveFile(fileName, blob);
    },
  });
  return (
    <section className="section" aria-labelledby="export-title">
      <h2 id="export-title">{t('campaigns.export.title')}</h2>
      <p className="form-actions">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('xlsx')}>
          {t('campaigns.export.xlsx')}
        </button>
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('csv')}>
          {t('campaigns.export.csv')}
        </button>
      </p>
      {download.isError ? <ErrorAlert error={download.error} /> : null}
    </section>
  );
}
