import { useTranslation } from 'react-i18next';
import type { HouseholdStatus } from '@ntm/shared';

export function HouseholdStatusBadge({ status }: { status: HouseholdStatus }) {
  const { t } = useTranslation();
  return <span className={status === 'active' ? 'badge badge-on' : 'badge badge-off'}>{t(`households.statuses.${status}`)}</span>;
}
