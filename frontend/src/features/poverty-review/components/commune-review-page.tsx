import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useCampaign } from '../../../components/campaigns/campaign-queries';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useCommuneReview } from '../api/get-commune-review';
import { useReviewRoles } from '../hooks/use-review-roles';
import { GenerateListForm } from './generate-list-form';
import { RecognitionListsSection } from './recognition-lists-section';
import { RecognitionSection } from './recognition-section';
import { VillagePanel } from './village-panel';
import { VillagesTable } from './villages-table';

/** One commune's review in a campaign: the villages' steps, one village's record, the recognition and its lists. */
export function CommuneReviewPage() {
  const { t } = useTranslation();
  const { campaignId = '', communeCode = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const villageCode = search.get('village') ?? '';
  const { canRecord } = useReviewRoles();
  const campaign = useCampaign(campaignId);
  const review = useCommuneReview(campaignId, communeCode);

  if (review.isPending) return <Loading />;
  if (review.isError) return <ErrorAlert error={review.error} />;
  const { commune, settings, villages, recognition } = review.data;
  const select = (code: string) => setSearch(code ? { village: code } : {}, { replace: true });

  return (
    <section className="page" aria-labelledby="commune-review-title">
      <title>{`${t('povertyReview.communeTitle', { commune: commune.name })} · ${t('app.name')}`}</title>
      <p>
        <Link to={`/poverty-review/${campaignId}`}>{t('povertyReview.backToCommunes')}</Link>
        {' · '}
        <Link to={`/campaigns/${campaignId}/indicators?unit=${communeCode}`}>{t('indicators.open')}</Link>
      </p>
      <h1 id="commune-review-title">{t('povertyReview.communeTitle', { commune: commune.name })}</h1>
      <p className="muted">
        {campaign.data ? `${campaign.data.name}. ` : ''}
        {t('povertyReview.settingsSummary', {
          days: settings.postingWorkingDays,
          district: t(settings.districtOpinion ? 'povertyReview.districtOn' : 'povertyReview.districtOff'),
        })}
      </p>
      <VillagesTable villages={villages} selected={villageCode} onSelect={select} />
      {canRecord && !recognition ? <GenerateListForm campaignId={campaignId} communeCode={communeCode} villages={villages} /> : null}
      {villageCode ? <VillagePanel key={villageCode} campaignId={campaignId} villageCode={villageCode} /> : null}
      <RecognitionSection campaignId={campaignId} communeCode={communeCode} recognition={recognition} />
      {recognition ? <RecognitionListsSection campaignId={campaignId} communeCode={communeCode} /> : null}
    </section>
  );
}
