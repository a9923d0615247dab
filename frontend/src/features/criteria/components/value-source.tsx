import type { IndicatorView } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../lib/format';
import { EvidenceLinks } from './evidence-links';

type Props = { view: IndicatorView; year: number; traceHref: string };

/** Where the value came from: a campaign (marked when older than the year evaluated) or a manual
 * entry with its evidence; both lead to the trace. */
export function ValueSource({ view, year, traceHref }: Props) {
  const { t } = useTranslation();
  const { source, manual } = view;
  if (source.kind === 'none') return <span className="muted">{t('criteria.indicator.noSource')}</span>;
  if (source.kind === 'campaign') {
    return (
      <>
        <Link to={traceHref} aria-label={`${t('criteria.indicator.trace')}: ${source.campaignName}`}>
          {source.campaignName} ({source.year})
        </Link>
        {source.year < year ? <span className="crit-older">{t('criteria.indicator.olderYear', { year: source.year })}</span> : null}
      </>
    );
  }
  return (
    <>
      <Link to={traceHref}>{t('criteria.indicator.manualBy', { who: source.enteredBy, at: formatDateTime(source.enteredAt) })}</Link>
      {manual ? (
        <span className="small">
          <br />
          {manual.note} · {t('criteria.indicator.evidenceDate', { date: formatDate(manual.evidenceDate) })}
          <EvidenceLinks manual={manual} />
        </span>
      ) : null}
    </>
  );
}
