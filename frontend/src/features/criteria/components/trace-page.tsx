import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { useIndicatorTrace, useUnitCriteria } from '../api/get-unit-criteria';
import { useUnit } from '../../../components/units/use-unit';
import { useCriteriaParams } from '../hooks/use-criteria-params';
import { formatCriteriaValue } from './criteria-format';
import { StateBadge } from './state-mark';
import { campaignHref } from './trace-links';
import { TraceVillages } from './trace-villages';
import './criteria.css';

/** criterion → indicator → campaign → villages → responses, for one value of a unit's page. */
export function TracePage() {
  const { t } = useTranslation();
  const { code = '', indicatorId = '' } = useParams();
  const unit = useUnit(code);
  const params = useCriteriaParams(unit.data?.type === 'village' ? 'village' : 'commune');
  // Until the unit's type is known the set may be of the wrong level (a commune set for a village).
  const setId = unit.data ? (params.set?.id ?? '') : '';
  const page = useUnitCriteria(code, setId, params.year);
  const trace = useIndicatorTrace(code, setId, params.year, indicatorId);
  const criterion = page.data?.criteria.find((c) => c.indicators.some((view) => view.indicator.id === indicatorId));
  const view = criterion?.indicators.find((candidate) => candidate.indicator.id === indicatorId);
  const data = trace.data;
  const source = data?.source;
  const words = { yes: t('criteria.yes'), no: t('criteria.no') };
  const unitLabel = view?.indicator.unit ?? '';

  return (
    <section className="page" aria-labelledby="crit-trace-title">
      <title>{`${t('criteria.trace.title', { indicator: indicatorId })} · ${t('app.name')}`}</title>
      <p>
        <Link to={`/criteria/units/${encodeURIComponent(code)}${params.search}`}>{t('criteria.trace.back')}</Link>
      </p>
      <h1 id="crit-trace-title">{t('criteria.trace.title', { indicator: indicatorId })}</h1>
      {trace.isPending || page.isPending ? <Loading /> : null}
      <ErrorAlert error={trace.error ?? page.error} />
      {data ? (
        <>
          <p className="muted">{page.data?.unit.name ?? data.unit.name} · {params.set?.name} · {params.year}</p>
          <ol className="crit-trace-steps">
            {criterion ? (
              <li>
                <strong>{t('criteria.trace.criterion')}:</strong> {t('criteria.unit.criterion', { number: criterion.number, name: criterion.name })}{' '}
                <StateBadge state={criterion.state} />
              </li>
            ) : null}
            <li>
              <strong>{t('criteria.trace.indicator')}:</strong> {indicatorId} {view?.indicator.name} ={' '}
              <strong data-testid="trace-value">{formatCriteriaValue(data.value, unitLabel, words)}</strong>
              {view ? (
                <>
                  {' '}
                  <StateBadge state={view.state} />
                </>
              ) : null}
              {data.formula ? (
                <>
                  <br />
                  <span className="small">
                    {t('criteria.trace.formula')}: {data.formula}
                  </span>
                </>
              ) : null}
            </li>
            <li>
              <strong>{t('criteria.trace.campaign')}:</strong>{' '}
              {source?.kind === 'campaign' ? (
                <>
                  <Link to={campaignHref(source, code)}>{source.campaignName}</Link> · {t(`campaigns.kinds.${source.campaignKind}`)} · {source.year}
                  {source.year < params.year ? <span className="crit-older">{t('criteria.indicator.olderYear', { year: source.year })}</span> : null}
                </>
              ) : (
                t(source?.kind === 'manual' ? 'criteria.trace.manual' : 'criteria.trace.none')
              )}
            </li>
          </ol>
          {source?.kind === 'campaign' ? (
            <section aria-labelledby="crit-trace-villages">
              <h2 id="crit-trace-villages">{t('criteria.trace.villages')}</h2>
              <TraceVillages trace={data} source={source} unit={unitLabel} />
            </section>
          ) : null}
          {source?.kind === 'manual' && view?.manual ? <p className="small">{view.manual.note}</p> : null}
        </>
      ) : null}
    </section>
  );
}
