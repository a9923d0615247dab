import type { UnitCriteriaPage } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The commune's villages, each leading to its own page (its village set, or its feed values). */
export function VillagesList({ villages, search }: { villages: UnitCriteriaPage['villages']; search: string }) {
  const { t } = useTranslation();
  if (villages.length === 0) return null;
  return (
    <section className="page-section" aria-labelledby="crit-villages-title">
      <h2 id="crit-villages-title">{t('criteria.unit.villages')}</h2>
      <ul className="crit-villages">
        {villages.map(({ unit, met, total }) => (
          <li key={unit.code}>
            <Link to={`/criteria/units/${encodeURIComponent(unit.code)}${search}`}>{unit.name}</Link>
            {met !== null && total !== null ? <span className="muted small"> · {t('criteria.unit.villageScore', { met, total })}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
