import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent, type PollItem, type PollUnitResult } from '@ntm/shared';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { SelectField } from '../../../components/ui/select-field';
import { formatDate } from '../../../lib/format';
import { usePollProposals, usePollResults } from '../api/get-poll-results';
import { ReportDownloads } from './report-downloads';

const percent = (value: number | null) => (value === null ? '—' : `${formatPercent(value)}%`);

/** Once the poll is closed: per item for the commune (or any village), proposals, downloads. */
export function PollResultsSection({ pollId }: { pollId: string }) {
  const { t } = useTranslation();
  const results = usePollResults(pollId, true);
  const proposals = usePollProposals(pollId, true);
  const [unitCode, setUnitCode] = useState('');
  if (results.isPending) return <Loading />;
  if (!results.data) return <ErrorAlert error={results.error} />;
  const { communes, villages, items, frozen, frozenAt } = results.data;
  const units = [...communes, ...villages];
  const shown = units.find((u) => u.unit.code === unitCode) ?? communes[0] ?? results.data.total;
  const options = units.map((u) => ({ value: u.unit.code, label: `${u.level === 'village' ? '— ' : ''}${u.unit.name}` }));

  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('polls.results.title')}</h2>
      <p className="muted">{frozen ? t('polls.results.frozen', { date: formatDate(frozenAt) }) : t('polls.results.live')}</p>
      <SelectField label={t('polls.results.unit')} options={options} value={shown.unit.code} onChange={(event) => setUnitCode(event.target.value)} />
      <UnitResult result={shown} items={items} />
      <ReportDownloads pollId={pollId} unitCode={shown.unit.code === '*' ? undefined : shown.unit.code} />
      <h2>{t('polls.proposals.title')}</h2>
      {proposals.data?.length === 0 ? <p className="muted">{t('polls.proposals.empty')}</p> : null}
      {proposals.data?.map((group) => (
        <div key={group.village.code}>
          <h3>{group.village.name}</h3>
          <ul>
            {group.proposals.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function UnitResult({ result, items }: { result: PollUnitResult; items: PollItem[] }) {
  const { t } = useTranslation();
  const headers = [t('polls.results.item'), t('polls.results.satisfied'), t('polls.results.notSatisfied'), t('polls.results.unanswered'), t('polls.results.rate'), ''];
  const title = (name: string) => items.find((item) => item.name === name)?.title ?? name;
  return (
    <>
      <p>
        <strong>
          {t('polls.results.summary', {
            returned: result.returned,
            households: result.households ?? '—',
            coverage: percent(result.coverage),
            verdict: t(`polls.verdict.${result.verdict}`),
          })}
        </strong>
      </p>
      <DataTable caption={t('polls.results.unitResult', { unit: result.unit.name })} headers={headers}>
        {result.items.map((item) => (
          <tr key={item.name}>
            <th scope="row">{title(item.name)}</th>
            <td>{item.satisfied}</td>
            <td>{item.notSatisfied}</td>
            <td>{item.unanswered}</td>
            <td>{percent(item.rate)}</td>
            <td>{item.passed === null ? '' : item.passed ? t('polls.results.passed') : t('polls.results.failed')}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
