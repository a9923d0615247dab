import type { IndicatorTrace, ValueSource } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { formatDecimal } from '../../../lib/format';
import { formatCriteriaValue } from './criteria-format';
import { campaignHref } from './trace-links';

type Props = { trace: IndicatorTrace; source: Extract<ValueSource, { kind: 'campaign' }>; unit: string };

/** The campaign's figure in each village, down to the list of its responses. */
export function TraceVillages({ trace, source, unit }: Props) {
  const { t } = useTranslation();
  const words = { yes: t('criteria.yes'), no: t('criteria.no') };
  if (trace.villages.length === 0) return <p className="muted">{t('criteria.trace.noVillages')}</p>;
  return (
    <DataTable
      caption={t('criteria.trace.villages')}
      headers={[t('criteria.trace.village'), t('criteria.indicator.value'), t('criteria.trace.numerator'), t('criteria.trace.denominator'), t('criteria.trace.responses')]}
    >
      {trace.villages.map((village) => (
        <tr key={village.unit.code}>
          <th scope="row">
            <Link to={campaignHref(source, village.unit.code)}>{village.unit.name}</Link>
          </th>
          <td>{formatCriteriaValue(village.value, unit, words)}</td>
          <td>{formatDecimal(village.numerator)}</td>
          <td>{formatDecimal(village.denominator)}</td>
          <td>
            <Link to={village.responsesUrl} aria-label={`${t('criteria.trace.responses')}: ${village.unit.name}`}>
              {t('criteria.trace.responses')}
            </Link>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
