import { useTranslation } from 'react-i18next';
import { HOUSEHOLD_FACTS, indicatorIdsOf, indicatorLabelVi, movementKeysOf, movementLabelVi, type PovertyIndicatorRowDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatPercent } from '../../../lib/format';

/** Deprivation per indicator, the household facts the NTM criteria need, and the year's movements. */
export function IndicatorDetails({ row }: { row: PovertyIndicatorRowDto }) {
  const { t } = useTranslation();
  const { counts, rates } = row;
  const movements = movementKeysOf(counts.movements);
  return (
    <>
      <h2>{t('indicators.deprivation')}</h2>
      <DataTable caption={t('indicators.deprivation')} headers={[t('indicators.indicator'), t('indicators.deprived'), t('indicators.rate')]}>
        {indicatorIdsOf(counts).map((id) => (
          <tr key={id}>
            <th scope="row">{indicatorLabelVi(id)}</th>
            <td>{counts.deprived[id] ?? 0}</td>
            <td>{formatPercent(rates.deprivation[id])}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{t('indicators.facts')}</h2>
      <DataTable caption={t('indicators.facts')} headers={[t('indicators.fact'), t('indicators.factYes'), t('indicators.rate')]}>
        {HOUSEHOLD_FACTS.map((fact) => (
          <tr key={fact}>
            <th scope="row">{t(`indicators.factLabels.${fact}`)}</th>
            <td>{t('indicators.ofKnown', { yes: counts.facts[fact].yes, known: counts.facts[fact].known })}</td>
            <td>{formatPercent(rates.facts[fact])}</td>
          </tr>
        ))}
      </DataTable>
      <h2>{t('indicators.movements')}</h2>
      {movements.length === 0 ? (
        <p className="muted">{t('indicators.noMovements')}</p>
      ) : (
        <DataTable caption={t('indicators.movements')} headers={[t('indicators.movement'), t('indicators.householdsColumn')]}>
          {movements.map((movement) => (
            <tr key={movement}>
              <th scope="row">{movementLabelVi(movement)}</th>
              <td>{counts.movements[movement]}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
