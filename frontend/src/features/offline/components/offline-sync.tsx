import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { responseKeys } from '../../../components/responses/response-keys';
import { useOfflineDevice } from '../../../lib/offline/hooks/use-offline-device';
import { useOnline } from '../../../lib/offline/hooks/use-online';

/** Starts the enumerator's device store and sync (before the pages below read through it), refreshes
 * the lists a sync may have changed, and says when the app works without a connection. */
export function OfflineSync() {
  const { t } = useTranslation();
  const { engine } = useOfflineDevice();
  const queryClient = useQueryClient();
  const online = useOnline();

  useEffect(() => {
    let was = engine.getStatus().phase;
    return engine.subscribe(() => {
      const now = engine.getStatus().phase;
      if (was === 'syncing' && now === 'idle') {
        void queryClient.invalidateQueries({ queryKey: responseKeys.lists() });
        void queryClient.invalidateQueries({ queryKey: ['me', 'assignments'] });
      }
      was = now;
    });
  }, [engine, queryClient]);

  if (online) return null;
  return (
    <p className="alert alert-warning offline-banner" role="status">
      {t('offline.offlineBanner')}
    </p>
  );
}
