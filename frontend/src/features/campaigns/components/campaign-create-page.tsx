import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CampaignDto } from '@ntm/shared';
import { useCreateCampaign } from '../api/create-campaign';
import { useOpenCampaign } from '../hooks/use-open-campaign';
import { CampaignForm, newCampaignValue } from './campaign-form';

export function CampaignCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useCreateCampaign();
  const openCampaign = useOpenCampaign();
  const opened = (campaign: CampaignDto) => openCampaign(campaign, t('campaigns.createdNotice', { name: campaign.name }));
  return (
    <section className="page" aria-labelledby="campaign-create-heading">
      <title>{`${t('campaigns.createTitle')} · ${t('app.name')}`}</title>
      <p>
        <Link to="/campaigns">{t('campaigns.backToList')}</Link>
      </p>
      <h1 id="campaign-create-heading">{t('campaigns.createTitle')}</h1>
      <CampaignForm
        initial={newCampaignValue()}
        heading={t('campaigns.details')}
        submitLabel={t('campaigns.create')}
        mutation={mutation}
        onSubmit={(request) => mutation.mutate(request, { onSuccess: opened })}
        onCancel={() => void navigate('/campaigns')}
      />
    </section>
  );
}
