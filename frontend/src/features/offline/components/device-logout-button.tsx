import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { countPending } from '../../../lib/offline/db/response-store';
import { usePendingCount } from '../../../lib/offline/hooks/use-device-responses';
import { useOfflineDevice } from '../../../lib/offline/hooks/use-offline-device';

type DeviceLogoutButtonProps = { label: string; onLogout: () => Promise<void> };

/** Signing out with forms only on this device says how many and offers to send them first. Either way
 * they stay in this account's store, to be sent at its next sign-in. */
export function DeviceLogoutButton({ label, onLogout }: DeviceLogoutButtonProps) {
  const { t } = useTranslation();
  const { db, engine } = useOfflineDevice();
  const pending = usePendingCount() ?? 0;
  const [asking, setAsking] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [leftOver, setLeftOver] = useState(false);

  const syncFirst = async () => {
    setSyncing(true);
    await engine.syncNow();
    setSyncing(false);
    if ((await countPending(db)) === 0) await onLogout();
    else setLeftOver(true);
  };

  return (
    <>
      <button type="button" className="button button-small" onClick={() => (pending > 0 ? setAsking(true) : void onLogout())}>
        {label}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('offline.logout.title')}
        confirmLabel={t('offline.logout.syncFirst')}
        mutation={{ error: null, isPending: syncing }}
        onConfirm={() => void syncFirst()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('offline.logout.pending', { count: pending })}</p>
        {leftOver ? <p className="alert alert-warning">{t('offline.logout.leftOver')}</p> : null}
        <button type="button" className="button" disabled={syncing} onClick={() => void onLogout()}>
          {t('offline.logout.anyway')}
        </button>
      </ConfirmDialog>
    </>
  );
}
