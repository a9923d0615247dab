import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignQuery } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useUser } from '../../../lib/session';
import { useCampaigns } from '../../../components/campaigns/campaign-queries';
import { CampaignFilters, type CampaignFilterValue } from './campaign-filters';
import { CampaignsTable } from './campaigns-table';

const PAGE_SIZE = 20;
const YEAR = /^\d{4}$/;

export function CampaignsPage() {
  const { t } = useTranslation();
  const isAdmin = useUser().role === 'admin';
  const [filters, setFilters] = useState<CampaignFilterValue>({ status: '', kind: '', year: '' });
  const year = useDebouncedValue(filters.year.trim(), 400);
  const query: CampaignQuery = {
    status: filters.status || undefined,
    kind: filters.kind || undefined,
    year: YEAR.test(year) ? Number(year) : undefined,
  };
  // Other filters start again from page 1.
  const filterKey = JSON.stringify(query);
  const [paging, setPaging] = useState({ filterKey, page: 1 });
  const page = paging.filterKey === filterKey ? paging.page : 1;
  const list = useCampaigns({ ...query, page, pageSize: PAGE_SIZE });

  return (
    <section className="page" aria-labelledby="campaigns-title">
      <title>{`${t('campaigns.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="campaigns-title">{t('campaigns.title')}</h1>
        {isAdmin ? (
          <Link to="/campaigns/new" className="button button-primary">
            {t('campaigns.createTitle')}
          </Link>
        ) : null}
      </div>
      <CampaignFilters value={filters} onChange={setFilters} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <>
          {list.data.items.length === 0 ? <p className="muted">{t('campaigns.empty')}</p> : <CampaignsTable campaigns={list.data.items} />}
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={(next) => setPaging({ filterKey, page: next })}
          />
        </>
      ) : null}
    </section>
  );
}
