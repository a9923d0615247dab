/** Life of one response: `draft → submitted → approved | returned → resubmitted → …`. */
export const RESPONSE_STATUSES = ['draft', 'submitted', 'returned', 'resubmitted', 'approved'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const RESPONSE_STATUS_LABELS_VI: Readonly<Record<ResponseStatus, string>> = {
  draft: 'Bản nháp',
  submitted: 'Đã nộp',
  returned: 'Bị trả lại',
  resubmitted: 'Đã nộp lại',
  approved: 'Đã duyệt',
};

/** What a client may ask for when it saves (the PUT body's `status`). */
export const SAVE_STATUSES = ['draft', 'submitted'] as const;
export type SaveStatus = (typeof SAVE_STATUSES)[number];

export const REVIEW_ACTIONS = ['approve', 'return', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];
export const RESPONSE_ACTIONS = ['save_draft', 'submit', ...REVIEW_ACTIONS] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

/** Responses waiting for the supervisor. */
export const AWAITING_REVIEW: readonly ResponseStatus[] = ['submitted', 'resubmitted'];

/** Statuses whose answers the enumerator may still change. */
export function isEditable(status: ResponseStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/**
 * The status after `action`, or null when it is illegal. A returned form being fixed stays
 * "returned" while it is saved as a draft, so it stays on the enumerator's to-fix list; review
 * actions exist only where the campaign kind is reviewed; only an approved form can be reopened.
 */
export function nextResponseStatus(current: ResponseStatus | null, action: ResponseAction, reviewed: boolean): ResponseStatus | null {
  switch (action) {
    case 'save_draft':
      if (current === null || current === 'draft') return 'draft';
      return current === 'returned' ? 'returned' : null;
    case 'submit':
      if (current === null || current === 'draft') return 'submitted';
      return current === 'returned' ? 'resubmitted' : null;
    case 'approve':
      return reviewed && current !== null && AWAITING_REVIEW.includes(current) ? 'approved' : null;
    case 'return':
      return reviewed && current !== null && AWAITING_REVIEW.includes(current) ? 'returned' : null;
    case 'reopen':
      return reviewed && current === 'approved' ? 'returned' : null;
    default: {
      const unhandled: never = action;
      throw new Error(`Unknown response action ${String(unhandled)}`);
    }
  }
}

export function actionOfSave(status: SaveStatus): ResponseAction {
  return status === 'draft' ? 'save_draft' : 'submit';
}
