import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignDto } from '@ntm/shared';
import { SelectField } from '../../../components/ui/select-field';
import { useUser } from '../../../lib/session';
import { useVillages } from '../api/list-villages';
import { useSearchText } from '../hooks/use-search-text';
import { SearchPicker } from './search-picker';

type Props = { campaign: CampaignDto; value: string; error?: string; onChange: (unitCode: string) => void };

/**
 * Picks a village under the campaign's units. A supervisor may not open units above their own,
 * so they search under their own unit; the server keeps the choice within the campaign's scope.
 */
export function VillageField({ campaign, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const user = useUser();
  const roots = user.role === 'admin' ? campaign.units : [{ code: user.unitCode, name: user.unitName }];
  const [rootCode, setRootCode] = useState(roots[0]?.code ?? '');
  const search = useSearchText();
  const query = useVillages(rootCode, search.term);
  const page = query.data;
  const chosen = page?.items.find((village) => village.code === value);

  return (
    <>
      {roots.length > 1 ? (
        <SelectField
          label={t('campaigns.villageArea')}
          value={rootCode}
          options={roots.map((root) => ({ value: root.code, label: root.name }))}
          onChange={(event) => setRootCode(event.target.value)}
        />
      ) : null}
      <SearchPicker
        label={t('campaigns.village')}
        status={chosen ? t('campaigns.chosen', { name: chosen.name }) : t('campaigns.found', { count: page?.total ?? 0 })}
        text={search.text}
        onTextChange={search.setText}
        options={(page?.items ?? []).map((village) => ({ value: village.code, label: village.fullName || village.name, meta: village.code }))}
        isFetching={query.isFetching}
        queryError={query.error}
        selected={value}
        fieldError={error}
        onPick={onChange}
      />
    </>
  );
}
