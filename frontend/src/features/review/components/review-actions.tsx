import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AWAITING_REVIEW, type ResponseDto, type ReviewAction } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FieldShell } from '../../../components/ui/field-shell';
import { Notice } from '../../../components/ui/notice';
import { useUser } from '../../../lib/session';
import { useReviewResponse, type ReviewCall } from '../api/review-response';

function toCall(action: ReviewAction, text: string): ReviewCall {
  switch (action) {
    case 'approve':
      return { action, body: { comment: text || undefined } };
    case 'return':
      return { action, body: { comment: text } };
    case 'reopen':
      return { action, body: { reason: text } };
    default: {
      const unhandled: never = action;
      throw new Error(`Unknown review action ${String(unhandled)}`);
    }
  }
}

/** Approve or return a waiting response; an admin may reopen an approved one. Returning and
 * reopening need a text, which the enumerator will read. */
export function ReviewActions({ response }: { response: ResponseDto }) {
  const { t } = useTranslation();
  const user = useUser();
  const review = useReviewResponse(response.campaignId, response.id);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const awaiting = AWAITING_REVIEW.includes(response.status);
  const reopenable = user.role === 'admin' && response.status === 'approved';

  const run = (action: ReviewAction) => {
    const value = text.trim();
    const needsText = action !== 'approve' && !value;
    setMissing(needsText);
    if (needsText) {
      // On the field, a screen reader reads out its error.
      textRef.current?.focus();
      return;
    }
    setNotice(null);
    review.mutate(toCall(action, value), {
      onSuccess: () => {
        setText('');
        setNotice(t(`review.done.${action}`));
      },
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(awaiting ? 'return' : 'reopen');
  };

  return (
    <>
      <Notice>{notice}</Notice>
      {awaiting || reopenable ? (
        <form className="card review-actions" onSubmit={onSubmit} aria-labelledby="review-actions-title">
          <h2 id="review-actions-title">{awaiting ? t('review.decide') : t('review.reopenTitle')}</h2>
          <FieldShell
            label={awaiting ? t('review.comment') : t('review.reason')}
            hint={awaiting ? t('review.commentHint') : undefined}
            error={missing ? t(awaiting ? 'review.commentRequired' : 'review.reasonRequired') : undefined}
          >
            {(control) => <textarea {...control} ref={textRef} rows={3} value={text} onChange={(event) => setText(event.target.value)} />}
          </FieldShell>
          <ErrorAlert error={review.error} />
          <div className="form-actions">
            {awaiting ? (
              <button type="button" className="button button-primary" disabled={review.isPending} onClick={() => run('approve')}>
                {t('review.approve')}
              </button>
            ) : null}
            <button type="submit" className="button" disabled={review.isPending}>
              {awaiting ? t('review.return') : t('review.reopen')}
            </button>
          </div>
        </form>
      ) : null}
    </>
  );
}
