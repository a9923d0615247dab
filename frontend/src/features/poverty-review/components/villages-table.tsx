import { useTranslation } from 'react-i18next';
import type { VillageReviewSummary } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { formatDate } from '../../../lib/format';
import { StageBadge } from './stage-badge';

const COLUMNS = ['village', 'stage', 'listed', 'submitted', 'approved', 'incomplete', 'complaints', 'postingEnds', 'actions'] as const;

type Props = { villages: VillageReviewSummary[]; selected: string; onSelect: (villageCode: string) => void };

/** Each village of the commune: where it stands and how far its forms have got. */
export function VillagesTable({ villages, selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable caption={t('povertyReview.villages.caption')} headers={COLUMNS.map((key) => t(`povertyReview.villages.${key}`))}>
      {villages.map(({ village, stage, progress, openComplaints, postingEndsOn }) => (
        <tr key={village.code} aria-current={village.code === selected ? 'true' : undefined}>
          <th scope="row">{village.name}</th>
          <td>
            <StageBadge stage={stage} />
          </td>
          <td>{progress.listed}</td>
          <td>{progress.submitted}</td>
          <td>{progress.approved}</td>
          <td className={progress.incomplete > 0 ? 'text-warning' : undefined}>{progress.incomplete}</td>
          <td className={openComplaints > 0 ? 'text-warning' : undefined}>{openComplaints}</td>
          <td>{formatDate(postingEndsOn) ?? '—'}</td>
          <td>
            <button
              type="button"
              className="button button-small"
              aria-label={t('povertyReview.villages.openFor', { name: village.name })}
              aria-pressed={village.code === selected}
              onClick={() => onSelect(village.code === selected ? '' : village.code)}
            >
              {village.code === selected ? t('povertyReview.villages.close') : t('povertyReview.villages.open')}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
