import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useUser } from '../../../lib/session';
import { UnitDetail } from './unit-detail';
import { UnitSearch } from './unit-search';
import { UnitTree } from './unit-tree';

const NARROW = '(max-width: 52rem)';

/** Units admin: search and tree on one side, the selected unit (?unit=CODE) on the other. */
export function UnitsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const selectedCode = params.get('unit');

  const select = useCallback(
    (code: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('unit', code);
          return next;
        },
        { preventScrollReset: true },
      );
      // On narrow screens the detail sits below the tree: bring it into view.
      if (window.matchMedia(NARROW).matches) {
        requestAnimationFrame(() => document.getElementById('unit-detail')?.focus());
      }
    },
    [setParams],
  );

  return (
    <section className="page" aria-labelledby="units-title">
      <title>{`${t('units.title')} · ${t('app.name')}`}</title>
      <div className="page-heading">
        <h1 id="units-title">{t('units.title')}</h1>
        <Link className="button" to="/units/import">
          {t('import.link')}
        </Link>
      </div>
      <div className="units-layout">
        <div className="units-browse">
          <UnitSearch onSelect={select} />
          <h2 className="visually-hidden">{t('units.treeLabel')}</h2>
          <UnitTree rootCode={user.unitCode} selectedCode={selectedCode} onSelect={select} />
        </div>
        <section id="unit-detail" className="units-detail card" tabIndex={-1} aria-label={t('units.detailTitle')}>
          {selectedCode ? (
            <UnitDetail key={selectedCode} code={selectedCode} scopeCode={user.unitCode} onSelect={select} />
          ) : (
            <p className="muted">{t('units.selectPrompt')}</p>
          )}
        </section>
      </div>
    </section>
  );
}
