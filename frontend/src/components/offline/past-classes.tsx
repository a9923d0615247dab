import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../lib/offline/hooks/use-live-query';
import { useOfflineDevice } from '../../lib/offline/hooks/use-offline-device';

/** The household's classes recognised in earlier years, from the downloaded work package (also offline). */
export function PastClasses({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const { db } = useOfflineDevice();
  const household = useLiveQuery(() => db.households.get(householdId), [db, householdId]);
  const facts = household?.recognitions ?? [];
  if (facts.length === 0) return null;
  const list = facts.map((fact) => `${fact.year}: ${t(`povertyReview.classes.${fact.povertyClass}`)}`).join('; ');
  return <p className="muted">{t('offline.pastClasses', { list })}</p>;
}
