import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { UnitRef } from '@ntm/shared';
import { useCampaign } from '../../../components/campaigns/campaign-queries';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useCommunesBelow } from '../api/list-communes';

/** Which commune of the campaign to open: its communes directly, or a search within its provinces. */
export function ReviewCampaignPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <Loading />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} />;
  const communes = campaign.data.units.filter((unit) => unit.type === 'commune');
  const provinces = campaign.data.units.filter((unit) => unit.type !== 'commune');

  return (
    <section className="page" aria-labelledby="review-campaign-title">
      <title>{`${campaign.data.name} · ${t('app.name')}`}</title>
      <p>
        <Link to="/poverty-review">{t('povertyReview.backToCampaigns')}</Link>
      </p>
      <h1 id="review-campaign-title">{campaign.data.name}</h1>
      <p>
        <Link className="button" to={`/campaigns/${campaignId}/indicators`}>
          {t('indicators.open')}
        </Link>
      </p>
      <h2>{t('povertyReview.chooseCommune')}</h2>
      {communes.length > 0 ? <CommuneLinks campaignId={campaignId} communes={communes} /> : null}
      {provinces.map((unit) => (
        <CommuneFinder key={unit.code} campaignId={campaignId} unit={unit} />
      ))}
    </section>
  );
}

function CommuneLinks({ campaignId, communes }: { campaignId: string; communes: UnitRef[] }) {
  return (
    <ul className="tap-list">
      {communes.map((commune) => (
        <li key={commune.code}>
          <Link className="tap-item" to={`/poverty-review/${campaignId}/${commune.code}`}>
            <span className="tap-item-title">{commune.name}</span>
            <span className="muted">{commune.code}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function CommuneFinder({ campaignId, unit }: { campaignId: string; unit: UnitRef }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const found = useCommunesBelow(unit.code, useDebouncedValue(q.trim(), 300));
  return (
    <div className="page-section">
      <TextField label={t('povertyReview.findCommune', { name: unit.name })} value={q} onChange={(event) => setQ(event.target.value)} />
      <ErrorAlert error={found.error} />
      {found.data?.items.length === 0 ? <p className="muted">{t('povertyReview.noCommunes')}</p> : null}
      {found.data ? <CommuneLinks campaignId={campaignId} communes={found.data.items} /> : null}
    </div>
  );
}
