import { formatPercent as formatHundredths, type UnitCriteriaPage } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { columnLabel } from './column-label';

/** Poll figures are stored in hundredths of a percent, as every rate of the polls. */
const pollRate = (hundredths: number | null) => (hundredths === null ? '—' : `${formatHundredths(hundredths)} %`);

/** Score, level and readiness for recognition, saying what is missing when not ready. */
export function RecognitionSummary({ page }: { page: UnitCriteriaPage }) {
  const { t } = useTranslation();
  const missing = page.criteria.filter((criterion) => criterion.state !== 'met').map((criterion) => criterion.number);
  const { poll } = page;
  return (
    <section className="page-section" aria-labelledby="crit-summary-title">
      <h2 id="crit-summary-title" className="visually-hidden">
        {t('criteria.unit.score')}
      </h2>
      <dl className="attributes">
        <dt>{t('criteria.unit.score')}</dt>
        <dd>
          <strong className="crit-card-value">{t('criteria.unit.scoreValue', { met: page.score.met, total: page.score.total })}</strong>
        </dd>
        <dt>{t('criteria.unit.level')}</dt>
        <dd>{t(`criteria.levels.${page.level}`)}</dd>
        <dt>{t('criteria.unit.column')}</dt>
        <dd>{page.score.column ? columnLabel(page.score.column, t) : t('criteria.unit.noColumn')}</dd>
        <dt>{t('criteria.unit.poll')}</dt>
        <dd>
          {poll ? (
            <>
              {t('criteria.unit.pollValue', { name: poll.campaignName, year: poll.year, verdict: t(`polls.verdict.${poll.verdict}`) })}
              <br />
              <span className="muted small">
                {t('criteria.unit.pollFigures', { coverage: pollRate(poll.coverage), average: pollRate(poll.average) })}
              </span>
            </>
          ) : (
            t('criteria.unit.pollMissing')
          )}
        </dd>
      </dl>
      <div className={`alert ${page.readyForRecognition ? 'alert-success' : 'alert-info'}`} role="status">
        <p className="alert-title">{page.readyForRecognition ? t('criteria.unit.ready') : t('criteria.unit.notReady')}</p>
        {!page.readyForRecognition && missing.length > 0 ? <p>{t('criteria.unit.criteriaMissing', { numbers: missing.join(', ') })}</p> : null}
        {!page.readyForRecognition && poll && poll.verdict !== 'passed' ? (
          <p>{t('criteria.unit.pollNotPassed', { verdict: t(`polls.verdict.${poll.verdict}`) })}</p>
        ) : null}
        {!page.readyForRecognition && !poll ? <p>{t('criteria.unit.pollMissing')}</p> : null}
      </div>
    </section>
  );
}
