import { useTranslation } from 'react-i18next';
import type { RuleStatus } from '@ntm/shared';

/** "Cần xác nhận" until the points are checked against the official Phiếu B, then "Đã xác nhận". */
export function ProxyTableStatusBadge({ status }: { status: RuleStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${status === 'verified' ? 'badge-on' : 'badge-returned'}`}>{t(`proxyTables.status.${status}`)}</span>;
}
