import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { MIN_SEARCH_LENGTH, useUnitSearch } from '../hooks/use-unit-search';

/** Search box over all units in scope; the server ignores diacritics ("lao cai" finds "Lào Cai"). */
export function UnitSearch({ onSelect }: { onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const term = useDebouncedValue(text.trim(), 300);
  const search = useUnitSearch(term);
  const active = term.length >= MIN_SEARCH_LENGTH;
  const page = search.data;

  return (
    <div role="search" className="unit-search">
      <label htmlFor={id}>{t('units.searchLabel')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('units.searchPlaceholder')}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-status`}
      />
      <p id={`${id}-status`} className="field-hint" aria-live="polite">
        {!active
          ? t('units.searchHint', { min: MIN_SEARCH_LENGTH })
          : search.isFetching
            ? t('app.loading')
            : page
              ? page.total > page.items.length
                ? t('units.searchMore', { shown: page.items.length, total: page.total })
                : t('units.searchCount', { count: page.total })
              : null}
      </p>
      {active && search.isError ? <ErrorAlert error={search.error} /> : null}
      {active && page && page.items.length > 0 ? (
        <ul className="search-results" aria-label={t('units.searchResults')}>
          {page.items.map((unit) => (
            <li key={unit.code}>
              <button type="button" className="search-result" onClick={() => onSelect(unit.code)}>
                <span className="tree-name">{unit.fullName || unit.name}</span>
                <span className="tree-meta">
                  {t(`unitType.${unit.type}`)} · {t('units.code')} {unit.code}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
