import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollReportFormat } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { downloadPollReport } from '../api/download-report';

/** The sheet of the unit shown (a village's for posting, or the commune report), xlsx or printable. */
export function ReportDownloads({ pollId, unitCode }: { pollId: string; unitCode?: string }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const download = (format: PollReportFormat) => {
    setError(null);
    downloadPollReport(pollId, format, unitCode).catch(setError);
  };
  return (
    <div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => download('xlsx')}>
          {t('polls.downloads.xlsx')}
        </button>
        <button type="button" className="button" onClick={() => download('html')}>
          {t('polls.downloads.html')}
        </button>
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
