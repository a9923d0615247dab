import { useTranslation } from 'react-i18next';
import { type PollBatchDto, type PollDetail, type PollVillageDto, SATISFIED } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { type QueuedForm, useSaveQueue } from '../hooks/use-save-queue';
import { PaperEntryGrid } from './paper-entry-grid';

type Props = { poll: PollDetail; batch: PollBatchDto; village: PollVillageDto; onFinish: () => void };
const RECENT = 8;

/** Keying one batch: the grid, the running count of the village, and the forms still being saved. */
export function PaperBatchEntry({ poll, batch, village, onFinish }: Props) {
  const { t } = useTranslation();
  const { forms, tally, add, undoLast, retry } = useSaveQueue(poll.campaign.id, batch.id, village);
  const pending = forms.filter((f) => f.state === 'pending' || f.state === 'undoing').length;
  const failed = forms.filter((f) => f.state === 'failed');

  return (
    <div>
      <div className="entry-status" aria-live="polite">
        <strong>{batch.village.name}</strong> · {t('polls.entry.batch', { label: batch.label })} ·{' '}
        <span data-testid="entry-count">
          {tally.households === null ? t('polls.entry.countUnknown', { returned: tally.returned }) : t('polls.entry.count', { returned: tally.returned, households: tally.households })}
        </span>
        {pending ? <span className="muted"> · {t('polls.entry.pending', { count: pending })}</span> : null}
      </div>
      <p className="muted small">{t('polls.entry.keys')}</p>
      <PaperEntryGrid items={poll.items} formNumber={forms.length + 1} onSave={add} onUndo={undoLast} />
      {failed.length ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('polls.entry.failed', { count: failed.length })}</p>
          {failed.map((form) => (
            <div key={form.id}>
              <ErrorAlert error={form.error} />
              <button type="button" className="button button-small" onClick={() => retry(form.id)}>
                {t('polls.entry.retry')} #{form.n}
              </button>
            </div>
          ))}
        </div>
      ) : null}
      <h2>{t('polls.entry.recent')}</h2>
      <ol className="entry-recent" reversed>
        {forms.slice(-RECENT).reverse().map((form) => (
          <li key={form.id} value={form.n}>
            <code>{pattern(poll, form)}</code> <span className="muted">{t(`polls.entry.${form.state === 'saved' ? 'saved' : form.state === 'failed' ? 'error' : 'saving'}`)}</span>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={onFinish}>
        {t('polls.entry.finish')}
      </button>
    </div>
  );
}

/** "1 1 2 · 1 …": the form as keyed. */
function pattern(poll: PollDetail, form: QueuedForm): string {
  return poll.items.map((item) => (form.answers[item.name] === undefined ? '·' : form.answers[item.name] === SATISFIED ? '1' : '2')).join(' ');
}
