import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AWAITING_REVIEW, isReviewedKind } from '@ntm/shared';
import { useResponses } from '../../../components/responses/use-responses';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { SelectField } from '../../../components/ui/select-field';
import { useCampaigns } from '../../../components/campaigns/campaign-queries';
import { ReviewQueueList } from './review-queue-list';

const PAGE_SIZE = 20;

/** "Duyệt phiếu": forms submitted or resubmitted and waiting for a supervisor, oldest work first. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const campaignId = params.get('campaign') ?? '';
  const page = Number(params.get('page')) || 1;
  const campaigns = useCampaigns({ pageSize: 100 });
  const reviewed = (campaigns.data?.items ?? []).filter((campaign) => isReviewedKind(campaign.kind));
  const list = useResponses({ status: AWAITING_REVIEW.join(','), campaignId: campaignId || undefined, page, pageSize: PAGE_SIZE });
  const campaignNames = new Map(reviewed.map((campaign) => [campaign.id, campaign.name]));

  return (
    <section className="page page-narrow" aria-labelledby="review-title">
      <title>{`${t('review.title')} · ${t('app.name')}`}</title>
      <h1 id="review-title">{t('review.title')}</h1>
      <SelectField
        label={t('review.campaignFilter')}
        value={campaignId}
        onChange={(event) => setParams(event.target.value ? { campaign: event.target.value } : {})}
        options={[{ value: '', label: t('review.allCampaigns') }, ...reviewed.map((c) => ({ value: c.id, label: c.name }))]}
      />
      <ErrorAlert error={campaigns.error} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <>
          <ReviewQueueList responses={list.data.items} campaignNames={campaignNames} />
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={(next) => setParams({ ...(campaignId ? { campaign: campaignId } : {}), page: String(next) })}
          />
        </>
      ) : null}
    </section>
  );
}
