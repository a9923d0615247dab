import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCampaign } from '../../../components/campaigns/campaign-queries';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { useUser } from '../../../lib/session';
import { usePovertyIndicators } from '../api/get-poverty-indicators';
import { useIndicatorParams } from '../hooks/use-indicator-params';
import { ExclusionRuleControls } from './exclusion-rule-controls';
import { IndicatorActions } from './indicator-actions';
import { IndicatorDetails } from './indicator-details';
import { IndicatorOverview } from './indicator-overview';
import { UnitRowsTable } from './unit-rows-table';

/** A household review campaign's poverty indicators for one unit, its units one level down, and the campaign's total. */
export function PovertyIndicatorsPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const isAdmin = useUser().role === 'admin';
  const campaign = useCampaign(campaignId);
  const { query, hrefFor, setRule } = useIndicatorParams(campaignId);
  const indicators = usePovertyIndicators(query);
  const data = indicators.data;
  const notComputed = indicators.error instanceof ApiError && indicators.error.code === 'NOT_FOUND';

  return (
    <section className="page" aria-labelledby="indicators-title">
      <title>{`${t('indicators.title')} · ${t('app.name')}`}</title>
      <p>
        {/* The review's own page, which every reader of the indicators may open (the campaign page is for its managers). */}
        <Link to={`/poverty-review/${campaignId}`}>{t('indicators.backToCampaign')}</Link>
        {data?.parentCode ? (
          <>
            {' · '}
            <Link to={hrefFor(data.parentCode)}>{t('indicators.up')}</Link>
          </>
        ) : null}
      </p>
      <div className="page-heading">
        <h1 id="indicators-title">{data ? t('indicators.titleOf', { unit: data.row.unit.name }) : t('indicators.title')}</h1>
        {data ? <span className="badge badge-status">{data.frozen ? t('indicators.frozen') : t('indicators.live')}</span> : null}
      </div>
      {campaign.data ? <p className="muted">{campaign.data.name}</p> : null}
      {indicators.isPending ? <Loading /> : null}
      {notComputed ? <p>{t('indicators.notComputed')}</p> : <ErrorAlert error={indicators.error} />}
      <IndicatorActions campaignId={campaignId} unitCode={query.unit} canRecompute={isAdmin && campaign.data?.status !== 'finalised'} />
      {data ? (
        <>
          <p className="muted">{t('indicators.computedAt', { at: formatDateTime(data.row.computedAt) })}</p>
          <ExclusionRuleControls rule={data.exclusionRule} onChange={setRule} />
          <IndicatorOverview row={data.row} />
          {data.children.length > 0 || data.campaignTotal ? (
            <>
              <h2>{t('indicators.units')}</h2>
              <UnitRowsTable rows={data.children} total={data.campaignTotal} hrefFor={hrefFor} />
            </>
          ) : null}
          <IndicatorDetails row={data.row} />
        </>
      ) : null}
    </section>
  );
}
