import type { TargetDto } from '@ntm/shared';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/ui/data-table';
import { formatDecimal } from '../../../lib/format';
import { latestActual } from './target-actual';

type Props = { targets: TargetDto[]; onEdit?: (target: TargetDto) => void; onDelete?: (target: TargetDto) => void };

/** Each target with its actual beside it (the latest year computed) and the trend per year. */
export function TargetsTable({ targets, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const headers = [
    t('criteria.targets.label'),
    t('criteria.targets.metric'),
    `${t('criteria.targets.fromYear')}–${t('criteria.targets.toYear')}`,
    t('criteria.targets.baseline'),
    t('criteria.targets.target'),
    t('criteria.charts.actual'),
    t('criteria.charts.trend'),
  ];
  return (
    <DataTable caption={t('criteria.targets.title')} headers={onEdit ? [...headers, ''] : headers}>
      {targets.map((target) => {
        const latest = latestActual(target);
        return (
          <tr key={target.id}>
            <th scope="row">{target.label}</th>
            <td>
              {t(`criteria.targets.metrics.${target.metric}`)}
              {target.parameter ? ` (${target.parameter})` : ''}
            </td>
            <td>
              {target.fromYear}–{target.toYear}
            </td>
            <td>{formatDecimal(target.baseline)}</td>
            <td>
              {formatDecimal(target.target)}
              {target.outOf !== null ? ` ${t('criteria.targets.outOf', { count: target.outOf })}` : ''}
            </td>
            <td>{latest ? `${formatDecimal(latest.value)} (${latest.year})` : '—'}</td>
            <td className="small">{target.actual.map((point) => `${point.year}: ${formatDecimal(point.value)}`).join(' · ')}</td>
            {onEdit ? (
              <td>
                <button type="button" className="button button-small" onClick={() => onEdit(target)} aria-label={`${t('criteria.targets.edit')}: ${target.label}`}>
                  {t('criteria.targets.edit')}
                </button>
                {onDelete ? (
                  <button type="button" className="button button-small" onClick={() => onDelete(target)} aria-label={`${t('criteria.targets.delete')}: ${target.label}`}>
                    {t('criteria.targets.delete')}
                  </button>
                ) : null}
              </td>
            ) : null}
          </tr>
        );
      })}
    </DataTable>
  );
}
