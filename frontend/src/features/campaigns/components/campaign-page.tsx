import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isReviewedKind, type CampaignDto } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { useUser } from '../../../lib/session';
import { campaignPath, useCampaign } from '../../../components/campaigns/campaign-queries';
import { useUpdateCampaign } from '../api/update-campaign';
import { useHandedOverNotice } from '../hooks/use-open-campaign';
import { AssignmentsSection } from './assignments-section';
import { CampaignActions } from './campaign-actions';
import { CampaignAudit } from './campaign-audit';
import { CampaignDetails } from './campaign-details';
import { CampaignForm, campaignValueOf } from './campaign-form';
import { CampaignStatusBadge } from './campaign-status-badge';
import { ResponsesExport } from './responses-export';

/** One campaign. Admins manage all of it; supervisors see it and manage its assignments. */
export function CampaignPage() {
  const { campaignId = '' } = useParams();
  // Copying to the next period navigates from one campaign to another: start afresh.
  return <CampaignView key={campaignId} campaignId={campaignId} />;
}

function CampaignView({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const isAdmin = useUser().role === 'admin';
  const query = useCampaign(campaignId);
  const handedOver = useHandedOverNotice();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(handedOver);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const campaign = query.data;

  return (
    <section className="page" aria-labelledby="campaign-title">
      <title>{`${campaign.name} · ${t('app.name')}`}</title>
      <p>
        <Link to="/campaigns">{t('campaigns.backToList')}</Link>
      </p>
      <div className="page-heading">
        <h1 id="campaign-title">{campaign.name}</h1>
        <CampaignStatusBadge status={campaign.status} />
      </div>
      <Notice>{notice}</Notice>
      {isAdmin && !editing ? (
        <CampaignActions
          campaign={campaign}
          onEdit={() => {
            setNotice(null);
            setEditing(true);
          }}
          onChanged={setNotice}
        />
      ) : null}
      {editing ? (
        <CampaignEditForm
          campaign={campaign}
          onDone={(message) => {
            setEditing(false);
            setNotice(message);
          }}
        />
      ) : (
        <CampaignDetails campaign={campaign} linkForm={isAdmin} />
      )}
      {campaign.kind === 'household_review' ? (
        <p className="form-actions">
          <Link className="button" to={`/poverty-review/${campaign.id}`}>
            {t('povertyReview.openFromCampaign')}
          </Link>
          {campaign.status !== 'draft' ? (
            <Link className="button" to={`${campaignPath(campaign.id)}/indicators`}>
              {t('indicators.open')}
            </Link>
          ) : null}
        </p>
      ) : null}
      {isReviewedKind(campaign.kind) ? <AssignmentsSection campaign={campaign} canEdit /> : null}
      {campaign.status !== 'draft' ? <ResponsesExport campaignId={campaign.id} /> : null}
      {isAdmin ? <CampaignAudit campaignId={campaign.id} /> : null}
    </section>
  );
}

function CampaignEditForm({ campaign, onDone }: { campaign: CampaignDto; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const mutation = useUpdateCampaign(campaign.id);
  return (
    <CampaignForm
      initial={campaignValueOf(campaign)}
      heading={t('campaigns.editTitle')}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={(request) => mutation.mutate(request, { onSuccess: () => onDone(t('common.saved')) })}
      onCancel={() => onDone(null)}
    />
  );
}
