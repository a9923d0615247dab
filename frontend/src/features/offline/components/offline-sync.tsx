import { useTranslation } from 'react-i18next';
import { useOfflineDevice } from '../hooks/use-offline-device';
import { useOnline } from '../hooks/use-online';

/** Starts the enumerator's device store and sync (before the pages below read through it), and says
 * when the app works without a connection. */
export function OfflineSync() {
  const { t } = useTranslation();
  useOfflineDevice();
  const online = useOnline();
  if (online) return null;
  return (
    <p className="alert alert-warning offline-banner" role="status">
      {t('offline.offlineBanner')}
    </p>
  );
}
