import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { HOUSEHOLD_STATUSES, type HouseholdStatus } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useUser } from '../../../lib/session';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useHouseholds } from '../../../components/households/household-queries';
import { useCanWriteHouseholds } from '../hooks/use-can-write';
import { HouseholdsExport } from './households-export';
import { HouseholdsTable } from './households-table';
import { UnitFilter } from './unit-filter';

const PAGE_SIZE = 50;

/** "Sổ hộ": the households under a unit (the caller's by default), found by code or head's name;
 * the filters live in the URL so a list can be shared or reopened. */
export function HouseholdsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = useCanWriteHouseholds();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') || user.unitCode;
  const status = (params.get('status') || undefined) as HouseholdStatus | undefined;
  const q = params.get('q') ?? '';
  const page = Number(params.get('page')) || 1;
  const search = useDebouncedValue(q.trim(), 300);
  const list = useHouseholds({ unit, status, q: search || undefined, page, pageSize: PAGE_SIZE });
  // Any other filter starts again from page 1.
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ page: '', ...changes })) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <section className="page" aria-labelledby="households-title">
      <title>{`${t('households.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="households-title">{t('households.title')}</h1>
        <div className="form-actions">
          {canWrite ? (
            <>
              <Link to={`/households/new?unit=${encodeURIComponent(unit)}`} className="button button-primary">
                {t('households.create')}
              </Link>
              <Link to="/households/import" className="button">
                {t('households.importLink')}
              </Link>
            </>
          ) : null}
          {user.role === 'admin' ? (
            <Link to="/households/exports" className="button">
              {t('households.exportLogLink')}
            </Link>
          ) : null}
        </div>
      </div>
      <UnitFilter code={unit} onChange={(code) => update({ unit: code })} />
      <div role="search" className="field-row filters" aria-label={t('households.filters')}>
        <TextField label={t('households.search')} hint={t('households.searchHint')} type="search" value={q} onChange={(event) => update({ q: event.target.value })} />
        <SelectField
          label={t('households.status')}
          value={status ?? ''}
          options={[{ value: '', label: t('households.allStatuses') }, ...HOUSEHOLD_STATUSES.map((s) => ({ value: s, label: t(`households.statuses.${s}`) }))]}
          onChange={(event) => update({ status: event.target.value })}
        />
      </div>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <>
          {list.data.items.length === 0 ? <p className="muted">{t('households.empty')}</p> : <HouseholdsTable households={list.data.items} />}
          <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={(next) => update({ page: String(next) })} />
        </>
      ) : null}
      <HouseholdsExport unit={unit} status={status} />
    </section>
  );
}
