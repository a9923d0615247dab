import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHouseholds } from '../../../components/households/household-queries';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { TextField } from '../../../components/ui/text-field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';

const PAGE_SIZE = 20;

type Props = { unitCode: string; onPick: (householdId: string) => void };

/** The active households of the village's registry, found by code or head's name: a new form is
 * always about one of them. */
export function HouseholdPicker({ unitCode, onPick }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [paging, setPaging] = useState({ q: '', page: 1 });
  const q = useDebouncedValue(text.trim(), 300);
  const page = paging.q === q ? paging.page : 1;
  const list = useHouseholds({ unit: unitCode, status: 'active', q: q || undefined, page, pageSize: PAGE_SIZE });
  return (
    <section className="card" aria-labelledby="picker-title">
      <h2 id="picker-title">{t('households.picker.title')}</h2>
      <p className="muted">{t('households.picker.intro')}</p>
      <div role="search">
        <TextField label={t('households.search')} hint={t('households.searchHint')} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data?.items.length === 0 ? <p className="muted">{t('households.picker.none')}</p> : null}
      <ul className="tap-list" aria-label={t('households.listCaption')}>
        {list.data?.items.map((household) => (
          <li key={household.id} className="household-choice">
            <span>
              <strong>{t('households.picker.household', { code: household.code, name: household.headName })}</strong>
              <span className="muted"> · {t('households.memberCount')}: {household.memberCount}</span>
            </span>
            <button
              type="button"
              className="button"
              aria-label={t('households.picker.chooseFor', { code: household.code, name: household.headName })}
              onClick={() => onPick(household.id)}
            >
              {t('households.picker.choose')}
            </button>
          </li>
        ))}
      </ul>
      {list.data ? <Pagination page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPageChange={(next) => setPaging({ q, page: next })} /> : null}
    </section>
  );
}
