import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, type PollVillageDto } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { FormActions } from '../../../components/ui/form-actions';
import { TextField } from '../../../components/ui/text-field';
import { useSetHouseholds } from '../api/poll-mutations';

type Props = { pollId: string; villages: PollVillageDto[]; editable: boolean; onSaved: (message: string) => void };

/** Coverage per village as a bar; a village without a registry count gets its number entered here. */
export function VillageProgress({ pollId, villages, editable, onSaved }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<PollVillageDto | null>(null);
  const headers = [t('polls.villages.village'), t('polls.villages.households'), t('polls.villages.returned'), t('polls.villages.coverage'), t('polls.villages.codes')];
  return (
    <section aria-labelledby="villages-title">
      <h2 id="villages-title">{t('polls.villages.title')}</h2>
      {editing ? <HouseholdsForm pollId={pollId} village={editing} onDone={(message) => { setEditing(null); if (message) onSaved(message); }} /> : null}
      <DataTable caption={t('polls.villages.title')} headers={headers}>
        {villages.map((village) => (
          <tr key={village.code}>
            <th scope="row">{village.name}</th>
            <td>
              {village.households ?? t('polls.villages.none')}
              <div className="muted small">{village.householdsSource === 'registry' ? t('polls.villages.registry') : village.enteredSource ? t('polls.villages.entered', { source: village.enteredSource }) : null}</div>
              {editable && village.householdsSource !== 'registry' ? (
                <button type="button" className="link-button" onClick={() => setEditing(village)} aria-label={t('polls.villages.setHouseholdsFor', { village: village.name })}>
                  {t('polls.villages.setHouseholds')}
                </button>
              ) : null}
            </td>
            <td>{village.households === null ? village.returned : t('polls.villages.progress', { returned: village.returned, households: village.households })}</td>
            <td>
              <CoverageBar label={village.name} coverage={village.coverage} />
            </td>
            <td>
              {village.tokensIssued} / {village.tokensUsed}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

function CoverageBar({ label, coverage }: { label: string; coverage: number | null }) {
  if (coverage === null) return <span className="muted">—</span>;
  return (
    <div className="coverage">
      <progress max={10000} value={Math.min(coverage, 10000)} aria-label={label} />
      <span>{formatPercent(coverage)}%</span>
    </div>
  );
}

function HouseholdsForm({ pollId, village, onDone }: { pollId: string; village: PollVillageDto; onDone: (message?: string) => void }) {
  const { t } = useTranslation();
  const save = useSetHouseholds(pollId);
  const [households, setHouseholds] = useState(String(village.enteredHouseholds ?? ''));
  const [source, setSource] = useState(village.enteredSource ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ villageCode: village.code, households: Number(households), source: source.trim() }, { onSuccess: () => onDone(t('polls.villages.householdsSaved', { village: village.name })) });
  };
  return (
    <form className="card" onSubmit={submit}>
      <h3>{t('polls.villages.setHouseholdsFor', { village: village.name })}</h3>
      <TextField label={t('polls.villages.households')} type="number" min={0} required value={households} onChange={(e) => setHouseholds(e.target.value)} />
      <TextField label={t('polls.villages.householdsSource')} required maxLength={300} value={source} onChange={(e) => setSource(e.target.value)} />
      <FormActions mutation={save} submitLabel={t('common.save')} onCancel={() => onDone()} />
    </form>
  );
}
