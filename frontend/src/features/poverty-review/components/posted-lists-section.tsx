import { useTranslation } from 'react-i18next';
import { POSTED_LISTS, type PostedList, type PostedListRow } from '@ntm/shared';
import { usePostedList } from '../api/list-rows';
import { villagePath } from '../api/review-keys';
import { deprivedColumn, leadColumns, ListRowsTable, money } from './list-rows-table';
import { ListsBlock } from './lists-block';

/** The poor and near-poor lists posted in the village, as shown on the notice board. */
export function PostedListsSection({ campaignId, villageCode }: { campaignId: string; villageCode: string }) {
  const { t } = useTranslation();
  return (
    <ListsBlock title={t('povertyReview.posted.title')} level="h3" downloadPath={`${villagePath(campaignId, villageCode)}/posted-lists/xlsx`} lists={POSTED_LISTS}>
      {(list) => <PostedTable key={list} campaignId={campaignId} villageCode={villageCode} list={list} />}
    </ListsBlock>
  );
}

function PostedTable({ campaignId, villageCode, list }: { campaignId: string; villageCode: string; list: PostedList }) {
  const { t } = useTranslation();
  return (
    <ListRowsTable<PostedListRow>
      caption={t(`povertyReview.lists.${list}`)}
      usePage={(page) => usePostedList(campaignId, villageCode, list, page)}
      columns={[
        ...leadColumns<PostedListRow>(),
        { key: 'members', cell: (row) => row.members.join(', ') },
        deprivedColumn<PostedListRow>(),
        { key: 'income', cell: (row) => money(row.incomePerMonth) },
      ]}
    />
  );
}
