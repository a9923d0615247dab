import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDto } from '@ntm/shared';
import { formatDate } from '../../../lib/format';

export function UnitAttributes({ unit }: { unit: UnitDto }) {
  const { t } = useTranslation();
  const notSet = <span className="muted">{t('common.notSet')}</span>;
  const or = (value: ReactNode | null) => value ?? notSet;

  const rows: [string, ReactNode][] = [
    [t('units.code'), unit.code],
    [t('units.name'), unit.name],
    [t('units.type'), t(`unitType.${unit.type}`)],
    [t('units.ntmRegion'), or(unit.ntmRegion ? t(`region.${unit.ntmRegion}`) : null)],
    [t('units.communeGroup'), or(unit.communeGroup ? t('units.communeGroupValue', { group: unit.communeGroup }) : null)],
    [t('units.ruralUrban'), or(unit.isRural === null ? null : unit.isRural ? t('units.rural') : t('units.urban'))],
    [t('units.particularlyDifficult'), unit.particularlyDifficult ? t('common.yes') : t('common.no')],
    [t('units.effectiveFrom'), or(formatDate(unit.effectiveFrom))],
    [t('units.effectiveTo'), or(formatDate(unit.effectiveTo))],
    [t('units.successor'), or(unit.successorCode)],
    [t('units.children'), unit.childCount],
  ];

  return (
    <dl className="attributes">
      {rows.map(([term, value]) => (
        <div key={term} className="attribute">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
