import { useTranslation } from 'react-i18next';
import { RECOGNITION_LISTS, type RecognitionList, type RecognitionListRow } from '@ntm/shared';
import { useRecognitionList } from '../api/list-rows';
import { communePath } from '../api/review-keys';
import { useClassLabel } from '../hooks/use-class-label';
import { deprivedColumn, leadColumns, ListRowsTable, money } from './list-rows-table';
import { ListsBlock } from './lists-block';

/** The lists the commune recognised: poor, near-poor, escaped, newly poor, fallen back… */
export function RecognitionListsSection({ campaignId, communeCode }: { campaignId: string; communeCode: string }) {
  const { t } = useTranslation();
  return (
    <ListsBlock title={t('povertyReview.recognition.lists')} level="h2" downloadPath={`${communePath(campaignId, communeCode)}/recognition-lists/xlsx`} lists={RECOGNITION_LISTS}>
      {(list) => <RecognisedTable key={list} campaignId={campaignId} communeCode={communeCode} list={list} />}
    </ListsBlock>
  );
}

function RecognisedTable({ campaignId, communeCode, list }: { campaignId: string; communeCode: string; list: RecognitionList }) {
  const { t } = useTranslation();
  const classOf = useClassLabel();
  return (
    <ListRowsTable<RecognitionListRow>
      caption={t(`povertyReview.lists.${list}`)}
      usePage={(page) => useRecognitionList(campaignId, communeCode, list, page)}
      columns={[
        ...leadColumns<RecognitionListRow>(),
        { key: 'village', cell: (row) => row.village.name },
        { key: 'memberCount', cell: (row) => row.memberCount },
        { key: 'previous', cell: (row) => classOf(row.previousClass) },
        { key: 'current', cell: (row) => classOf(row.povertyClass) },
        { key: 'movement', cell: (row) => (row.movement ? t(`povertyReview.movements.${row.movement}`) : '—') },
        deprivedColumn<RecognitionListRow>(),
        { key: 'income', cell: (row) => money(row.incomePerMonth) },
      ]}
    />
  );
}
