import type { CriteriaDashboard, GridRow } from '@ntm/shared';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { StateLegend, StateMark } from './state-mark';

type Sort = 'name' | 'metDesc' | 'metAsc';

function arrange(rows: GridRow[], filter: string, sort: Sort): GridRow[] {
  const needle = filter.trim().toLocaleLowerCase('vi');
  const shown = needle ? rows.filter((row) => row.unit.name.toLocaleLowerCase('vi').includes(needle)) : [...rows];
  const byName = (a: GridRow, b: GridRow) => a.unit.name.localeCompare(b.unit.name, 'vi');
  if (sort === 'name') return shown.sort(byName);
  const sign = sort === 'metDesc' ? -1 : 1;
  return shown.sort((a, b) => sign * (a.met - b.met) || byName(a, b));
}

type Props = { dashboard: CriteriaDashboard; search: string };

/** Communes × criteria: the first column and the header stay in view while scrolling either way. */
export function CriteriaGrid({ dashboard, search }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>('metDesc');
  const rows = arrange(dashboard.grid, useDeferredValue(filter), sort);
  return (
    <section className="page-section" aria-labelledby={captionId}>
      <h2 id={captionId}>{t('criteria.grid.title', { context: dashboard.set.unitLevel })}</h2>
      <div className="field-row filters">
        <TextField label={t('criteria.grid.filter')} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <SelectField
          label={t('criteria.grid.sort')}
          value={sort}
          onChange={(event) => setSort(event.target.value as Sort)}
          options={[
            { value: 'metDesc', label: t('criteria.grid.sortMetDesc') },
            { value: 'metAsc', label: t('criteria.grid.sortMetAsc') },
            { value: 'name', label: t('criteria.grid.sortName') },
          ]}
        />
      </div>
      <StateLegend />
      <p className="muted small">{t('criteria.grid.count', { shown: rows.length, total: dashboard.grid.length })}</p>
      <div className="table-wrap crit-grid-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="crit-grid">
          <thead>
            <tr>
              <th scope="col">{t('criteria.grid.unit')}</th>
              <th scope="col">{t('criteria.grid.met')}</th>
              {dashboard.criteria.map((criterion) => (
                <th key={criterion.number} scope="col" title={criterion.name} aria-label={t('criteria.grid.criterion', criterion)}>
                  {criterion.number}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.code}>
                <th scope="row">
                  <Link to={`/criteria/units/${encodeURIComponent(row.unit.code)}${search}`}>{row.unit.name}</Link>
                  {row.readyForRecognition ? <span className="badge badge-on crit-ready">{t('criteria.grid.ready')}</span> : null}
                </th>
                <td className="crit-count">
                  {row.met}/{row.total}
                </td>
                {row.states.map((state, index) => {
                  const number = dashboard.criteria[index]?.number ?? index + 1;
                  return (
                    <td key={number} className="crit-cell">
                      <StateMark state={state} label={t('criteria.grid.cell', { unit: row.unit.name, number, state: t(`criteria.states.${state}`) })} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p>{t('criteria.grid.empty')}</p> : null}
    </section>
  );
}
