import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOGNITION_LISTS, type RecognitionList, type RecognitionListRow } from '@ntm/shared';
import { useRecognitionList } from '../api/list-rows';
import { communePath } from '../api/review-keys';
import { DownloadButton } from './download-button';
import { ListRowsTable, money } from './list-rows-table';
import { ListTabs } from './list-tabs';

/** The lists the commune recognised: poor, near-poor, escaped, newly poor, fallen back… */
export function RecognitionListsSection({ campaignId, communeCode }: { campaignId: string; communeCode: string }) {
  const { t } = useTranslation();
  return (
    <section className="page-section" aria-labelledby="recognition-lists-title">
      <div className="page-heading">
        <h2 id="recognition-lists-title">{t('povertyReview.recognition.lists')}</h2>
        <DownloadButton path={`${communePath(campaignId, communeCode)}/recognition-lists/xlsx`} />
      </div>
      <ListTabs label={t('povertyReview.recognition.lists')} lists={RECOGNITION_LISTS} title={(list) => t(`povertyReview.lists.${list}`)}>
        {(list) => <RecognisedTable key={list} campaignId={campaignId} communeCode={communeCode} list={list} />}
      </ListTabs>
    </section>
  );
}

function RecognisedTable({ campaignId, communeCode, list }: { campaignId: string; communeCode: string; list: RecognitionList }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useRecognitionList(campaignId, communeCode, list, page);
  const classOf = (value: string | null) => (value ? t(`povertyReview.classes.${value as 'poor'}`) : '—');
  return (
    <ListRowsTable<RecognitionListRow>
      caption={t(`povertyReview.lists.${list}`)}
      query={query}
      onPage={setPage}
      columns={[
        { key: 'rank', cell: (row) => row.rank },
        { key: 'code', cell: (row) => row.household.code },
        { key: 'head', cell: (row) => row.household.headName },
        { key: 'village', cell: (row) => row.village.name },
        { key: 'memberCount', cell: (row) => row.memberCount },
        { key: 'previous', cell: (row) => classOf(row.previousClass) },
        { key: 'current', cell: (row) => classOf(row.povertyClass) },
        { key: 'movement', cell: (row) => (row.movement ? t(`povertyReview.movements.${row.movement}`) : '—') },
        { key: 'income', cell: (row) => money(row.incomePerMonth) },
      ]}
    />
  );
}
