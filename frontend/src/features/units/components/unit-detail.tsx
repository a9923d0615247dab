import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_CHILD_TYPES } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { useUnit } from '../../../components/units/use-unit';
import { UnitAttributes } from './unit-attributes';
import { UnitCreateVillageForm } from './unit-create-village-form';
import { UnitEditForm } from './unit-edit-form';

type Mode = 'view' | 'edit' | 'add-village';

type UnitDetailProps = { code: string; scopeCode: string; onSelect: (code: string) => void };

/** Breadcrumb, attributes and the admin forms of one unit. Remount (key) it per unit. */
export function UnitDetail({ code, scopeCode, onSelect }: UnitDetailProps) {
  const { t } = useTranslation();
  const query = useUnit(code);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string | null>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const unit = query.data;
  const canAddVillage = ALLOWED_CHILD_TYPES[unit.type].includes('village');
  // Ancestors above the user's own unit are outside their scope: shown, but not openable.
  const scopeIndex = unit.ancestors.findIndex((ancestor) => ancestor.code === scopeCode);
  const firstInScope = unit.code === scopeCode ? unit.ancestors.length : Math.max(0, scopeIndex);

  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };
  const done = (message: string) => {
    setMode('view');
    setNotice(message);
  };

  return (
    <article className="unit-detail" aria-labelledby="unit-detail-title">
      {unit.ancestors.length > 0 ? (
        <nav aria-label={t('units.breadcrumb')}>
          <ol className="breadcrumb">
            {unit.ancestors.map((ancestor, index) => (
              <li key={ancestor.code}>
                {index < firstInScope ? (
                  ancestor.name
                ) : (
                  <button type="button" className="link-button" onClick={() => onSelect(ancestor.code)}>
                    {ancestor.name}
                  </button>
                )}
              </li>
            ))}
            <li aria-current="page">{unit.name}</li>
          </ol>
        </nav>
      ) : null}
      <h2 id="unit-detail-title">{unit.fullName || unit.name}</h2>
      <Notice>{notice}</Notice>
      <UnitAttributes unit={unit} />
      {mode === 'view' ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => open('edit')}>
            {t('units.edit')}
          </button>
          {canAddVillage ? (
            <button type="button" className="button" onClick={() => open('add-village')}>
              {t('units.addVillage')}
            </button>
          ) : null}
        </div>
      ) : null}
      {mode === 'edit' ? (
        <UnitEditForm unit={unit} onCancel={() => setMode('view')} onSaved={() => done(t('common.saved'))} />
      ) : null}
      {mode === 'add-village' ? (
        <UnitCreateVillageForm
          parent={unit}
          onCancel={() => setMode('view')}
          onCreated={(name) => done(t('units.villageCreated', { name }))}
        />
      ) : null}
    </article>
  );
}
