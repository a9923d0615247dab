import { useTranslation } from 'react-i18next';
import type { ResponseStatus } from '@ntm/shared';

export function ResponseStatusBadge({ status }: { status: ResponseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status badge-${status}`}>{t(`responseStatus.${status}`)}</span>;
}
