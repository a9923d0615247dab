import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCampaigns } from '../../../components/campaigns/campaign-queries';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { useReviewRoles } from '../hooks/use-review-roles';

const PAGE_SIZE = 20;

/** The household review campaigns the user can see, newest first. */
export function ReviewCampaignsPage() {
  const { t } = useTranslation();
  const { canRecognise } = useReviewRoles();
  const [page, setPage] = useState(1);
  const list = useCampaigns({ kind: 'household_review', page, pageSize: PAGE_SIZE });

  return (
    <section className="page" aria-labelledby="review-campaigns-title">
      <title>{`${t('povertyReview.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="review-campaigns-title">{t('povertyReview.title')}</h1>
        {canRecognise ? (
          <Link to="/poverty-review/settings" className="button">
            {t('povertyReview.settings.link')}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t('povertyReview.intro')}</p>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <p className="muted">{t('povertyReview.noCampaigns')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <ul className="tap-list" aria-label={t('povertyReview.campaignsLabel')}>
            {list.data.items.map((campaign) => (
              <li key={campaign.id}>
                <Link className="tap-item" to={`/poverty-review/${campaign.id}`}>
                  <span className="tap-item-title">{campaign.name}</span>
                  <span>
                    {t('campaigns.periodShort', { year: campaign.year, round: campaign.round, roundsPerYear: campaign.roundsPerYear })} ·{' '}
                    {t(`campaigns.statuses.${campaign.status}`)} · {campaign.units.map((unit) => unit.name).join(', ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={setPage} />
        </>
      ) : null}
    </section>
  );
}
