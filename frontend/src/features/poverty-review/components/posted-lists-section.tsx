import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POSTED_LISTS, type PostedList, type PostedListRow } from '@ntm/shared';
import { usePostedList } from '../api/list-rows';
import { villagePath } from '../api/review-keys';
import { DownloadButton } from './download-button';
import { ListRowsTable, money } from './list-rows-table';
import { ListTabs } from './list-tabs';

/** The poor and near-poor lists posted in the village, as shown on the notice board. */
export function PostedListsSection({ campaignId, villageCode }: { campaignId: string; villageCode: string }) {
  const { t } = useTranslation();
  return (
    <div className="page-section">
      <div className="page-heading">
        <h3>{t('povertyReview.posted.title')}</h3>
        <DownloadButton path={`${villagePath(campaignId, villageCode)}/posted-lists/xlsx`} />
      </div>
      <ListTabs label={t('povertyReview.posted.title')} lists={POSTED_LISTS} title={(list) => t(`povertyReview.lists.${list}`)}>
        {(list) => <PostedTable key={list} campaignId={campaignId} villageCode={villageCode} list={list} />}
      </ListTabs>
    </div>
  );
}

function PostedTable({ campaignId, villageCode, list }: { campaignId: string; villageCode: string; list: PostedList }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = usePostedList(campaignId, villageCode, list, page);
  return (
    <ListRowsTable<PostedListRow>
      caption={t(`povertyReview.lists.${list}`)}
      query={query}
      onPage={setPage}
      columns={[
        { key: 'rank', cell: (row) => row.rank },
        { key: 'code', cell: (row) => row.household.code },
        { key: 'head', cell: (row) => row.household.headName },
        { key: 'members', cell: (row) => row.members.join(', ') },
        { key: 'deprived', cell: (row) => row.deprived.join(', ') },
        { key: 'income', cell: (row) => money(row.incomePerMonth) },
      ]}
    />
  );
}
