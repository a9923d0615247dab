import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** "Có phiên bản mới": a new app version waits until the user agrees, so no form being filled is cut off.
 * The device's data lives in IndexedDB and is untouched by an update. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  return (
    <div className="alert alert-info update-prompt" role="alert">
      <p>{t('offline.updateReady')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void updateServiceWorker(true)}>
          {t('offline.update')}
        </button>
        <button type="button" className="button" onClick={() => setNeedRefresh(false)}>
          {t('offline.later')}
        </button>
      </div>
    </div>
  );
}
