import type { CriteriaDashboard } from '@ntm/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Notice } from '../../../components/ui/notice';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { formatDecimal } from '../../../lib/format';
import { useCloseYear, useRecomputeCriteria } from '../api/criteria-admin';

type Props = { dashboard: CriteriaDashboard; isAdmin: boolean };

/** The year's state (open, or closed: a frozen snapshot) for every reader; for a province admin,
 * closing or reopening it (with a reason, audited) and recomputing the scores now. */
export function YearAdmin({ dashboard, isAdmin }: Props) {
  const { t } = useTranslation();
  const { year, closedYears, unit } = dashboard;
  const closed = closedYears.includes(year);
  const [asking, setAsking] = useState<'close' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const close = useCloseYear('close');
  const reopen = useCloseYear('reopen');
  const recompute = useRecomputeCriteria();
  const mutation = asking === 'reopen' ? reopen : close;
  const manages = isAdmin && unit.type === 'province';

  const confirm = () => {
    const done = () => {
      setNotice(t(asking === 'reopen' ? 'criteria.years.reopened' : 'criteria.years.closedNotice', { year }));
      setAsking(null);
      setReason('');
    };
    mutation.mutate({ provinceCode: unit.code, year, ...(asking === 'reopen' ? { reason } : {}) }, { onSuccess: done });
  };
  const runRecompute = () => {
    setNotice(null);
    recompute.mutate({ unitCode: unit.code }, { onSuccess: (r) => setNotice(t('criteria.years.recomputed', { units: r.units, seconds: formatDecimal(r.seconds) })) });
  };

  return (
    <section className="page-section" aria-labelledby="crit-years-title">
      <h2 id="crit-years-title">{t('criteria.years.title')}</h2>
      <p>
        {closed ? <span className="badge badge-status">{t('criteria.frozen')}</span> : <span className="badge">{t('criteria.years.open')}</span>}{' '}
        {closedYears.length > 0 ? t('criteria.years.closedList', { years: closedYears.join(', ') }) : t('criteria.years.noneClosed')}
      </p>
      {manages ? (
        <p className="form-actions">
          <button type="button" className="button" onClick={() => setAsking(closed ? 'reopen' : 'close')}>
            {t(closed ? 'criteria.years.reopen' : 'criteria.years.close', { year })}
          </button>
          <button type="button" className="button" onClick={runRecompute} disabled={recompute.isPending} aria-busy={recompute.isPending}>
            {recompute.isPending ? t('criteria.years.recomputing') : t('criteria.years.recompute')}
          </button>
        </p>
      ) : null}
      {recompute.isPending ? <progress aria-label={t('criteria.years.recomputing')} /> : null}
      <ErrorAlert error={recompute.error} />
      <Notice>{notice}</Notice>
      <ConfirmDialog
        open={asking !== null}
        title={t(asking === 'reopen' ? 'criteria.years.reopen' : 'criteria.years.close', { year })}
        confirmLabel={t(asking === 'reopen' ? 'criteria.years.reopen' : 'criteria.years.close', { year })}
        mutation={mutation}
        onConfirm={confirm}
        onCancel={() => setAsking(null)}
      >
        <p>{t(asking === 'reopen' ? 'criteria.years.reopenQuestion' : 'criteria.years.closeQuestion', { year })}</p>
        {asking === 'reopen' ? <TextAreaField label={t('criteria.years.reason')} required value={reason} onChange={(event) => setReason(event.target.value)} /> : null}
      </ConfirmDialog>
    </section>
  );
}
