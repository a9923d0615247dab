import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/ui/select-field';
import { useUser } from '../../../lib/session';
import { useUnitLevel } from '../api/units';

type Props = { code: string; onChange: (code: string) => void };

/** Where in the tree the registry is shown: the path from the caller's own unit down to the unit
 * shown, and the units right under it to go further down. */
export function UnitFilter({ code, onChange }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const { unit, children } = useUnitLevel(code);
  if (!unit.data) return null;
  const path = [...unit.data.ancestors, unit.data];
  const visible = path.slice(Math.max(0, path.findIndex((u) => u.code === user.unitCode)));
  const below = children.data?.items ?? [];
  return (
    <div className="field-row filters">
      <nav aria-label={t('households.unitPath')}>
        <ol className="breadcrumb">
          {visible.map((u) => (
            <li key={u.code} aria-current={u.code === code ? 'page' : undefined}>
              {u.code === code ? (
                u.name
              ) : (
                <button type="button" className="link-button" onClick={() => onChange(u.code)}>
                  {u.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {below.length > 0 ? (
        <SelectField
          label={t('households.childUnit')}
          value=""
          options={[{ value: '', label: t('households.allChildren') }, ...below.map((u) => ({ value: u.code, label: u.name }))]}
          onChange={(event) => event.target.value && onChange(event.target.value)}
        />
      ) : null}
    </div>
  );
}
