import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page, PostedList, PostedListRow, RecognitionList, RecognitionListRow } from '@ntm/shared';
import { apiRequest } from '../../../lib/api-client';
import { communePath, REVIEW_PAGE_SIZE, reviewKeys, villagePath } from './review-keys';

/** A page of a village's posted list (poor or near-poor). */
export function usePostedList(campaignId: string, villageCode: string, list: PostedList, page: number) {
  return useQuery({
    queryKey: reviewKeys.posted(campaignId, villageCode, list, page),
    queryFn: ({ signal }) =>
      apiRequest<Page<PostedListRow>>(`${villagePath(campaignId, villageCode)}/posted-lists`, { query: { list, page, pageSize: REVIEW_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A page of one of the commune's recognition lists. */
export function useRecognitionList(campaignId: string, communeCode: string, list: RecognitionList, page: number) {
  return useQuery({
    queryKey: reviewKeys.recognised(campaignId, communeCode, list, page),
    queryFn: ({ signal }) =>
      apiRequest<Page<RecognitionListRow>>(`${communePath(campaignId, communeCode)}/recognition-lists`, { query: { list, page, pageSize: REVIEW_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}
