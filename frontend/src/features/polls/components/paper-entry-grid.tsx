import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOT_SATISFIED, type PollAnswer, type PollItem, PROPOSALS_FIELD, SATISFIED } from '@ntm/shared';

type Props = { items: PollItem[]; formNumber: number; onSave: (answers: Record<string, unknown>) => void; onUndo: () => void };

const KEY_ANSWERS: Record<string, PollAnswer | null> = { '1': SATISFIED, '2': NOT_SATISFIED, '0': null, ' ': null };
const isUndo = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z';

/** One paper form as a row of cells keyed with 1 / 2 / 0; Enter saves it and starts the next. */
export function PaperEntryGrid({ items, formNumber, onSave, onUndo }: Props) {
  const { t } = useTranslation();
  const [cells, setCells] = useState<(PollAnswer | null)[]>(() => items.map(() => null));
  const [cursor, setCursor] = useState(0);
  const [proposals, setProposals] = useState('');
  const grid = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (cursor === items.length ? input.current : grid.current)?.focus();
  }, [cursor, items.length]);

  const save = () => {
    const answers: Record<string, unknown> = {};
    items.forEach((item, i) => {
      if (cells[i]) answers[item.name] = cells[i];
    });
    if (proposals.trim()) answers[PROPOSALS_FIELD] = proposals.trim();
    onSave(answers);
    setCells(items.map(() => null));
    setProposals('');
    setCursor(0);
    grid.current?.focus();
  };

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isUndo(event)) return handled(event, onUndo);
    if (event.key in KEY_ANSWERS) {
      return handled(event, () => {
        setCells((now) => now.map((value, i) => (i === cursor ? KEY_ANSWERS[event.key]! : value)));
        setCursor((c) => Math.min(c + 1, items.length));
      });
    }
    if (event.key === 'Enter') return handled(event, save);
    if (event.key === 'Backspace' || event.key === 'ArrowLeft') {
      return handled(event, () => {
        const back = Math.max(cursor - 1, 0);
        if (event.key === 'Backspace') setCells((now) => now.map((value, i) => (i === back ? null : value)));
        setCursor(back);
      });
    }
    if (event.key === 'ArrowRight') handled(event, () => setCursor((c) => Math.min(c + 1, items.length)));
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') handled(event, save);
    else if (proposals === '' && (event.key === 'Backspace' || isUndo(event))) handled(event, () => (isUndo(event) ? onUndo() : setCursor(items.length - 1)));
  };

  return (
    <div className="entry-form">
      <div ref={grid} className="entry-grid" role="grid" tabIndex={0} aria-label={t('polls.entry.row', { n: formNumber })} onKeyDown={onGridKey}>
        <div role="row" className="entry-row">
          {items.map((item, i) => (
            <div
              key={item.name}
              role="gridcell"
              aria-selected={i === cursor}
              aria-label={`${item.title}: ${cells[i] ? t(cells[i] === SATISFIED ? 'polls.results.satisfied' : 'polls.results.notSatisfied') : t('polls.entry.blank')}`}
              className={`entry-cell${i === cursor ? ' entry-cursor' : ''}`}
              title={item.title}
              onClick={() => setCursor(i)}
            >
              <span className="entry-cell-label">{item.number ?? 'C'}</span>
              <span className="entry-cell-value">{cells[i] === SATISFIED ? '1' : cells[i] === NOT_SATISFIED ? '2' : '·'}</span>
            </div>
          ))}
        </div>
      </div>
      <label className="field">
        <span className="field-label">{t('polls.entry.proposals')}</span>
        <input ref={input} value={proposals} maxLength={2000} onChange={(e) => setProposals(e.target.value)} onKeyDown={onInputKey} onFocus={() => setCursor(items.length)} />
      </label>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={save}>
          {t('polls.entry.save')}
        </button>
        <button type="button" className="button" onClick={onUndo}>
          {t('polls.entry.undo')}
        </button>
      </div>
    </div>
  );
}

function handled(event: KeyboardEvent, action: () => void): void {
  event.preventDefault();
  action();
}
