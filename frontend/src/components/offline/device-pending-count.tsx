import { useTranslation } from 'react-i18next';
import { useVillagePendingCount } from '../../lib/offline/hooks/use-device-responses';

/** "+2 trên máy": the village's forms stored only on this device, beside the server's counts. */
export function DevicePendingCount({ campaignId, unitCode }: { campaignId: string; unitCode: string }) {
  const { t } = useTranslation();
  const count = useVillagePendingCount(campaignId, unitCode) ?? 0;
  if (count === 0) return null;
  return (
    <span className="text-warning" data-testid="device-pending">
      {t('offline.pendingHere', { count })}
    </span>
  );
}
