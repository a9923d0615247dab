import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useVillageReview } from '../api/get-village-review';
import { ComplaintsSection } from './complaints-section';
import { DistrictOpinionSection } from './district-opinion-section';
import { MeetingSection } from './meeting-section';
import { PostedListsSection } from './posted-lists-section';
import { PostingSection } from './posting-section';
import { StageBadge } from './stage-badge';
import { VillageAudit } from './village-audit';
import { VillageHouseholds } from './village-households';
import { VillageStepActions } from './village-step-actions';

/** Everything about one village's review, step by step, with what can be done at its stage. */
export function VillagePanel({ campaignId, villageCode }: { campaignId: string; villageCode: string }) {
  const query = useVillageReview(campaignId, villageCode);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const review = query.data;
  const posted = review.posting !== null;

  return (
    <section className="card page-section" aria-labelledby="village-title">
      <div className="page-heading">
        <h2 id="village-title">{review.village.name}</h2>
        <StageBadge stage={review.stage} />
      </div>
      <VillageStepActions review={review} />
      <VillageHouseholds campaignId={campaignId} review={review} />
      {review.meetings.length > 0 || review.stage === 'meeting' ? <MeetingSection campaignId={campaignId} review={review} /> : null}
      {review.stage === 'posting' || posted ? <PostingSection campaignId={campaignId} review={review} /> : null}
      {posted ? <ComplaintsSection campaignId={campaignId} review={review} /> : null}
      {review.stage === 'district_opinion' || review.districtOpinion ? <DistrictOpinionSection campaignId={campaignId} review={review} /> : null}
      {posted ? <PostedListsSection campaignId={campaignId} villageCode={villageCode} /> : null}
      <VillageAudit campaignId={campaignId} villageCode={villageCode} />
    </section>
  );
}
