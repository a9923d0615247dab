import { useTranslation } from 'react-i18next';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
};

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('common.pagination')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
        {t('common.previous')}
      </button>
      <span aria-live="polite">{t('common.pageOf', { page, pages, total })}</span>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
