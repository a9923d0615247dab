import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PollFormSaved } from '@ntm/shared';
import { ApiError } from '../../../lib/api-client';
import { savePaperForm, undoPaperForm } from '../api/batches';
import { pollKeys } from '../api/poll-keys';

export type QueuedForm = { id: string; n: number; answers: Record<string, unknown>; state: 'pending' | 'saved' | 'failed' | 'undoing'; error?: unknown };
type Operation = { kind: 'save' | 'undo'; id: string };
export type Tally = Pick<PollFormSaved, 'returned' | 'households'>;

const RETRY_MS = [500, 1000, 2000, 5000, 10_000];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Paper forms are queued and sent one after another in the background, so the typist never waits
 * for the network between forms. Each form keeps the UUID it got when keyed, so a retry after a
 * lost answer is the same PUT and cannot count twice. Network failures are retried; a refusal
 * (e.g. the village is full) marks the form failed, to retry or undo.
 *
 * One request at a time is also what keeps the running count right: each answer carries the
 * village's count as of its own commit, and answers come back in commit order, so a later answer
 * never shows an older count. The queue outlives the page: forms keyed just before the typist
 * finishes or leaves are still sent, and the poll's figures are refetched whenever it empties
 * (not after every form).
 */
export function useSaveQueue(pollId: string, batchId: string, initial: Tally) {
  const queryClient = useQueryClient();
  const [forms, setForms] = useState<QueuedForm[]>([]);
  const [tally, setTally] = useState<Tally>(initial);
  const formsRef = useRef<QueuedForm[]>([]);
  const queue = useRef<Operation[]>([]);
  const running = useRef(false);
  const counter = useRef(0);

  const update = useCallback((change: (list: QueuedForm[]) => QueuedForm[]) => {
    formsRef.current = change(formsRef.current);
    setForms(formsRef.current);
  }, []);
  const patch = useCallback((id: string, fields: Partial<QueuedForm>, when?: QueuedForm['state']) =>
    update((list) => list.map((f) => (f.id === id && (when === undefined || f.state === when) ? { ...f, ...fields } : f))), [update]);
  /** Forgets a form the server does not hold, with any operation still waiting for it. */
  const drop = useCallback((id: string) => {
    queue.current = queue.current.filter((op, i) => i === 0 || op.id !== id);
    update((list) => list.filter((f) => f.id !== id));
  }, [update]);

  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    while (queue.current.length > 0) {
      const op = queue.current[0]!;
      const form = formsRef.current.find((f) => f.id === op.id);
      try {
        if (form) {
          const saved = await withRetry(() => (op.kind === 'save' ? savePaperForm(pollId, batchId, op.id, form.answers) : undoPaperForm(pollId, batchId, op.id)));
          setTally({ returned: saved.returned, households: saved.households });
          // Taken back while it was on its way: stays 'undoing' until its DELETE, queued behind.
          if (op.kind === 'save') patch(op.id, { state: 'saved', error: undefined }, 'pending');
          else update((list) => list.filter((f) => f.id !== op.id));
        }
      } catch (error) {
        const undoing = op.kind === 'save' && formsRef.current.find((f) => f.id === op.id)?.state === 'undoing';
        if (undoing) drop(op.id);
        else patch(op.id, { state: op.kind === 'save' ? 'failed' : 'saved', error });
      }
      queue.current.shift();
    }
    running.current = false;
    void queryClient.invalidateQueries({ queryKey: [...pollKeys.all, pollId] });
  }, [queryClient, pollId, batchId, patch, update, drop]);

  const add = useCallback(
    (answers: Record<string, unknown>) => {
      counter.current += 1;
      const form: QueuedForm = { id: crypto.randomUUID(), n: counter.current, answers, state: 'pending' };
      update((list) => [...list, form]);
      queue.current.push({ kind: 'save', id: form.id });
      void run();
    },
    [run, update],
  );

  /** Takes back the last form: dropped if not sent yet, deleted on the server otherwise. */
  const undoLast = useCallback(() => {
    const last = [...formsRef.current].reverse().find((f) => f.state !== 'undoing');
    if (!last) return;
    const waiting = queue.current.some((op, i) => i > 0 && op.id === last.id);
    if (waiting || last.state === 'failed') return drop(last.id);
    patch(last.id, { state: 'undoing' });
    queue.current.push({ kind: 'undo', id: last.id });
    void run();
  }, [drop, patch, run]);

  const retry = useCallback(
    (id: string) => {
      patch(id, { state: 'pending', error: undefined });
      queue.current.push({ kind: 'save', id });
      void run();
    },
    [patch, run],
  );

  const sending = forms.some((f) => f.state === 'pending' || f.state === 'undoing');
  useEffect(() => {
    if (!sending) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [sending]);
  return { forms, tally, add, undoLast, retry };
}

async function withRetry<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const transient = error instanceof ApiError && (error.isNetworkError || error.status >= 500);
      if (!transient) throw error;
      await sleep(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]!);
    }
  }
}
