import { useTranslation } from 'react-i18next';
import { useEnumerators } from '../api/list-enumerators';
import { useSearchText } from '../hooks/use-search-text';
import { SearchPicker } from './search-picker';

type Props = { campaignId: string; value: string; error?: string; onChange: (enumeratorId: string) => void };

/** Picks one of the enumerators the campaign may use; lists them all before anything is typed. */
export function EnumeratorField({ campaignId, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const search = useSearchText();
  const query = useEnumerators(campaignId, search.term);
  const page = query.data;
  const chosen = page?.items.find((person) => person.id === value);
  return (
    <SearchPicker
      label={t('campaigns.enumerator')}
      status={chosen ? t('campaigns.chosen', { name: chosen.fullName }) : t('campaigns.found', { count: page?.total ?? 0 })}
      text={search.text}
      onTextChange={search.setText}
      options={(page?.items ?? []).map((person) => ({
        value: person.id,
        label: `${person.fullName} (${person.username})`,
        meta: person.unitCode,
      }))}
      isFetching={query.isFetching}
      queryError={query.error}
      selected={value}
      fieldError={error}
      onPick={onChange}
    />
  );
}
