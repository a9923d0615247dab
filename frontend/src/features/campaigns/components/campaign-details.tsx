import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignDto } from '@ntm/shared';
import { formatDate, formatDateTime } from '../../../lib/format';

/** What the campaign is: its form version, period, dates and the units it covers. */
export function CampaignDetails({ campaign, linkForm }: { campaign: CampaignDto; linkForm: boolean }) {
  const { t } = useTranslation();
  const form = t('campaigns.formValue', { title: campaign.formTitle, version: campaign.formVersion });
  return (
    <dl className="attributes">
      <dt>{t('campaigns.kind')}</dt>
      <dd>{t(`campaigns.kinds.${campaign.kind}`)}</dd>
      <dt>{t('campaigns.form')}</dt>
      <dd>{linkForm ? <Link to={`/forms/${campaign.formId}`}>{form}</Link> : form}</dd>
      <dt>{t('campaigns.period')}</dt>
      <dd>{t('campaigns.periodValue', { year: campaign.year, round: campaign.round, roundsPerYear: campaign.roundsPerYear })}</dd>
      <dt>{t('campaigns.dates')}</dt>
      <dd>{t('campaigns.datesValue', { from: formatDate(campaign.opensOn), to: formatDate(campaign.closesOn) })}</dd>
      <dt>{t('campaigns.scope')}</dt>
      <dd>{campaign.units.map((unit) => `${unit.name} (${t(`unitType.${unit.type}`)})`).join(', ')}</dd>
      {campaign.previousCampaignId ? (
        <>
          <dt>{t('campaigns.previous')}</dt>
          <dd>
            <Link to={`/campaigns/${campaign.previousCampaignId}`}>{t('campaigns.openPrevious')}</Link>
          </dd>
        </>
      ) : null}
      {campaign.finalisedAt ? (
        <>
          <dt>{t('campaigns.finalisedAt')}</dt>
          <dd>{formatDateTime(campaign.finalisedAt)}</dd>
        </>
      ) : null}
    </dl>
  );
}
