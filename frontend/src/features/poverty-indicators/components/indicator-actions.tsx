import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { useDownloadIndicatorSummary } from '../api/download-indicator-summary';
import { useRecomputePovertyIndicators } from '../api/recompute-poverty-indicators';

type Props = { campaignId: string; unitCode: string | undefined; canRecompute: boolean };

/** The summary download for everyone; the full recompute for admins. */
export function IndicatorActions({ campaignId, unitCode, canRecompute }: Props) {
  const { t } = useTranslation();
  const download = useDownloadIndicatorSummary(campaignId, unitCode);
  const recompute = useRecomputePovertyIndicators(campaignId);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p className="form-actions">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
          {t('indicators.download')}
        </button>
        {canRecompute ? (
          <button
            type="button"
            className="button"
            disabled={recompute.isPending}
            onClick={() => recompute.mutate(undefined, { onSuccess: (result) => setNotice(t('indicators.recomputed', { units: result.units })) })}
          >
            {t('indicators.recompute')}
          </button>
        ) : null}
      </p>
      <Notice>{notice}</Notice>
      <ErrorAlert error={download.error ?? recompute.error} />
    </>
  );
}
