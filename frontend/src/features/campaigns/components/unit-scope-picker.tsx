import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRef, UnitType } from '@ntm/shared';
import { SelectField } from '../../../components/ui/select-field';
import { MIN_UNIT_SEARCH, useUnitOptions } from '../api/search-units';
import { useSearchText } from '../hooks/use-search-text';
import { SearchPicker } from './search-picker';

/** A campaign covers whole communes (or wards, special zones) or whole provinces. */
const SCOPE_TYPES: readonly UnitType[] = ['commune', 'ward', 'special_zone', 'province'];

type Props = { units: UnitRef[]; onChange: (units: UnitRef[]) => void; error?: string };

export function UnitScopePicker({ units, onChange, error }: Props) {
  const { t } = useTranslation();
  const [type, setType] = useState<UnitType>('commune');
  const search = useSearchText();
  const active = search.term.length >= MIN_UNIT_SEARCH;
  const query = useUnitOptions(type, search.term);
  const chosen = new Set(units.map((unit) => unit.code));
  const found = active ? (query.data?.items ?? []).filter((unit) => !chosen.has(unit.code)) : [];

  const add = (code: string) => {
    const unit = found.find((item) => item.code === code);
    if (unit) onChange([...units, { code: unit.code, name: unit.fullName || unit.name, type: unit.type }]);
  };

  return (
    <fieldset className="form-wide scope-picker" aria-describedby={error ? 'scope-error' : undefined}>
      <legend>{t('campaigns.scope')}</legend>
      {units.length === 0 ? (
        <p className="muted">{t('campaigns.noUnits')}</p>
      ) : (
        <ul className="chips" aria-label={t('campaigns.chosenUnits')}>
          {units.map((unit) => (
            <li key={unit.code} className="chip">
              <span>
                {unit.name} <span className="muted">({t(`unitType.${unit.type}`)})</span>
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('campaigns.removeUnit', { name: unit.name })}
                onClick={() => onChange(units.filter((item) => item.code !== unit.code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id="scope-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <SelectField
        label={t('campaigns.unitType')}
        value={type}
        options={SCOPE_TYPES.map((value) => ({ value, label: t(`unitType.${value}`) }))}
        onChange={(event) => setType(event.target.value as UnitType)}
      />
      <SearchPicker
        label={t('campaigns.findUnit')}
        status={active ? t('campaigns.found', { count: found.length }) : t('units.searchHint', { min: MIN_UNIT_SEARCH })}
        text={search.text}
        onTextChange={search.setText}
        options={found.map((unit) => ({
          value: unit.code,
          label: unit.fullName || unit.name,
          meta: `${t(`unitType.${unit.type}`)} · ${unit.code}`,
        }))}
        isFetching={query.isFetching}
        queryError={active ? query.error : null}
        onPick={add}
      />
    </fieldset>
  );
}
