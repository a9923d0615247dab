import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PAPER_MODES, type PaperMode, type PollBatchDto, type PollDetail } from '@ntm/shared';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FormActions } from '../../../components/ui/form-actions';
import { Loading } from '../../../components/ui/loading';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useCreateBatch } from '../api/batches';
import { usePoll } from '../api/get-poll';
import { BatchList } from './batch-list';
import { PaperBatchEntry } from './paper-batch-entry';
import { pollPagePath } from './poll-paths';

/** /polls/:pollId/entry — choose the village and label a batch, then key its forms in. */
export function PaperEntryPage() {
  const { t } = useTranslation();
  const { pollId = '' } = useParams();
  const poll = usePoll(pollId);
  const [batch, setBatch] = useState<PollBatchDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (poll.isPending) return <Loading />;
  if (!poll.data) return <ErrorAlert error={poll.error} />;
  const village = batch ? poll.data.villages.find((v) => v.code === batch.village.code) : undefined;

  return (
    <section className="page" aria-labelledby="entry-title">
      <title>{`${t('polls.entry.title')} · ${t('app.name')}`}</title>
      <p>
        <Link to={pollPagePath(pollId)}>{poll.data.campaign.name}</Link>
      </p>
      <h1 id="entry-title">{t('polls.entry.title')}</h1>
      {notice ? <p role="status">{notice}</p> : null}
      {batch && village ? (
        <PaperBatchEntry key={batch.id} poll={poll.data} batch={batch} village={village} onFinish={() => setBatch(null)} />
      ) : (
        <BatchSetup poll={poll.data} onStarted={setBatch} />
      )}
      <BatchList pollId={pollId} villageCode={batch?.village.code} editable onVoided={setNotice} />
    </section>
  );
}

function BatchSetup({ poll, onStarted }: { poll: PollDetail; onStarted: (batch: PollBatchDto) => void }) {
  const { t } = useTranslation();
  const create = useCreateBatch(poll.campaign.id);
  const villages = poll.villages.filter((v) => v.households !== null);
  const [villageCode, setVillageCode] = useState('');
  const [label, setLabel] = useState('');
  const [mode, setMode] = useState<PaperMode>('paper');
  const chosen = villageCode || villages[0]?.code || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ villageCode: chosen, label: label.trim(), mode }, { onSuccess: onStarted });
  };
  return (
    <form className="card" onSubmit={submit}>
      <p className="muted">{t('polls.entry.setupIntro')}</p>
      <SelectField label={t('polls.entry.village')} options={villages.map((v) => ({ value: v.code, label: `${v.name} (${v.returned}/${v.households})` }))} value={chosen} onChange={(e) => setVillageCode(e.target.value)} />
      <TextField label={t('polls.batches.label')} required maxLength={100} value={label} onChange={(e) => setLabel(e.target.value)} />
      <SelectField label={t('polls.statusLabel')} options={PAPER_MODES.map((m) => ({ value: m, label: t(`polls.mode.${m}`) }))} value={mode} onChange={(e) => setMode(e.target.value as PaperMode)} />
      <FormActions mutation={create} submitLabel={t('polls.entry.start')} />
    </form>
  );
}
