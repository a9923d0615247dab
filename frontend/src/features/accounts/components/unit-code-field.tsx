import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useUnitOptions } from '../hooks/use-accounts';

type Props = { value: string; onChange: (code: string) => void; error?: string };

/** A unit code input with a helper that finds units by name (diacritics-insensitive). */
export function UnitCodeField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const term = useDebouncedValue(text, 300);
  const options = useUnitOptions(term);
  const items = term.trim().length >= 2 ? (options.data?.items ?? []) : [];

  return (
    <div className="unit-code-field">
      <TextField
        label={t('accounts.unitCode')}
        required
        value={value}
        error={error}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      <details className="unit-finder">
        <summary>{t('accounts.findUnit')}</summary>
        <label htmlFor={id}>{t('units.searchLabel')}</label>
        <input id={id} type="search" value={text} autoComplete="off" onChange={(event) => setText(event.target.value)} />
        {options.isFetching ? <p className="field-hint">{t('app.loading')}</p> : null}
        {items.length > 0 ? (
          <ul className="search-results" aria-label={t('units.searchResults')}>
            {items.map((unit) => (
              <li key={unit.code}>
                <button
                  type="button"
                  className="search-result"
                  aria-pressed={unit.code === value}
                  onClick={() => onChange(unit.code)}
                >
                  <span className="tree-name">{unit.fullName || unit.name}</span>
                  <span className="tree-meta">
                    {t(`unitType.${unit.type}`)} · {unit.code}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </details>
    </div>
  );
}
