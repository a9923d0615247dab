import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type CampaignDto, formatPollCode, type IssuedTokens, type PollVillageDto } from '@ntm/shared';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { formatDate } from '../../../lib/format';
import { useIssueTokens } from '../api/poll-mutations';
import { PUBLIC_POLL_PATH } from './poll-paths';

type Props = { pollId: string; campaign: CampaignDto; villages: PollVillageDto[] };

/** Issues one-time codes for a village and lays them out as slips to print and hand to households. */
export function TokenSlips({ pollId, villages }: Props) {
  const { t } = useTranslation();
  const issue = useIssueTokens(pollId);
  const known = villages.filter((v) => v.households !== null);
  const [villageCode, setVillageCode] = useState('');
  const [count, setCount] = useState('10');
  const [issued, setIssued] = useState<IssuedTokens | null>(null);
  const chosen = villageCode || known[0]?.code || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate({ villageCode: chosen, count: Number(count) }, { onSuccess: setIssued });
  };
  const url = `${window.location.origin}${PUBLIC_POLL_PATH}`;
  return (
    <section aria-labelledby="tokens-title" className="no-print-section">
      <h2 id="tokens-title">{t('polls.tokens.title')}</h2>
      <p className="muted">{t('polls.tokens.intro')}</p>
      <form onSubmit={submit} className="form-grid">
        <SelectField label={t('polls.villages.village')} options={known.map((v) => ({ value: v.code, label: v.name }))} value={chosen} onChange={(e) => setVillageCode(e.target.value)} />
        <TextField label={t('polls.tokens.count')} type="number" min={1} max={500} required value={count} onChange={(e) => setCount(e.target.value)} />
        <FormActions mutation={issue} submitLabel={t('polls.tokens.issue')} />
      </form>
      {issued ? (
        <div className="print-area">
          <p role="status">{t('polls.tokens.issued', { count: issued.codes.length, village: issued.villageName })}</p>
          <button type="button" className="button no-print" onClick={() => window.print()}>
            {t('polls.tokens.print')}
          </button>
          <ul className="slips">
            {issued.codes.map((code) => (
              <li key={code} className="slip">
                <strong>{t('polls.tokens.slipTitle')}</strong>
                <span>{issued.pollName} · {issued.villageName}</span>
                <span>{t('polls.tokens.slipHow', { url })}</span>
                <span className="slip-code">{formatPollCode(code)}</span>
                <span className="small">{t('polls.tokens.slipUntil', { date: formatDate(issued.closesOn) })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
